using ClosedXML.Excel;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// The title block a clerk puts above a table: who issues it (the commune's People's Committee, the office), what the
/// document is, what this sheet of it shows, and the document's number and date — or "DỰ THẢO" while it has none.
/// </summary>
public sealed record WorkbookTitle(string Issuer, string Document, string? NumberAndDate)
{
    public const string Draft = "DỰ THẢO";

    /// <summary>The line under the document's name: its number and date, or <see cref="Draft"/>.</summary>
    public string StatusLine => NumberAndDate ?? Draft;

    public bool IsDraft => NumberAndDate is null;

    /// <summary>"ỦY BAN NHÂN DÂN\nXÃ SƠN KỲ" as one line.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// The layout every exported sheet shares: the title block (<see cref="WorkbookTitle"/>, rows 1–4, merged across the
/// table), a blank row, the header row (<see cref="HeaderRow"/>), the data; row heights computed from the wrapped text
/// (<see cref="WrappedLines"/>, never AdjustToContents: it needs GDI+); thin borders; and a print setup that stays
/// readable: A4, landscape when the table is wider than a portrait page, fitted to the page width only (as many pages
/// down as it takes), the header row repeated on every page, "Trang x/y" in the footer.
/// </summary>
public static class SheetLayout
{
    /// <summary>The row of the column headers; the data starts under it.</summary>
    public const int HeaderRow = 6;

    public const int FirstDataRow = HeaderRow + 1;

    /// <summary>The font size of the tables. Scaled to the page width, a sheet prints at <see cref="PrintScalePercent"/> of it.</summary>
    public const double FontSize = 12;

    /// <summary>The smallest printed font the sheets are laid out for (Nghị định 30's tables use 10–12 pt).</summary>
    public const double MinPrintedFontSize = 9;

    /// <summary>A4 width less the margins below, in points: portrait and landscape.</summary>
    private const double PortraitPrintable = (210 - 25.4) / 25.4 * 72;

    private const double LandscapePrintable = (297 - 25.4) / 25.4 * 72;

    /// <summary>
    /// A sheet with the title block and bold, wrapped, centred headers in <see cref="HeaderRow"/>, explicit widths, text
    /// wrapped and aligned to the top in every column.
    /// </summary>
    internal static IXLWorksheet TableSheet(XLWorkbook workbook, string name, WorkbookTitle title, string caption, IReadOnlyList<(string Header, double Width)> columns)
    {
        var sheet = workbook.AddWorksheet(name);
        sheet.Style.Font.FontName = SpreadsheetWorkbooks.FontName;
        sheet.Style.Font.FontSize = FontSize;
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Column(i + 1).Width = columns[i].Width;
            sheet.Column(i + 1).Style.Alignment.WrapText = true;
            sheet.Column(i + 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        WriteTitle(sheet, title, caption, columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = sheet.Cell(HeaderRow, i + 1);
            SpreadsheetWorkbooks.WriteText(cell, columns[i].Header);
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        }

        return sheet;
    }

    /// <summary>Rows 1–4: issuer, document (bold), the sheet's caption (italic), number and date or DỰ THẢO; merged across the table.</summary>
    internal static void WriteTitle(IXLWorksheet sheet, WorkbookTitle title, string caption, int columns)
    {
        string?[] lines = [title.Issuer, title.Document, caption, title.StatusLine];
        for (var i = 0; i < lines.Length; i++)
        {
            var row = i + 1;
            var range = sheet.Range(row, 1, row, Math.Max(1, columns));
            range.Merge();
            var cell = sheet.Cell(row, 1);
            SpreadsheetWorkbooks.WriteText(cell, lines[i]);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            cell.Style.Alignment.WrapText = true;
        }

        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Style.Font.FontSize = FontSize + 1;
        sheet.Cell(3, 1).Style.Font.Italic = true;
        sheet.Cell(4, 1).Style.Font.Italic = !title.IsDraft;
        sheet.Cell(4, 1).Style.Font.Bold = title.IsDraft;
    }

    /// <summary>
    /// Borders around the table (header row to <paramref name="lastRow"/>), row heights from the wrapped text of
    /// every row from the title down, and the print setup.
    /// </summary>
    internal static void Finish(IXLWorksheet sheet, int lastRow, int columns)
    {
        Borders(sheet, HeaderRow, Math.Max(HeaderRow, lastRow), columns);
        FitRowHeights(sheet, 1, Math.Max(HeaderRow, sheet.LastRowUsed()?.RowNumber() ?? lastRow));
        PrintSetup(sheet, HeaderRow, columns);
    }

    /// <summary>Thin borders around and inside rows <paramref name="firstRow"/>..<paramref name="lastRow"/>.</summary>
    internal static void Borders(IXLWorksheet sheet, int firstRow, int lastRow, int columns)
    {
        var range = sheet.Range(firstRow, 1, lastRow, columns);
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>
    /// Each row as tall as its tallest cell: the lines of its text in its column (a merged cell: the columns it spans),
    /// at its font size (<see cref="WrappedLines"/>). A cell that does not wrap takes one line per line break.
    /// </summary>
    internal static void FitRowHeights(IXLWorksheet sheet, int firstRow, int lastRow)
    {
        var merged = sheet.MergedRanges.ToDictionary(
            r => (r.FirstCell().Address.RowNumber, r.FirstCell().Address.ColumnNumber),
            r => Enumerable.Range(r.FirstColumn().ColumnNumber(), r.ColumnCount()).Sum(c => sheet.Column(c).Width));
        var covered = sheet.MergedRanges
            .SelectMany(r => r.Cells().Skip(1).Select(c => (c.Address.RowNumber, c.Address.ColumnNumber)))
            .ToHashSet();
        for (var row = firstRow; row <= lastRow; row++)
        {
            var height = WrappedLines.RowHeight(1, FontSize);
            foreach (var cell in sheet.Row(row).CellsUsed())
            {
                var key = (row, cell.Address.ColumnNumber);
                if (covered.Contains(key) || cell.IsEmpty())
                {
                    continue;
                }

                var width = merged.TryGetValue(key, out var span) ? span : sheet.Column(cell.Address.ColumnNumber).Width;
                var text = cell.HasFormula ? string.Empty : cell.GetFormattedString();
                var font = cell.Style.Font.FontSize;
                var lines = cell.Style.Alignment.WrapText
                    ? WrappedLines.Count(text, width, font, cell.Style.Font.Bold)
                    : text.Split('\n').Length;
                height = Math.Max(height, WrappedLines.RowHeight(lines, font));
            }

            sheet.Row(row).Height = height;
        }
    }

    /// <summary>
    /// A4; landscape when the columns are wider than a portrait page; scaled to the page width (an explicit percentage
    /// computed from the column widths, one point under the estimate: LibreOffice's "fit to 1 page wide" counts the
    /// pages of a later sheet at one scale and prints them at another, which left a blank last page); the header row
    /// frozen on screen and repeated on every printed page; "Trang x/y" in the footer.
    /// </summary>
    internal static void PrintSetup(IXLWorksheet sheet, int headerRow, int columns)
    {
        var width = WidthInPoints(Enumerable.Range(1, columns).Select(c => sheet.Column(c).Width));
        var page = sheet.PageSetup;
        sheet.SheetView.FreezeRows(headerRow);
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = width > PortraitPrintable ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.Scale = PrintScalePercent(Enumerable.Range(1, columns).Select(c => sheet.Column(c).Width));
        page.SetRowsToRepeatAtTop(headerRow, headerRow);
        page.Margins.Left = 0.6;
        page.Margins.Right = 0.4;
        page.Margins.Top = 0.6;
        page.Margins.Bottom = 0.7;
        page.Margins.Header = 0.3;
        page.Margins.Footer = 0.3;
        page.CenterHorizontally = true;
        page.Footer.Center.AddText("Trang ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText("/", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }

    /// <summary>
    /// The printed width of columns of the given widths, as LibreOffice prints them (measured on its PDF at a known
    /// scale, border to border): each width plus the 0.71 that ClosedXML adds when it saves, at 7 pt per unit of the
    /// 12 pt Times New Roman default. Excel prints a unit at 6 pt (8 px), so a sheet scaled for LibreOffice fits Excel's
    /// page with room to spare.
    /// </summary>
    public static double WidthInPoints(IEnumerable<double> widths) => widths.Sum(w => (w + SavedWidthPadding) * PointsPerWidthUnit);

    private const double SavedWidthPadding = 0.710625;

    private const double PointsPerWidthUnit = 7.0;

    /// <summary>The print scale, in percent, set on a sheet of these column widths: the estimate, one point under.</summary>
    public static int PrintScalePercent(IEnumerable<double> widths)
    {
        var scale = EstimatedPrintScale(widths);
        return scale >= 1 ? 100 : (int)Math.Floor(scale * 100) - 1;
    }

    /// <summary>The scale a sheet of these column widths prints at when fitted to the width of an A4 page (1 when it fits).</summary>
    public static double EstimatedPrintScale(IEnumerable<double> widths)
    {
        var width = WidthInPoints(widths);
        var printable = width > PortraitPrintable ? LandscapePrintable : PortraitPrintable;
        return Math.Min(1, printable / width);
    }
}
