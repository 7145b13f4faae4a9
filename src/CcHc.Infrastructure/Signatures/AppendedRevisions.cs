using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// What was appended after a known first revision, in Vietnamese, and whether it is only signatures (and the
/// long-term validation data the verifier accepted after the last one).
/// </summary>
public sealed record AppendedContent(bool OnlySignatures, int SignatureUpdates, int OtherUpdates, string Text);

/// <summary>
/// Describes the incremental updates (ISO 32000-1, 7.5.6) a file adds after a known prefix — the issued export — so the
/// checking page says what was added instead of assuming it is a signature: each update ends at an end-of-file marker;
/// an update that carries a signature's /Contents is a signature, any other is described by what it visibly contains
/// (objects, annotations, form data, page content), as far as the raw bytes tell (compressed object streams do not).
/// </summary>
public static partial class AppendedRevisions
{
    public static AppendedContent Describe(ReadOnlySpan<byte> file, int prefixLength, PdfVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        if (prefixLength < 0 || prefixLength >= file.Length)
        {
            return new AppendedContent(false, 0, 0, "không có phần thêm sau");
        }

        var segments = Segments(file, prefixLength);
        var signatures = 0;
        var others = 0;
        var longTerm = 0;
        var covered = verification.LongTermValidation is null ? long.MaxValue : verification.LastSignature?.SignedRevisionLength ?? long.MaxValue;
        var items = new List<string>();
        foreach (var (start, end) in segments)
        {
            if (verification.Signatures.Any(s => s.ByteRange.Count == 4 && s.ByteRange[1] >= start && s.ByteRange[1] < end))
            {
                signatures++;
                items.Add("chữ ký số");
            }
            else if (start >= covered)
            {
                // Accepted by the verifier: a DSS update that adds nothing else (LongTermValidation).
                longTerm++;
                items.Add("dữ liệu kiểm tra dài hạn (DSS)");
            }
            else
            {
                others++;
                items.Add(signatures > 0
                    ? $"phần thêm sau chữ ký không phải là chữ ký số ({Contents(file[start..end])})"
                    : $"một cập nhật không phải là chữ ký số ({Contents(file[start..end])})");
            }
        }

        if (others == 0)
        {
            var text = signatures == 1 ? "phần thêm sau là chữ ký số" : $"phần thêm sau là {signatures} chữ ký số";
            return new AppendedContent(true, signatures, 0, longTerm == 0 ? text : text + ", rồi dữ liệu kiểm tra dài hạn (DSS)");
        }

        var described = signatures == 0 && others == 1
            ? $"phần thêm sau không phải là chữ ký số ({Contents(file[segments[0].Start..segments[0].End])})"
            : "phần thêm sau gồm " + string.Join(", rồi ", items);
        return new AppendedContent(false, signatures, others, described);
    }

    /// <summary>The updates after the prefix: each ends after an "%%EOF" and its end of line; bytes after the last one form their own part.</summary>
    private static List<(int Start, int End)> Segments(ReadOnlySpan<byte> file, int prefixLength)
    {
        var segments = new List<(int, int)>();
        var start = prefixLength;
        while (start < file.Length)
        {
            var marker = file[start..].IndexOf("%%EOF"u8);
            var end = marker < 0 ? file.Length : start + marker + 5;
            while (end < file.Length && file[end] is (byte)'\r' or (byte)'\n')
            {
                end++;
            }

            if (file[start..end].Trim(" \r\n\t"u8).Length > 0)
            {
                segments.Add((start, end));
            }

            start = end;
        }

        return segments;
    }

    private static string Contents(ReadOnlySpan<byte> update)
    {
        var text = Encoding.Latin1.GetString(update);
        var objects = ObjectHeader().Count(text);
        var parts = new List<string>();
        if (objects > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{objects} đối tượng PDF"));
        }

        if (text.Contains("/Annot", StringComparison.Ordinal))
        {
            parts.Add("chú thích (annotation) trên trang");
        }

        if (text.Contains("/AcroForm", StringComparison.Ordinal) || text.Contains("/FT", StringComparison.Ordinal) || text.Contains("/Fields", StringComparison.Ordinal))
        {
            parts.Add("dữ liệu biểu mẫu");
        }

        if (text.Contains("/Type /Page", StringComparison.Ordinal) || text.Contains("/Type/Page", StringComparison.Ordinal))
        {
            parts.Add("trang được ghi lại");
        }

        if (text.Contains("/ObjStm", StringComparison.Ordinal))
        {
            parts.Add("đối tượng nén không đọc được chi tiết");
        }

        if (objects == 0 && !text.Contains("%%EOF", StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{update.Length} byte dữ liệu không thuộc cấu trúc PDF");
        }

        return parts.Count == 0 ? "một cập nhật không rõ nội dung" : string.Join(", ", parts);
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]+\s+[0-9]+\s+obj\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectHeader();
}
