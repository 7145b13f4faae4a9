using ClosedXML.Excel;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// The Nội vụ office's table as .xlsx, in the order the page shows it: one row per commune with its total (as the plan
/// prints it: the source's stated total, else the sum of the fields), rank, class, deduction, plan status and version,
/// share of tasks done (a percentage) and overdue tasks; under them the sums of tasks and overdue tasks and the average
/// total and deduction, as formulas. Numbers are numbers ("0.00", shown with the user's decimal comma), under the
/// office's title block, laid out and printed as <see cref="SheetLayout"/> says.
/// </summary>
public static class OfficeWorkbook
{
    public const string SheetName = "Các xã";

    public static IReadOnlyList<string> Headers { get; } =
    [
        "TT", "Xã", "Năm", "Tổng điểm", "Xếp hạng", "Xếp loại", "Điểm bị trừ", "Kế hoạch", "Phiên bản",
        "Số nhiệm vụ", "Hoàn thành", "Quá hạn", "Loại kế hoạch",
    ];

    public const string SumLabel = "Cộng";
    public const string AverageLabel = "Bình quân";

    private static readonly double[] Widths = [4, 20, 6, 9, 8, 9, 8, 12, 8, 8, 10, 8, 14];

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
        int? Overdue,
        string? Kind = null);

    public static byte[] Build(WorkbookTitle title, IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(rows);
        using var workbook = SpreadsheetWorkbooks.NewWorkbook();
        var sheet = SheetLayout.TableSheet(workbook, SheetName, title, "Chỉ số CCHC, kế hoạch khắc phục và tiến độ nhiệm vụ của từng xã", Headers.Zip(Widths).ToList());
        var first = SheetLayout.FirstDataRow;
        var line = first;
        foreach (var row in rows)
        {
            sheet.Cell(line, 1).SetValue(line - first + 1);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 2), row.Commune);
            WriteInteger(sheet.Cell(line, 3), row.Year);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(line, 4), row.Total);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 5), row.Rank);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 6), row.Classification);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(line, 7), row.Deduction);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 8), row.PlanStatus);
            WriteInteger(sheet.Cell(line, 9), row.Version);
            WriteInteger(sheet.Cell(line, 10), row.Tasks);
            if (row.PercentDone is { } percent)
            {
                sheet.Cell(line, 11).SetValue(percent / 100m);
                sheet.Cell(line, 11).Style.NumberFormat.Format = PlanWorkbook.PercentFormat;
            }

            WriteInteger(sheet.Cell(line, 12), row.Overdue);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 13), row.Kind);
            line++;
        }

        var last = line - 1;
        if (rows.Count > 0)
        {
            // Formulas a clerk would write under the table; blanks (unknown) are left out of the sums and averages.
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 2), SumLabel);
            sheet.Cell(line, 10).FormulaA1 = $"SUM(J{first}:J{last})";
            sheet.Cell(line, 12).FormulaA1 = $"SUM(L{first}:L{last})";
            sheet.Row(line).Style.Font.Bold = true;
            line++;
            SpreadsheetWorkbooks.WriteText(sheet.Cell(line, 2), AverageLabel);
            foreach (var column in new[] { "D", "G" })
            {
                var cell = sheet.Cell($"{column}{line}");
                cell.FormulaA1 = $"IF(COUNT({column}{first}:{column}{last})=0,\"\",AVERAGE({column}{first}:{column}{last}))";
                cell.Style.NumberFormat.Format = "0.00";
            }

            sheet.Row(line).Style.Font.Bold = true;
            line++;
        }

        SheetLayout.Finish(sheet, line - 1, Headers.Count);
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
