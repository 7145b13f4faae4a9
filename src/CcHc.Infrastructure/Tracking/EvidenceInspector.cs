using System.IO.Compression;
using CcHc.Domain.Tracking;

namespace CcHc.Infrastructure.Tracking;

/// <summary>What the inspector made of one uploaded file: its type, or why it is refused (Vietnamese, naming the file).</summary>
public sealed record EvidenceInspection(string FileName, EvidenceType? Type, string? Error)
{
    public bool IsAccepted => Type is not null && Error is null;
}

/// <summary>
/// Recognises an evidence file by its first bytes, never by its name alone: %PDF- for PDF; a ZIP (PK\x03\x04) holding
/// [Content_Types].xml and word/document.xml (DOCX) or xl/workbook.xml (XLSX); FF D8 FF for JPEG; the PNG signature;
/// the OLE2 compound-file signature D0 CF 11 E0 A1 B1 1A E1 for the old .doc and .xls (both are OLE2 files: the
/// extension says which); PK 03 04 for a .zip archive, which is never opened or unpacked (only its first bytes are
/// looked at). The name's extension must agree with the content. An Office file's ZIP is opened defensively: only its
/// directory is read (no part is decompressed) and at most <see cref="MaxZipEntries"/> entries are looked at.
/// </summary>
public static class EvidenceInspector
{
    /// <summary>Files in one progress update.</summary>
    public const int MaxFiles = 5;

    /// <summary>Entries of an Office file's ZIP directory looked at (a real one has a few dozen).</summary>
    public const int MaxZipEntries = 1_000;

    public const string Accepted = "PDF, Word (.docx, .doc), Excel (.xlsx, .xls), tệp nén .zip, ảnh JPEG hoặc PNG";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The type the name's extension claims, or null for an extension that is not accepted.</summary>
    public static EvidenceType? TypeOfName(string fileName) =>
        Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant() switch
        {
            ".PDF" => EvidenceType.Pdf,
            ".DOCX" => EvidenceType.Docx,
            ".XLSX" => EvidenceType.Xlsx,
            ".JPG" or ".JPEG" => EvidenceType.Jpeg,
            ".PNG" => EvidenceType.Png,
            ".DOC" => EvidenceType.Doc,
            ".XLS" => EvidenceType.Xls,
            ".ZIP" => EvidenceType.Zip,
            _ => null,
        };

    public static string Label(EvidenceType type) => type switch
    {
        EvidenceType.Pdf => "PDF",
        EvidenceType.Docx => "Word (.docx)",
        EvidenceType.Xlsx => "Excel (.xlsx)",
        EvidenceType.Jpeg => "ảnh JPEG",
        EvidenceType.Png => "ảnh PNG",
        EvidenceType.Doc => "Word cũ (.doc)",
        EvidenceType.Xls => "Excel cũ (.xls)",
        EvidenceType.Zip => "tệp nén ZIP",
        _ => type.ToString(),
    };

    /// <summary>Checks one file: size, accepted extension, and content matching the extension.</summary>
    public static EvidenceInspection Inspect(string fileName, ReadOnlyMemory<byte> content)
    {
        var name = SafeFileName(fileName);
        if (content.Length == 0)
        {
            return Refuse(name, $"Tệp {name} rỗng (0 byte).");
        }

        if (content.Length > EvidenceFile.MaxBytes)
        {
            return Refuse(name, $"Tệp {name} lớn hơn 10 MB.");
        }

        var claimed = TypeOfName(name);
        if (claimed is null)
        {
            return Refuse(name, $"Tệp {name} không thuộc loại được nhận: chỉ nhận {Accepted}.");
        }

        var (actual, description) = Detect(content.Span, content, claimed.Value);
        if (actual != claimed)
        {
            return Refuse(name, $"Tệp {name} không phải là {Label(claimed.Value)} thật (nội dung là {description}).");
        }

        return new EvidenceInspection(name, actual, null);
    }

    /// <summary>
    /// The uploaded name reduced to something safe to show and to send back in Content-Disposition: no folders, no
    /// control or path characters, at most 200 characters with the extension kept. Never used to name a stored file.
    /// </summary>
    public static string SafeFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        var clean = new string(name.Select(c => char.IsControl(c) || invalid.Contains(c) || c is '"' or '/' or '\\' or ':' or '*' or '?' or '<' or '>' or '|' ? '_' : c).ToArray()).Trim().Trim('.');
        if (clean.Length == 0)
        {
            clean = "tep";
        }

        if (clean.Length > 200)
        {
            var extension = Path.GetExtension(clean);
            extension = extension.Length > 10 ? string.Empty : extension;
            clean = clean[..(200 - extension.Length)] + extension;
        }

        return clean;
    }

    private static EvidenceInspection Refuse(string name, string error) => new(name, null, error);

    private static (EvidenceType? Type, string Description) Detect(ReadOnlySpan<byte> head, ReadOnlyMemory<byte> content, EvidenceType claimed)
    {
        if (head.StartsWith(Ole2Signature))
        {
            // .doc and .xls share the compound-file signature; the extension says which, and both are only stored.
            return claimed is EvidenceType.Doc or EvidenceType.Xls ? (claimed, Label(claimed)) : (null, "tệp Office cũ (.doc/.xls)");
        }

        if (claimed == EvidenceType.Zip && head.StartsWith(ZipSignature))
        {
            // An archive is kept as sent: its directory is not even read, nothing in it is unpacked.
            return (EvidenceType.Zip, "tệp nén ZIP");
        }

        if (head.StartsWith(PdfSignature))
        {
            return (EvidenceType.Pdf, "PDF");
        }

        if (head.StartsWith(PngSignature))
        {
            return (EvidenceType.Png, "ảnh PNG");
        }

        if (head.StartsWith(JpegSignature))
        {
            return (EvidenceType.Jpeg, "ảnh JPEG");
        }

        if (head.StartsWith(ZipSignature))
        {
            return DetectOffice(content);
        }

        return (null, DescribeUnknown(head));
    }

    private static (EvidenceType? Type, string Description) DetectOffice(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            bool contentTypes = false, word = false, excel = false;
            var seen = 0;
            foreach (var entry in zip.Entries)
            {
                if (++seen > MaxZipEntries)
                {
                    return (null, $"tệp nén ZIP có quá nhiều mục (hơn {MaxZipEntries})");
                }

                switch (entry.FullName)
                {
                    case "[Content_Types].xml":
                        contentTypes = true;
                        break;
                    case "word/document.xml":
                        word = true;
                        break;
                    case "xl/workbook.xml":
                        excel = true;
                        break;
                }
            }

            return contentTypes && word ? (EvidenceType.Docx, "Word (.docx)")
                : contentTypes && excel ? (EvidenceType.Xlsx, "Excel (.xlsx)")
                : (null, "tệp nén ZIP");
        }
        catch (InvalidDataException)
        {
            return (null, "tệp nén ZIP hỏng");
        }
    }

    private static string DescribeUnknown(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("MZ"u8))
        {
            return "chương trình chạy (.exe)";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "tệp Office cũ (.doc/.xls)";
        }

        if (head.StartsWith("GIF8"u8))
        {
            return "ảnh GIF";
        }

        var sample = head[..Math.Min(head.Length, 512)];
        foreach (var b in sample)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                return "dữ liệu không rõ loại";
            }
        }

        return "văn bản thuần";
    }
}
