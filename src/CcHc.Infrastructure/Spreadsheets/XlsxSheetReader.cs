using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// The first worksheet of an .xlsx, read straight from the OpenXml SDK with its streaming reader (no DOM of the sheet,
/// no ClosedXML model), in three guarded steps:
/// <list type="number">
/// <item>the ZIP directory: entry count and the sum of the declared uncompressed sizes;</item>
/// <item><c>SpreadsheetDocument.Open</c> with <c>OpenSettings.MaxCharactersInPart</c>, so a part that unpacks beyond
/// the limit (whatever its directory claims) stops the XML reader;</item>
/// <item>the cells, row by row, with the row and column limits applied as they are met.</item>
/// </list>
/// Numbers come out as invariant decimal text ("14.5"), text stays text.
/// </summary>
internal static class XlsxSheetReader
{
    public static RawSheet Read(byte[] bytes, CancellationToken cancellationToken)
    {
        CheckZipDirectory(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = UploadLimits.MaxCharactersInPart,
            });
            var workbookPart = document.WorkbookPart ?? throw new SpreadsheetRefusedException(TabularFileReader.NotASpreadsheet);
            var worksheet = (workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
                .Select(s => s.Id?.Value is { Length: > 0 } id ? workbookPart.GetPartById(id) : null)
                .OfType<WorksheetPart>()
                .FirstOrDefault()
                ?? throw new SpreadsheetRefusedException("Tệp .xlsx không có trang tính nào có dữ liệu.");
            var strings = ReadSharedStrings(workbookPart.SharedStringTablePart, cancellationToken);
            return ReadCells(worksheet, strings, cancellationToken);
        }
        catch (Exception ex) when (IsPartTooLarge(ex))
        {
            throw new SpreadsheetRefusedException(TabularFileReader.UnpackedTooLarge, ex);
        }
    }

    /// <summary>Before anything is decompressed: a reasonable number of entries whose declared sizes add up to little enough.</summary>
    private static void CheckZipDirectory(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > UploadLimits.MaxZipEntries)
        {
            throw new SpreadsheetRefusedException(TabularFileReader.UnpackedTooLarge);
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length < 0 || total > UploadLimits.MaxUncompressedBytes)
            {
                throw new SpreadsheetRefusedException(TabularFileReader.UnpackedTooLarge);
            }
        }
    }

    /// <summary>The XML reader's MaxCharactersInDocument, which the SDK sets from MaxCharactersInPart, wherever it is wrapped.</summary>
    private static bool IsPartTooLarge(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is XmlException && e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
                if ((strings.Count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        return strings;
    }

    private static RawSheet ReadCells(WorksheetPart worksheet, List<string> strings, CancellationToken cancellationToken)
    {
        var sheet = new RawSheet();
        List<string>? cells = null;
        var rowNumber = 0;
        var nextColumn = 0;
        var seen = 0;
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if ((++seen & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                if (cells is not null)
                {
                    sheet.Add(rowNumber, cells);
                }

                var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                rowNumber = int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : rowNumber + 1;
                cells = [];
                nextColumn = 0;
            }
            else if (reader.ElementType == typeof(Cell) && cells is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = ColumnIndex(cell.CellReference?.Value) ?? nextColumn;
                nextColumn = column + 1;
                var text = ValueOf(cell, strings);
                if (text.Length == 0)
                {
                    continue;
                }

                if (column >= UploadLimits.MaxColumns)
                {
                    throw RawSheet.TooManyColumns(rowNumber, column + 1);
                }

                while (cells.Count <= column)
                {
                    cells.Add(string.Empty);
                }

                cells[column] = text;
            }
        }

        if (cells is not null)
        {
            sheet.Add(rowNumber, cells);
        }

        return sheet;
    }

    private static string ValueOf(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString && raw.Length == 0)
        {
            // A formatted cell without a value.
            return string.Empty;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                ? strings[index]
                : throw new InvalidDataException("Shared string index out of range.");
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? TextOf(inline) : raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw switch { "1" => "TRUE", "0" => "FALSE", _ => raw };
        }

        if (type is null || type == CellValues.Number)
        {
            return NumberText(raw);
        }

        // Formula text (str), errors (#DIV/0!) and ISO dates (d) as they are stored.
        return raw;
    }

    /// <summary>
    /// A number cell as invariant decimal text: "14.5". The double's binary noise of a computed cell
    /// (0.07000000000000006) goes; a real third decimal stays for the score parser to refuse.
    /// </summary>
    private static string NumberText(string raw)
    {
        if (raw.Length == 0
            || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number)
            || Math.Abs(number) >= 1e15)
        {
            return raw;
        }

        var value = decimal.Round((decimal)number, 10);
        return value.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>Rich text keeps its runs' text; phonetic guides are left out.</summary>
    private static string TextOf(RstType text) =>
        text.Text is { } plain ? plain.Text : string.Concat(text.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>"C7" → 2; null for a missing or odd reference.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
                if (++letters > 3)
                {
                    return null;
                }
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? null : column - 1;
    }
}
