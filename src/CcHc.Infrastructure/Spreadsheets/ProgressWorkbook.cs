using CcHc.Domain.Common;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// A periodic progress report (báo cáo định kỳ) as .xlsx: one sheet "Tiến độ" with a row per task as it stood at the
/// period's end, a total row, then the figures as labelled numbers and the cut-off date. Conventions of
/// <see cref="ReportWorkbook"/> (title block, print setup, numbers as numbers, dates as dates; no AdjustToContents).
/// </summary>
public static class ProgressWorkbook
{
    public const string Sheet = "Tiến độ";
    public const string TasksDoneLabel = "Số nhiệm vụ đã hoàn thành";
    public const string TasksInProgressLabel = "Số nhiệm vụ đang thực hiện";
    public const string TasksNotStartedLabel = "Số nhiệm vụ chưa thực hiện";
    public const string TasksOverdueLabel = "Số nhiệm vụ quá hạn";
    public const string TasksAtRiskLabel = "Số nhiệm vụ có nguy cơ chậm";
    public const string CutOffLabel = "Số liệu tính đến hết ngày";

    public static IReadOnlyList<(string Header, double Width)> Columns { get; } =
    [
        ("TT", 4), ("Nội dung khắc phục", 16), ("Nhiệm vụ", 24), ("Thời hạn", 9), ("Hạn chót", 11), ("Trạng thái", 10),
        ("Đã hoàn thành", 7), ("Kết quả trong kỳ", 26), ("Tài liệu kiểm chứng", 16), ("Nguy cơ chậm", 16),
    ];

    public static byte[] Build(ProgressSummary summary, WorkbookTitle title)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(title);
        using var workbook = SpreadsheetWorkbooks.NewWorkbook();
        var sheet = SheetLayout.TableSheet(workbook, Sheet, title, "Tình hình thực hiện " + summary.Period.LabelInSentence, Columns);
        var first = SheetLayout.FirstDataRow;
        var row = first;
        foreach (var task in summary.Tasks)
        {
            sheet.Cell(row, 1).SetValue(row - first + 1);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), $"{task.ItemNumber}. {task.ItemHeading}");
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 3), task.Description);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 4), task.Deadline?.Wording);
            if (task.Deadline is { } deadline)
            {
                SpreadsheetWorkbooks.WriteDate(sheet.Cell(row, 5), deadline.DueDate);
            }

            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 6), TaskSchedule.Label(task.Status));
            sheet.Cell(row, 7).SetValue(task.Status == Domain.Plans.TaskProgress.Done ? 1 : 0);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 8), string.Join("\n", task.InPeriod.Select(n => $"{VietnameseNumbers.Date(n.Date)}: {n.Text}")));
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 9), string.Join("\n", task.EvidenceFileNames));
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 10), task.RiskReason);
            row++;
        }

        var last = row - 1;
        SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 3), "Tổng cộng");
        sheet.Cell(row, 7).FormulaA1 = last >= first ? $"SUM(G{first}:G{last})" : "0";
        sheet.Row(row).Style.Font.Bold = true;
        SheetLayout.Borders(sheet, SheetLayout.HeaderRow, row, Columns.Count);

        row += 2;
        foreach (var (label, value) in new (string, int)[]
        {
            (TasksDoneLabel, summary.TasksDone),
            (TasksInProgressLabel, summary.TasksInProgress),
            (TasksNotStartedLabel, summary.TasksNotStarted),
            (TasksOverdueLabel, summary.TasksOverdue),
            (TasksAtRiskLabel, summary.TasksAtRisk),
        })
        {
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 3), label);
            sheet.Cell(row, 4).SetValue(value);
            row++;
        }

        SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 3), CutOffLabel);
        SpreadsheetWorkbooks.WriteDate(sheet.Cell(row, 4), summary.Period.End);
        SheetLayout.FitRowHeights(sheet, 1, row);
        SheetLayout.PrintSetup(sheet, SheetLayout.HeaderRow, Columns.Count);
        return SpreadsheetWorkbooks.Save(workbook);
    }
}
