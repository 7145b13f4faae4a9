using System.Text;

namespace CcHc.Infrastructure.Signatures;

internal enum PdfTokenKind
{
    End,
    Error,
    DictionaryStart,
    DictionaryEnd,
    ArrayStart,
    ArrayEnd,
    Name,
    Number,
    LiteralString,
    HexString,
    Keyword,
}

/// <summary>A token's kind and where its bytes are (start inclusive, end exclusive).</summary>
internal readonly record struct PdfToken(PdfTokenKind Kind, int Start, int End);

/// <summary>
/// The few PDF lexical rules the signature verifier needs to read a signature dictionary straight from the file's
/// bytes (ISO 32000-1, 7.2–7.3). It never throws: anything it cannot read is an <see cref="PdfTokenKind.Error"/>.
/// </summary>
internal ref struct PdfLexer(ReadOnlySpan<byte> data, int position)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; set; } = position;

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    public readonly ReadOnlySpan<byte> Text(PdfToken token) => _data[token.Start..token.End];

    public PdfToken Next()
    {
        SkipWhitespaceAndComments();
        var start = Position;
        if (start >= _data.Length)
        {
            return new PdfToken(PdfTokenKind.End, start, start);
        }

        var b = _data[start];
        switch (b)
        {
            case (byte)'<' when start + 1 < _data.Length && _data[start + 1] == '<':
                Position = start + 2;
                return new PdfToken(PdfTokenKind.DictionaryStart, start, Position);
            case (byte)'>' when start + 1 < _data.Length && _data[start + 1] == '>':
                Position = start + 2;
                return new PdfToken(PdfTokenKind.DictionaryEnd, start, Position);
            case (byte)'<':
                return ReadHexString(start);
            case (byte)'[':
                Position = start + 1;
                return new PdfToken(PdfTokenKind.ArrayStart, start, Position);
            case (byte)']':
                Position = start + 1;
                return new PdfToken(PdfTokenKind.ArrayEnd, start, Position);
            case (byte)'(':
                return ReadLiteralString(start);
            case (byte)'/':
                Position = start + 1;
                while (Position < _data.Length && IsRegular(_data[Position]))
                {
                    Position++;
                }

                return new PdfToken(PdfTokenKind.Name, start, Position);
            default:
                if (!IsRegular(b))
                {
                    Position = start + 1;
                    return new PdfToken(PdfTokenKind.Error, start, Position);
                }

                while (Position < _data.Length && IsRegular(_data[Position]))
                {
                    Position++;
                }

                var kind = IsNumber(_data[start..Position]) ? PdfTokenKind.Number : PdfTokenKind.Keyword;
                return new PdfToken(kind, start, Position);
        }
    }

    private void SkipWhitespaceAndComments()
    {
        while (Position < _data.Length)
        {
            var b = _data[Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < _data.Length && _data[Position] is not (byte)'\r' and not (byte)'\n')
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private PdfToken ReadHexString(int start)
    {
        var end = _data[(start + 1)..].IndexOf((byte)'>');
        if (end < 0)
        {
            Position = _data.Length;
            return new PdfToken(PdfTokenKind.Error, start, Position);
        }

        Position = start + 1 + end + 1;
        foreach (var c in _data[(start + 1)..(Position - 1)])
        {
            if (!IsWhitespace(c) && !char.IsAsciiHexDigit((char)c))
            {
                return new PdfToken(PdfTokenKind.Error, start, Position);
            }
        }

        return new PdfToken(PdfTokenKind.HexString, start, Position);
    }

    private PdfToken ReadLiteralString(int start)
    {
        var depth = 0;
        var i = start;
        while (i < _data.Length)
        {
            var c = _data[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                Position = i + 1;
                return new PdfToken(PdfTokenKind.LiteralString, start, Position);
            }

            i++;
        }

        Position = _data.Length;
        return new PdfToken(PdfTokenKind.Error, start, Position);
    }

    private static bool IsNumber(ReadOnlySpan<byte> text)
    {
        var digits = 0;
        var dots = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (byte)'+' or (byte)'-' && i == 0)
            {
                continue;
            }

            if (c == '.')
            {
                dots++;
            }
            else if (char.IsAsciiDigit((char)c))
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && dots <= 1;
    }

    /// <summary>A non-negative integer of at most 15 digits (file offsets and lengths), or null.</summary>
    public static long? ReadOffset(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || text.Length > 15)
        {
            return null;
        }

        long value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit((char)c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>A name's text without the slash, #xx escapes decoded.</summary>
    public static string DecodeName(ReadOnlySpan<byte> token)
    {
        var text = new StringBuilder(token.Length);
        for (var i = 1; i < token.Length; i++)
        {
            if (token[i] == '#' && i + 2 < token.Length && char.IsAsciiHexDigit((char)token[i + 1]) && char.IsAsciiHexDigit((char)token[i + 2]))
            {
                text.Append((char)Convert.ToByte(Encoding.ASCII.GetString(token.Slice(i + 1, 2)), 16));
                i += 2;
            }
            else
            {
                text.Append((char)token[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>The bytes of a literal string token (escapes resolved) or of a hex string token.</summary>
    public static byte[] DecodeString(ReadOnlySpan<byte> token)
    {
        if (token.Length >= 2 && token[0] == '<')
        {
            return DecodeHex(token[1..^1]);
        }

        var bytes = new List<byte>(token.Length);
        for (var i = 1; i < token.Length - 1; i++)
        {
            var c = token[i];
            if (c != '\\' || i + 1 >= token.Length - 1)
            {
                bytes.Add(c);
                continue;
            }

            var e = token[++i];
            switch (e)
            {
                case (byte)'n': bytes.Add((byte)'\n'); break;
                case (byte)'r': bytes.Add((byte)'\r'); break;
                case (byte)'t': bytes.Add((byte)'\t'); break;
                case (byte)'b': bytes.Add((byte)'\b'); break;
                case (byte)'f': bytes.Add((byte)'\f'); break;
                case (byte)'\r' or (byte)'\n':
                    if (e == '\r' && i + 1 < token.Length - 1 && token[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case >= (byte)'0' and <= (byte)'7':
                    var value = e - '0';
                    for (var n = 0; n < 2 && i + 1 < token.Length - 1 && token[i + 1] is >= (byte)'0' and <= (byte)'7'; n++)
                    {
                        value = (value * 8) + (token[++i] - '0');
                    }

                    bytes.Add((byte)value);
                    break;
                default: bytes.Add(e); break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Hex digits to bytes, whitespace skipped, an odd last digit read as followed by 0 (7.3.4.3).</summary>
    public static byte[] DecodeHex(ReadOnlySpan<byte> hex)
    {
        var bytes = new byte[(hex.Length + 1) / 2];
        var count = 0;
        var high = -1;
        foreach (var c in hex)
        {
            var value = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (value < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = value;
            }
            else
            {
                bytes[count++] = (byte)((high << 4) | value);
                high = -1;
            }
        }

        if (high >= 0)
        {
            bytes[count++] = (byte)(high << 4);
        }

        return bytes[..count];
    }

    /// <summary>A PDF text string: UTF-16BE with its byte order mark, UTF-8 with its mark (PDF 2.0), else PDFDocEncoding (read as Latin-1).</summary>
    public static string DecodeTextString(byte[] bytes) => bytes switch
    {
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2),
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3),
        _ => Encoding.Latin1.GetString(bytes),
    };
}
