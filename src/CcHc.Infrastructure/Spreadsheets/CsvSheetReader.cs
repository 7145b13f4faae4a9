using System.Text;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// A .csv as Excel saves it, comma-, semicolon- or tab-separated (whichever the first line uses most), with quoted
/// fields, "" for a quote inside them and line breaks inside quotes. Row numbers are records, as Excel numbers the
/// rows when it opens the file. The encoding (<see cref="Decode"/>): a byte-order mark says it (UTF-8, or UTF-16 as
/// Excel's "Unicode text" writes it); otherwise valid UTF-8 is UTF-8, and anything else is read as Windows-1258, the
/// "ANSI" of Excel on Vietnamese Windows, whose combining tone marks are composed (NFC). Text that reads as neither, or
/// holds control characters, is refused with how to save the file.
/// </summary>
internal static class CsvSheetReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1258;

    static CsvSheetReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1258 = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static RawSheet Read(byte[] bytes, CancellationToken cancellationToken)
    {
        var text = Decode(bytes);
        if (LooksBinary(text))
        {
            throw new SpreadsheetRefusedException(TabularFileReader.NotASpreadsheet);
        }

        return Parse(text, DetectDelimiter(text), cancellationToken);
    }

    /// <summary>The file's text in NFC, without its byte-order mark; refused when its encoding cannot be told.</summary>
    internal static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        string text;
        try
        {
            if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            {
                text = StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
            }
            else if (span.StartsWith(new byte[] { 0xFF, 0xFE }))
            {
                text = StrictUtf16Le.GetString(bytes, 2, bytes.Length - 2);
            }
            else if (span.StartsWith(new byte[] { 0xFE, 0xFF }))
            {
                text = StrictUtf16Be.GetString(bytes, 2, bytes.Length - 2);
            }
            else if (TryStrict(StrictUtf8, bytes) is { } utf8)
            {
                text = utf8;
            }
            else if (LooksLikeUtf16WithoutMark(span))
            {
                throw new SpreadsheetRefusedException(TabularFileReader.UnknownCsvEncoding);
            }
            else if (HasControlBytes(span) || span.StartsWith("%PDF"u8))
            {
                // Control bytes are the same in every encoding here: this is not text (a PDF, an image…).
                throw new SpreadsheetRefusedException(TabularFileReader.NotASpreadsheet);
            }
            else if (TryStrict(Windows1258, bytes) is not { } ansi || !LooksVietnamese(ansi))
            {
                // Another code page (TCVN3, VNI…) or Windows-1258 bytes that do not make Vietnamese.
                throw new SpreadsheetRefusedException(TabularFileReader.UnknownCsvEncoding);
            }
            else
            {
                text = ansi;
            }
        }
        catch (DecoderFallbackException ex)
        {
            throw new SpreadsheetRefusedException(TabularFileReader.UnknownCsvEncoding, ex);
        }

        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Mostly zero bytes at odd (or even) positions: ASCII text as UTF-16 with no byte-order mark.</summary>
    private static bool LooksLikeUtf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        return Math.Max(evenZeros, oddZeros) * 10 >= pairs * 4 && Math.Min(evenZeros, oddZeros) * 10 < pairs;
    }

    private static bool HasControlBytes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n')) || b == 0x7F)
            {
                return true;
            }
        }

        return false;
    }

    private static string? TryStrict(Encoding encoding, byte[] bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether text read as Windows-1258 is Vietnamese: every character beyond ASCII a letter of the Vietnamese
    /// alphabet, a tone mark or common punctuation. TCVN3 or VNI bytes read as 1258 give "¸", "¹", "µ"… and fail.
    /// </summary>
    private static bool LooksVietnamese(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x80 || VietnameseBeyondAscii.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private const string VietnameseBeyondAscii =
        "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư"
        + "\u0300\u0301\u0303\u0309\u0323"
        + "\u00A0–—‘’“”…•€°±×÷§";

    private static bool LooksBinary(string text)
    {
        if (text.StartsWith("%PDF", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var c in text)
        {
            if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || c == '\u007F')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The separator the first non-blank record uses most (outside quotes); a comma when there is none.</summary>
    private static char DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var inQuotes = false;
        foreach (var c in text.AsSpan().TrimStart())
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                break;
            }
            else if (!inQuotes && c == ',')
            {
                commas++;
            }
            else if (!inQuotes && c == ';')
            {
                semicolons++;
            }
            else if (!inQuotes && c == '\t')
            {
                tabs++;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static RawSheet Parse(string text, char delimiter, CancellationToken cancellationToken)
    {
        var sheet = new RawSheet();
        var cells = new List<string>();
        var field = new StringBuilder();
        var record = 1;
        var inQuotes = false;
        var quoted = false;
        var quoteRecord = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                }
                else if (c == '\r')
                {
                    // A line break inside a cell, kept as \n whatever the file used.
                    field.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            if (c == '"' && field.Length == 0 && !quoted)
            {
                inQuotes = quoted = true;
                quoteRecord = record;
            }
            else if (c == delimiter)
            {
                cells.Add(field.ToString());
                field.Clear();
                quoted = false;
            }
            else if (c is '\r' or '\n')
            {
                cells.Add(field.ToString());
                field.Clear();
                quoted = false;
                sheet.Add(record, cells);
                cells = [];
                record++;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if ((record & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (inQuotes)
        {
            throw new SpreadsheetRefusedException(new ImportError(
                quoteRecord, null, "dấu ngoặc kép (\") mở ở dòng này không được đóng lại; kiểm tra lại tệp .csv."));
        }

        if (field.Length > 0 || cells.Count > 0)
        {
            cells.Add(field.ToString());
            sheet.Add(record, cells);
        }

        return sheet;
    }
}
