using ClosedXML.Excel;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>What the results report workbook shows: the report's figures and position titles by id.</summary>
public sealed record ReportWorkbookData(string CommuneName, ResultsSummary Summary, IReadOnlyDictionary<Guid, string> Positions);

/// <summary>
/// The results report (BC-UBND) as .xlsx: "Kết quả" (one row per remediation item, a total row, then the report's
/// totals as labelled numbers) and "Nhiệm vụ" (one row per task with its deadline and whether it is overdue on the
/// report date). Conventions of <see cref="PlanWorkbook"/>: numbers as numbers (0.00), dates as dates (dd/mm/yyyy),
/// header row frozen and repeated when printed, A4 landscape fitted to the width, explicit widths, Times New Roman.
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
        var sheet = SpreadsheetWorkbooks.TableSheet(workbook, ResultsSheet,
        [
            ("TT", 6), ("Nội dung khắc phục", 40), ("Tiêu chí bị trừ điểm", 45), ("Điểm bị trừ", 11), ("Số nhiệm vụ", 10),
            ("Nhiệm vụ hoàn thành", 12), ("Nhiệm vụ quá hạn", 11), ("Trạng thái", 16), ("Kết quả thực hiện", 60),
            ("Tài liệu kiểm chứng", 35), ("Còn nguy cơ bị trừ điểm", 14),
        ]);
        var row = 2;
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

        SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), "Tổng cộng");
        Score(sheet.Cell(row, 4), s.Items.Sum(i => i.PointsCovered));
        sheet.Cell(row, 5).SetValue(s.TasksTotal);
        sheet.Cell(row, 6).SetValue(s.TasksDone);
        sheet.Cell(row, 7).SetValue(s.TasksOverdue);
        sheet.Row(row).Style.Font.Bold = true;
        SpreadsheetWorkbooks.Borders(sheet, row, 11);

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

        SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), AsOfLabel);
        SpreadsheetWorkbooks.WriteDate(sheet.Cell(row, 4), s.AsOf);
    }

    private static void Tasks(XLWorkbook workbook, ReportWorkbookData data)
    {
        var sheet = SpreadsheetWorkbooks.TableSheet(workbook, TaskSheet,
        [
            ("TT", 6), ("Nội dung khắc phục", 35), ("Nhiệm vụ", 60), ("Chủ trì", 25), ("Thời gian hoàn thành", 22),
            ("Hạn chót", 12), ("Trạng thái", 16), ("Tình trạng thời hạn", 16), ("Quá hạn", 9), ("Kết quả thực hiện gần nhất", 50),
            ("Tài liệu kiểm chứng", 35),
        ]);
        var row = 2;
        foreach (var item in data.Summary.Items)
        {
            foreach (var task in item.Tasks)
            {
                sheet.Cell(row, 1).SetValue(row - 1);
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

        SpreadsheetWorkbooks.Borders(sheet, row - 1, 11);
    }

    private static void Score(IXLCell cell, decimal value)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = ScoreFormat;
    }

}
