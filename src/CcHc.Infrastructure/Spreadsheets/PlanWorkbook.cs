using CcHc.Domain.Tracking;
using ClosedXML.Excel;
using CcHc.Domain.Assessments;
using CcHc.Domain.Plans;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>What the plan workbook shows: the plan, its assessment's evaluation, and position titles by id.</summary>
public sealed record PlanWorkbookData(string CommuneName, RemediationPlan Plan, AssessmentEvaluation Evaluation, IReadOnlyDictionary<Guid, string> Positions);

/// <summary>
/// The plan as .xlsx: "Tổng hợp" (the score table by field with a total row), "Chi tiết" (every criterion with its
/// numbers, the source's stated deduction and findings, and the plan's answer), "Nhiệm vụ" (one row per task).
/// Numbers are numbers (0.00, shown with the user's decimal comma), dates are dates (dd/mm/yyyy), header rows are
/// frozen and repeated on every printed page, A4 landscape fitted to the width, explicit widths, Times New Roman.
/// </summary>
public static class PlanWorkbook
{
    public const string SummarySheet = "Tổng hợp";
    public const string DetailSheet = "Chi tiết";
    public const string TaskSheet = "Nhiệm vụ";

    public static byte[] Build(PlanWorkbookData data)
    {
        using var workbook = SpreadsheetWorkbooks.NewWorkbook();
        Summary(workbook, data);
        Detail(workbook, data);
        Tasks(workbook, data);
        return SpreadsheetWorkbooks.Save(workbook);
    }

    private static void Summary(XLWorkbook workbook, PlanWorkbookData data)
    {
        var e = data.Evaluation;
        var sheet = SpreadsheetWorkbooks.TableSheet(workbook, SummarySheet, [("TT", 6), ("Nội dung", 60), ("Điểm tối đa", 14), ("Điểm thẩm định", 16), ("Điểm bị trừ", 14)]);
        var row = 2;
        foreach (var field in e.Fields)
        {
            sheet.Cell(row, 1).SetValue(row - 1);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), field.Node.Title);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 3), field.MaxScore);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 4), field.AppraisedScore);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 5), field.Deduction);
            row++;
        }

        SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), "Tổng điểm");
        SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 3), e.TotalMax);
        SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 4), e.TotalAppraised);
        SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 5), e.TotalDeduction);
        sheet.Row(row).Style.Font.Bold = true;
        SpreadsheetWorkbooks.Borders(sheet, row, 5);
    }

    private static void Detail(XLWorkbook workbook, PlanWorkbookData data)
    {
        var e = data.Evaluation;
        var sheet = SpreadsheetWorkbooks.TableSheet(workbook, DetailSheet,
        [
            ("Mã", 10), ("Tiêu chí", 50), ("Cấp", 5), ("Điểm tối đa", 11), ("Điểm thẩm định", 12), ("Điểm bị trừ", 11),
            ("Bị trừ theo văn bản", 12), ("Lưu ý", 40), ("Nguyên nhân", 35), ("Nhiệm vụ, giải pháp", 50), ("Chủ trì", 25),
            ("Phối hợp", 30), ("Thời gian hoàn thành", 20), ("Hạn chót", 12), ("Trạng thái", 16),
        ]);
        var items = data.Plan.Items;
        var row = 2;
        foreach (var result in e.Nodes)
        {
            var node = result.Node;
            var item = items.FirstOrDefault(i => Covers(e, i, node.Id));
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 1), node.Code);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), node.Title);
            sheet.Cell(row, 3).SetValue(node.Level);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 4), result.MaxScore);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 5), result.AppraisedScore);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 6), result.Deduction);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 7), result.StatedDeduction);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 8), string.Join("\n", e.FindingsFor(node.Id).Select(f => f.Message)));
            if (item is not null && item.CriterionIds.Contains(node.Id) || item is not null && node.Id == item.FieldId && node.ParentId is null)
            {
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 9), item.NotRemediable ? item.NotRemediableReason : item.Cause);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 10), string.Join("\n", item.Tasks.Select(t => "- " + t.Description)));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 11), Title(data, item.LeadPositionId));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 12), string.Join(", ", item.SupportPositionIds.Select(id => Title(data, id))));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 13), item.Deadline?.Wording);
                SpreadsheetWorkbooks.WriteDate(sheet.Cell(row, 14), item.Deadline?.DueDate);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 15), TaskSchedule.Label(item.Progress));
            }

            if (node.ParentId is null)
            {
                sheet.Row(row).Style.Font.Bold = true;
            }

            row++;
        }

        SpreadsheetWorkbooks.Borders(sheet, row - 1, 15);
    }

    private static void Tasks(XLWorkbook workbook, PlanWorkbookData data)
    {
        var sheet = SpreadsheetWorkbooks.TableSheet(workbook, TaskSheet,
        [
            ("TT", 6), ("Nội dung khắc phục", 35), ("Nhiệm vụ", 60), ("Chủ trì", 25), ("Phối hợp", 30),
            ("Thời gian hoàn thành", 22), ("Hạn chót", 12), ("Trạng thái", 16),
        ]);
        var row = 2;
        foreach (var item in data.Plan.Items)
        {
            foreach (var task in item.Tasks)
            {
                var deadline = task.Deadline ?? item.Deadline;
                sheet.Cell(row, 1).SetValue(row - 1);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), $"{item.Order + 1}. {item.Heading}");
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 3), task.Description);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 4), Title(data, item.LeadPositionId));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 5), string.Join(", ", item.SupportPositionIds.Select(id => Title(data, id))));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 6), deadline?.Wording);
                SpreadsheetWorkbooks.WriteDate(sheet.Cell(row, 7), deadline?.DueDate);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 8), TaskSchedule.Label(task.Progress));
                row++;
            }
        }

        SpreadsheetWorkbooks.Borders(sheet, row - 1, 8);
    }

    /// <summary>An item answers a criterion when it links it or an ancestor of it.</summary>
    private static bool Covers(AssessmentEvaluation e, RemediationItem item, Guid nodeId)
    {
        for (Guid? id = nodeId; id is { } current; id = e[current].Node.ParentId)
        {
            if (item.CriterionIds.Contains(current))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Title(PlanWorkbookData data, Guid? id) => id is { } key && data.Positions.TryGetValue(key, out var title) ? title : null;

}
