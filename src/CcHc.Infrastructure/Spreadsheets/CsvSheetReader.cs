using System.Text;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// A UTF-8 .csv (optional BOM), comma- or semicolon-separated (whichever the first line uses more), with quoted
/// fields, "" for a quote inside them and line breaks inside quotes. Row numbers are records, as Excel numbers the
/// rows when it opens the file. Text that is not valid UTF-8, or holds control characters, is not a spreadsheet.
/// </summary>
internal static class CsvSheetReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RawSheet Read(byte[] bytes, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SpreadsheetRefusedException(TabularFileReader.NotASpreadsheet, ex);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (LooksBinary(text))
        {
            throw new SpreadsheetRefusedException(TabularFileReader.NotASpreadsheet);
        }

        return Parse(text, DetectDelimiter(text), cancellationToken);
    }

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
        int commas = 0, semicolons = 0;
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
        }

        return semicolons > commas ? ';' : ',';
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
