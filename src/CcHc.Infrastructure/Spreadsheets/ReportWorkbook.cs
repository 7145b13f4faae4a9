using ClosedXML.Excel;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// What the results report workbook shows: the report's figures and position titles by id, under the report's title
/// block (by default the commune's People's Committee, "BÁO CÁO Kết quả thực hiện Kế hoạch khắc phục", DỰ THẢO).
/// </summary>
public sealed record ReportWorkbookData(string CommuneName, ResultsSummary Summary, IReadOnlyDictionary<Guid, string> Positions, WorkbookTitle? Title = null)
{
    public WorkbookTitle TitleBlock => Title ?? new WorkbookTitle(
        "ỦY BAN NHÂN DÂN " + CommuneName.ToUpper(VietnameseNumbers.Culture), "BÁO CÁO Kết quả thực hiện Kế hoạch khắc phục", null);
}

/// <summary>
/// The results report (BC-UBND) as .xlsx: "Kết quả" (one row per remediation item, a total row, then the report's
/// totals as labelled numbers) and "Nhiệm vụ" (one row per task with its deadline and whether it is overdue on the
/// report date). Conventions of <see cref="PlanWorkbook"/>: the title block and print setup of <see cref="SheetLayout"/>,
/// numbers as numbers (0.00), dates as dates (dd/mm/yyyy), the total row's sums and the share of tasks done as formulas.
/// </summary>
public static class ReportWorkbook
{
    public const string ResultsSheet = "Kết quả";
    public const string TaskSheet = "Nhiệm vụ";

    /// <summary>The labels of the totals block under the items on <see cref="ResultsSheet"/> (column B; the number in column D).</summary>
    public const string ItemsDoneLabel = "Số nội dung đã hoàn thành";
    public const string ItemsInProgressLabel = "Số nội dung đang thực hiện";
    public const string ItemsNotStartedLabel = "Số nội dung chưa thực hiện";
    public const string ItemsNotRemediableLabel = "Số nội dung xã không thể tự khắc phục";
    public const string TasksOverdueLabel = "Số nhiệm vụ quá hạn";
    public const string PointsDeductedLabel = "Tổng điểm bị trừ (số điểm đã biết)";
    public const string PointsSecuredLabel = "Điểm đã khắc phục (nội dung đã hoàn thành)";
    public const string PointsAtRiskLabel = "Điểm còn nguy cơ bị trừ";
    public const string UnknownDeductionsLabel = "Số tiêu chí văn bản không ghi số điểm bị trừ";
    public const string AsOfLabel = "Số liệu tính đến ngày";
    public const string TasksDoneShareLabel = "Tỷ lệ nhiệm vụ hoàn thành";

    public static IReadOnlyList<(string Header, double Width)> ResultColumns { get; } =
    [
        ("TT", 4), ("Nội dung khắc phục", 20), ("Tiêu chí bị trừ điểm", 21), ("Điểm bị trừ", 7), ("Số nhiệm vụ", 7),
        ("Nhiệm vụ hoàn thành", 8), ("Nhiệm vụ quá hạn", 7), ("Trạng thái", 10), ("Kết quả thực hiện", 28),
        ("Tài liệu kiểm chứng", 18), ("Còn nguy cơ bị trừ điểm", 8),
    ];

    public static IReadOnlyList<(string Header, double Width)> TaskColumns { get; } =
    [
        ("TT", 4), ("Nội dung khắc phục", 16), ("Nhiệm vụ", 25), ("Chủ trì", 12), ("Thời gian hoàn thành", 9),
        ("Hạn chót", 11), ("Trạng thái", 10), ("Tình trạng thời hạn", 10), ("Quá hạn", 6), ("Kết quả thực hiện gần nhất", 20),
        ("Tài liệu kiểm chứng", 14),
    ];

    private const string ScoreFormat = "0.00";

    public static byte[] Build(ReportWorkbookData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = SpreadsheetWorkbooks.NewWorkbook();
        Results(workbook, data);
        Tasks(workbook, data);
        return SpreadsheetWorkbooks.Save(workbook);
    }

    private static void Results(XLWorkbook workbook, ReportWorkbookData data)
    {
        var s = data.Summary;
        var sheet = SheetLayout.TableSheet(workbook, ResultsSheet, data.TitleBlock, "Kết quả thực hiện theo nội dung khắc phục", ResultColumns);
        var first = SheetLayout.FirstDataRow;
        var row = first;
        foreach (var item in s.Items)
        {
            sheet.Cell(row, 1).SetValue(item.Number);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), item.Heading);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 3), string.Join("\n", item.Criteria.Select(c =>
                "- " + c.DisplayName + (c.Deduction is { } d ? $": bị trừ {VietnameseNumbers.Score(d)} điểm" : string.Empty))));
            if (item.Criteria.Count > 0 && !item.HasUnknownPoints)
            {
                Score(sheet.Cell(row, 4), item.PointsCovered);
            }

            sheet.Cell(row, 5).SetValue(item.Tasks.Count);
            sheet.Cell(row, 6).SetValue(item.Tasks.Count(t => t.Progress == TaskProgress.Done));
            sheet.Cell(row, 7).SetValue(item.OverdueTasks);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 8), item.NotRemediable ? "Không thể tự khắc phục" : TaskSchedule.Label(item.Status));
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 9), item.NotRemediable
                ? item.NotRemediableReason
                : string.Join("\n", item.Results.Select(r => $"{VietnameseNumbers.Date(r.Date)}: {r.Text}")));
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 10), string.Join("\n", item.EvidenceFileNames));
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 11), item.AtRisk ? "Có" : "Không");
            row++;
        }

        // The total row sums the column above it, as a clerk would write it.
        var last = row - 1;
        var totalRow = row;
        SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), "Tổng cộng");
        foreach (var column in new[] { "D", "E", "F", "G" })
        {
            var cell = sheet.Cell($"{column}{row}");
            cell.FormulaA1 = last >= first ? $"SUM({column}{first}:{column}{last})" : "0";
            if (column == "D")
            {
                cell.Style.NumberFormat.Format = ScoreFormat;
            }
        }

        sheet.Row(row).Style.Font.Bold = true;
        SheetLayout.Borders(sheet, SheetLayout.HeaderRow, row, ResultColumns.Count);

        row += 2;
        foreach (var (label, value, isScore) in new (string, decimal, bool)[]
        {
            (ItemsDoneLabel, s.ItemsDone, false),
            (ItemsInProgressLabel, s.ItemsInProgress, false),
            (ItemsNotStartedLabel, s.ItemsNotStarted, false),
            (ItemsNotRemediableLabel, s.ItemsNotRemediable, false),
            (TasksOverdueLabel, s.TasksOverdue, false),
            (PointsDeductedLabel, s.PointsDeducted, true),
            (PointsSecuredLabel, s.PointsSecured, true),
            (PointsAtRiskLabel, s.PointsAtRisk, true),
            (UnknownDeductionsLabel, s.UnknownDeductions, false),
        })
        {
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), label);
            if (isScore)
            {
                Score(sheet.Cell(row, 4), value);
            }
            else
            {
                sheet.Cell(row, 4).SetValue((int)value);
            }

            row++;
        }

        SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), TasksDoneShareLabel);
        sheet.Cell(row, 4).FormulaA1 = $"IF(E{totalRow}=0,\"\",F{totalRow}/E{totalRow})";
        sheet.Cell(row, 4).Style.NumberFormat.Format = PlanWorkbook.PercentFormat;
        row++;

        SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), AsOfLabel);
        SpreadsheetWorkbooks.WriteDate(sheet.Cell(row, 4), s.AsOf);
        SheetLayout.FitRowHeights(sheet, 1, row);
        SheetLayout.PrintSetup(sheet, SheetLayout.HeaderRow, ResultColumns.Count);
    }

    private static void Tasks(XLWorkbook workbook, ReportWorkbookData data)
    {
        var sheet = SheetLayout.TableSheet(workbook, TaskSheet, data.TitleBlock, "Nhiệm vụ: thời hạn và kết quả", TaskColumns);
        var first = SheetLayout.FirstDataRow;
        var row = first;
        foreach (var item in data.Summary.Items)
        {
            foreach (var task in item.Tasks)
            {
                sheet.Cell(row, 1).SetValue(row - first + 1);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), $"{item.Number}. {item.Heading}");
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 3), task.Description);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 4), item.LeadPositionId is { } lead && data.Positions.TryGetValue(lead, out var title) ? title : null);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 5), task.Deadline?.Wording);
                if (task.Deadline is { } deadline)
                {
                    SpreadsheetWorkbooks.WriteDate(sheet.Cell(row, 6), deadline.DueDate);
                }

                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 7), TaskSchedule.Label(task.Progress));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 8), TaskSchedule.Label(task.DueState));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 9), task.IsOverdue ? "Có" : "Không");
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 10), task.LatestLeadNote is { } n ? $"{VietnameseNumbers.Date(n.Date)}: {n.Text}" : null);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 11), string.Join("\n", task.EvidenceFileNames));
                row++;
            }
        }

        SheetLayout.Finish(sheet, row - 1, TaskColumns.Count);
    }

    private static void Score(IXLCell cell, decimal value)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = ScoreFormat;
    }

}
