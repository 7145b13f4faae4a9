using ClosedXML.Excel;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// The Nội vụ office's table as .xlsx, in the order the page shows it: one row per commune with its total, rank,
/// class, deduction, plan status and version, share of tasks done and overdue tasks. Numbers are numbers ("0.00",
/// shown with the user's decimal comma), the header row is bold, frozen and repeated on printed pages, explicit
/// widths (never AdjustToContents: it needs GDI+), Times New Roman, A4 landscape.
/// </summary>
public static class OfficeWorkbook
{
    public const string SheetName = "Các xã";

    public static IReadOnlyList<string> Headers { get; } =
    [
        "TT", "Xã", "Năm", "Tổng điểm", "Xếp hạng", "Xếp loại", "Điểm bị trừ", "Kế hoạch", "Phiên bản",
        "Số nhiệm vụ", "Hoàn thành (%)", "Quá hạn",
    ];

    private static readonly double[] Widths = [6, 28, 8, 12, 11, 14, 12, 18, 10, 12, 15, 10];

    /// <summary>One commune's line; null cells stay empty (unknown, never 0).</summary>
    public sealed record Row(
        string Commune,
        int? Year,
        decimal? Total,
        string? Rank,
        string? Classification,
        decimal? Deduction,
        string? PlanStatus,
        int? Version,
        int? Tasks,
        decimal? PercentDone,
        int? Overdue);

    public static byte[] Build(string title, IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var workbook = SpreadsheetWorkbooks.NewWorkbook();
        var sheet = workbook.AddWorksheet(SheetName);
        sheet.Style.Font.FontName = "Times New Roman";
        for (var i = 0; i < Headers.Count; i++)
        {
            var cell = sheet.Cell(1, i + 1);
            SpreadsheetWorkbooks.WriteText(cell, Headers[i]);
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            sheet.Column(i + 1).Width = Widths[i];
        }

        var line = 2;
        foreach (var row in rows)
        {
            sheet.Cell(line, 1).SetValue(line - 1);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 2), row.Commune);
            WriteInteger(sheet.Cell(line, 3), row.Year);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(line, 4), row.Total);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 5), row.Rank);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 6), row.Classification);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(line, 7), row.Deduction);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 8), row.PlanStatus);
            WriteInteger(sheet.Cell(line, 9), row.Version);
            WriteInteger(sheet.Cell(line, 10), row.Tasks);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(line, 11), row.PercentDone);
            WriteInteger(sheet.Cell(line, 12), row.Overdue);
            line++;
        }

        SpreadsheetWorkbooks.Borders(sheet, line - 1, Headers.Count);
        SpreadsheetWorkbooks.PrintAsTable(sheet);
        sheet.PageSetup.Header.Center.AddText(title);
        return SpreadsheetWorkbooks.Save(workbook);
    }

    private static void WriteInteger(IXLCell cell, int? value)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
        }
    }
}
