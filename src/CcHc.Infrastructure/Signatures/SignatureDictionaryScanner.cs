using System.Buffers;

namespace CcHc.Infrastructure.Signatures;

/// <summary>A signature dictionary as found in the raw bytes.</summary>
/// <param name="ByteRange">The four numbers of /ByteRange.</param>
/// <param name="ContentsHex">The hex digits between the angle brackets of /Contents (the gap of the byte range).</param>
internal sealed record RawSignature(long[] ByteRange, Range ContentsHex, string? SubFilter, string? ModificationDate);

/// <summary>What the scanner found: the signatures in file order, or why it stopped.</summary>
internal sealed record ScanResult(IReadOnlyList<RawSignature> Signatures, int? MalformedNumber, string? MalformedReason, bool TooMany);

/// <summary>
/// Finds signature dictionaries by their /ByteRange arrays in the raw bytes (every signer writes them in uncompressed
/// objects, since the byte range must point into the file itself), and checks that the gap of each byte range is
/// exactly the /Contents hex string of the same dictionary.
/// </summary>
internal static class SignatureDictionaryScanner
{
    private const int MaxHeaderDistance = 64 * 1024;
    private const int MaxTokensPerDictionary = 4096;
    private const int MaxNesting = 16;
    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF \r\n\t"u8);

    public static ScanResult Scan(ReadOnlySpan<byte> pdf, int maxSignatures)
    {
        var keys = new List<int>();
        var searchFrom = 0;
        while (searchFrom < pdf.Length)
        {
            var hit = pdf[searchFrom..].IndexOf("/ByteRange"u8);
            if (hit < 0)
            {
                break;
            }

            var position = searchFrom + hit;
            searchFrom = position + "/ByteRange"u8.Length;
            if (searchFrom < pdf.Length && PdfLexer.IsRegular(pdf[searchFrom]))
            {
                continue; // a longer name, e.g. /ByteRangeX
            }

            if (keys.Count == maxSignatures)
            {
                return new ScanResult([], null, null, TooMany: true);
            }

            keys.Add(position);
        }

        var signatures = new List<RawSignature>();
        var seen = new HashSet<(long, long, long, long)>();
        for (var i = 0; i < keys.Count; i++)
        {
            var (signature, problem) = Read(pdf, keys[i]);
            if (signature is null)
            {
                return new ScanResult(signatures, i + 1, problem, TooMany: false);
            }

            var br = signature.ByteRange;
            if (seen.Add((br[0], br[1], br[2], br[3])))
            {
                signatures.Add(signature);
            }
        }

        return new ScanResult(signatures, null, null, TooMany: false);
    }

    private static (RawSignature? Signature, string? Problem) Read(ReadOnlySpan<byte> pdf, int byteRangeKey)
    {
        var lexer = new PdfLexer(pdf, byteRangeKey);
        lexer.Next(); // the /ByteRange name
        if (lexer.Next().Kind != PdfTokenKind.ArrayStart)
        {
            return (null, "/ByteRange không phải là một mảng số");
        }

        var numbers = new List<long>(4);
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == PdfTokenKind.ArrayEnd)
            {
                break;
            }

            if (token.Kind != PdfTokenKind.Number || numbers.Count == 4 || PdfLexer.ReadOffset(pdf[token.Start..token.End]) is not { } value)
            {
                return (null, "/ByteRange phải gồm đúng 4 số nguyên không âm");
            }

            numbers.Add(value);
        }

        if (numbers.Count != 4)
        {
            return (null, "/ByteRange phải gồm đúng 4 số nguyên không âm");
        }

        long[] br = [.. numbers];
        var gapStart = br[0] + br[1];
        var gapEnd = br[2];
        if (gapStart >= gapEnd || br[2] + br[3] > pdf.Length || gapEnd - gapStart < 2)
        {
            return (null, "/ByteRange trỏ ra ngoài tệp hoặc hai đoạn chồng lên nhau");
        }

        var gap = pdf[(int)gapStart..(int)gapEnd];
        if (gap[0] != '<' || gap[^1] != '>' || gap[1..^1].IndexOfAnyExcept(HexDigits) >= 0)
        {
            return (null, "khoảng trống giữa hai đoạn của /ByteRange không phải là chuỗi hex /Contents");
        }

        var contentsKey = (int)gapStart;
        while (contentsKey > 0 && PdfLexer.IsWhitespace(pdf[contentsKey - 1]))
        {
            contentsKey--;
        }

        contentsKey -= "/Contents"u8.Length;
        if (contentsKey < 0 || !pdf[contentsKey..].StartsWith("/Contents"u8))
        {
            return (null, "khoảng trống giữa hai đoạn của /ByteRange không phải là giá trị của /Contents");
        }

        var header = FindObjectHeader(pdf, Math.Min(byteRangeKey, contentsKey));
        if (header < 0)
        {
            return (null, "không tìm thấy đối tượng chứa từ điển chữ ký");
        }

        var entries = ReadDictionary(pdf, header);
        if (entries is null
            || !entries.TryGetValue("ByteRange", out var byteRangeEntry) || byteRangeEntry.Key != byteRangeKey
            || !entries.TryGetValue("Contents", out var contentsEntry) || contentsEntry.Key != contentsKey || contentsEntry.Value.Start != gapStart)
        {
            return (null, "/ByteRange và /Contents không nằm trong cùng một từ điển chữ ký");
        }

        string? subFilter = null;
        if (entries.TryGetValue("SubFilter", out var subFilterEntry) && subFilterEntry.Value.Kind == PdfTokenKind.Name)
        {
            subFilter = PdfLexer.DecodeName(pdf[subFilterEntry.Value.Start..subFilterEntry.Value.End]);
        }

        string? modified = null;
        if (entries.TryGetValue("M", out var mEntry) && mEntry.Value.Kind is PdfTokenKind.LiteralString or PdfTokenKind.HexString)
        {
            modified = PdfLexer.DecodeTextString(PdfLexer.DecodeString(pdf[mEntry.Value.Start..mEntry.Value.End]));
        }

        return (new RawSignature(br, new Range((int)gapStart + 1, (int)gapEnd - 1), subFilter, modified), null);
    }

    /// <summary>The position just after the nearest "N G obj" before <paramref name="before"/>, or -1.</summary>
    private static int FindObjectHeader(ReadOnlySpan<byte> pdf, int before)
    {
        var floor = Math.Max(0, before - MaxHeaderDistance);
        var end = before;
        while (end > floor)
        {
            var hit = pdf[floor..end].LastIndexOf("obj"u8);
            if (hit < 0)
            {
                return -1;
            }

            var at = floor + hit;
            end = at;
            var after = at + 3;
            if (at == 0 || !PdfLexer.IsWhitespace(pdf[at - 1]) || (after < pdf.Length && PdfLexer.IsRegular(pdf[after])))
            {
                continue; // "endobj" or a word that merely contains "obj"
            }

            var i = at - 1;
            while (i >= 0 && PdfLexer.IsWhitespace(pdf[i]))
            {
                i--;
            }

            if (i >= 0 && char.IsAsciiDigit((char)pdf[i]))
            {
                return after;
            }
        }

        return -1;
    }

    /// <summary>The top-level entries of the dictionary that opens at <paramref name="start"/>: key position and value token.</summary>
    private static Dictionary<string, (int Key, PdfToken Value)>? ReadDictionary(ReadOnlySpan<byte> pdf, int start)
    {
        var lexer = new PdfLexer(pdf, start);
        if (lexer.Next().Kind != PdfTokenKind.DictionaryStart)
        {
            return null;
        }

        var entries = new Dictionary<string, (int, PdfToken)>(StringComparer.Ordinal);
        var budget = MaxTokensPerDictionary;
        while (budget-- > 0)
        {
            var key = lexer.Next();
            if (key.Kind == PdfTokenKind.DictionaryEnd)
            {
                return entries;
            }

            if (key.Kind != PdfTokenKind.Name)
            {
                return null;
            }

            var value = lexer.Next();
            if (!SkipValue(ref lexer, value, 0, ref budget))
            {
                return null;
            }

            entries[PdfLexer.DecodeName(pdf[key.Start..key.End])] = (key.Start, value);
        }

        return null;
    }

    /// <summary>Moves past one value whose first token was just read (nested arrays and dictionaries, "N G R").</summary>
    private static bool SkipValue(ref PdfLexer lexer, PdfToken first, int depth, ref int budget)
    {
        switch (first.Kind)
        {
            case PdfTokenKind.Name or PdfTokenKind.LiteralString or PdfTokenKind.HexString or PdfTokenKind.Keyword:
                return true;
            case PdfTokenKind.Number:
                var back = lexer.Position;
                if (lexer.Next().Kind == PdfTokenKind.Number && lexer.Next() is { Kind: PdfTokenKind.Keyword } r && lexer.Text(r).SequenceEqual("R"u8))
                {
                    return true; // an indirect reference, "12 0 R"
                }

                lexer.Position = back;
                return true;
            case PdfTokenKind.ArrayStart or PdfTokenKind.DictionaryStart when depth < MaxNesting:
                var close = first.Kind == PdfTokenKind.ArrayStart ? PdfTokenKind.ArrayEnd : PdfTokenKind.DictionaryEnd;
                while (budget-- > 0)
                {
                    var token = lexer.Next();
                    if (token.Kind == close)
                    {
                        return true;
                    }

                    if (!SkipValue(ref lexer, token, depth + 1, ref budget))
                    {
                        return false;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
