using ClosedXML.Excel;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// What the plan workbook shows: the plan, its assessment's evaluation, and position titles by id; the issuing body as
/// the plan's header prints it ("ỦY BAN NHÂN DÂN\nXÃ CẨM SƠN"; by default from the commune's name).
/// </summary>
public sealed record PlanWorkbookData(
    string CommuneName, RemediationPlan Plan, AssessmentEvaluation Evaluation, IReadOnlyDictionary<Guid, string> Positions, string? IssuingBodyName = null)
{
    /// <summary>The title block of every sheet: the commune, "KẾ HOẠCH …", "Số: 27/KH-UBND, ngày 16/02/2024" or DỰ THẢO.</summary>
    public WorkbookTitle Title => new(
        WorkbookTitle.OneLine(IssuingBodyName ?? "ỦY BAN NHÂN DÂN " + CommuneName.ToUpper(VietnameseNumbers.Culture)),
        (Plan.Form == DocumentForm.Letter ? "CÔNG VĂN V/v " + Plan.Summary : "KẾ HOẠCH " + Plan.Summary).Trim(),
        Plan.Status == PlanStatus.Issued && Plan.DocumentNumber is not null
            ? Plan.NumberLine + (Plan.IssueDate is { } d ? ", ngày " + VietnameseNumbers.Date(d) : string.Empty)
            : null);
}

/// <summary>
/// The plan as .xlsx: "Tổng hợp" (the score table by field with its totals as formulas and the share achieved; when
/// the source prints no score, a sentence saying so instead of an empty table), "Chi tiết" (every criterion with its
/// numbers, the source's stated deduction and findings, and the plan's answer), "Nhiệm vụ" (one row per task). Each
/// sheet under the plan's title block (<see cref="SheetLayout"/>). Numbers are numbers (0.00, shown with the user's
/// decimal comma), shares are percentages, dates are dates (dd/mm/yyyy), row heights follow the wrapped text, header
/// rows are frozen and repeated on every printed page, A4 scaled to the width (an explicit percentage), Times New Roman.
/// </summary>
public static class PlanWorkbook
{
    public const string SummarySheet = "Tổng hợp";
    public const string DetailSheet = "Chi tiết";
    public const string TaskSheet = "Nhiệm vụ";

    /// <summary>The label of the total row of <see cref="SummarySheet"/>.</summary>
    public const string TotalLabel = "Tổng điểm";

    /// <summary>The label of the row with the total the source states, under the total row, when it is not the table's sum.</summary>
    public const string StatedTotalLabel = "Tổng điểm theo văn bản";

    /// <summary>What <see cref="SummarySheet"/> says when the source prints no score of any field.</summary>
    public const string NoScoresMessage =
        "Văn bản nguồn không in điểm số: không có điểm tối đa, điểm thẩm định hay điểm bị trừ của lĩnh vực nào, nên không lập bảng tổng hợp điểm. "
        + "CcHc không tự suy ra điểm (điểm chưa biết không phải là 0).";

    /// <summary>What <see cref="SummarySheet"/> says of a plan that rests on no assessment (seeds 002 and 004).</summary>
    public const string NoAssessmentMessage =
        "Kế hoạch không dựa trên kết quả chấm điểm nào (văn bản nguồn không in điểm số), nên không có bảng tổng hợp điểm; "
        + "các nhiệm vụ và chỉ số mà từng nhiệm vụ hướng tới ở trang \"Nhiệm vụ\".";

    public const string PercentFormat = "0.00%";

    /// <summary>The columns of <see cref="DetailSheet"/>: fifteen, laid out to print one page wide at a readable size.</summary>
    public static IReadOnlyList<(string Header, double Width)> DetailColumns { get; } =
    [
        ("Mã", 5), ("Tiêu chí", 19), ("Cấp", 3), ("Điểm tối đa", 6), ("Điểm thẩm định", 6), ("Điểm bị trừ", 6),
        ("Bị trừ theo văn bản", 6), ("Lưu ý", 9), ("Nguyên nhân", 12), ("Nhiệm vụ, giải pháp", 17), ("Chủ trì", 8),
        ("Phối hợp", 8), ("Thời gian hoàn thành", 7), ("Hạn chót", 10), ("Trạng thái", 7),
    ];

    public static IReadOnlyList<(string Header, double Width)> SummaryColumns { get; } =
        [("TT", 4), ("Nội dung", 30), ("Điểm tối đa", 9), ("Điểm thẩm định", 9), ("Điểm bị trừ", 9), ("Tỷ lệ đạt", 9)];

    public static IReadOnlyList<(string Header, double Width)> TaskColumns { get; } =
    [
        ("TT", 4), ("Nội dung khắc phục", 22), ("Chỉ số", 8), ("Nhiệm vụ", 32), ("Chủ trì", 15), ("Phối hợp", 15),
        ("Thời gian hoàn thành", 10), ("Hạn chót", 10), ("Trạng thái", 10),
    ];

    public static byte[] Build(PlanWorkbookData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = SpreadsheetWorkbooks.NewWorkbook();
        Summary(workbook, data);
        Detail(workbook, data);
        Tasks(workbook, data);
        return SpreadsheetWorkbooks.Save(workbook);
    }

    private static void Summary(XLWorkbook workbook, PlanWorkbookData data)
    {
        var e = data.Evaluation;
        const string caption = "Bảng tổng hợp điểm theo lĩnh vực";
        if (!e.Fields.Any(f => f.MaxScore is not null || f.AppraisedScore is not null || f.Deduction is not null))
        {
            NoScores(workbook, data, caption);
            return;
        }

        var sheet = SheetLayout.TableSheet(workbook, SummarySheet, data.Title, caption, SummaryColumns);
        var first = SheetLayout.FirstDataRow;
        var row = first;
        foreach (var field in e.Fields)
        {
            sheet.Cell(row, 1).SetValue(row - first + 1);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), field.Node.Title);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 3), field.MaxScore);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 4), field.AppraisedScore);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 5), field.Deduction);
            Share(sheet, row, field.MaxScore is not null && field.AppraisedScore is not null);
            row++;
        }

        // The totals are formulas over the rows above (a clerk who corrects a score sees the total follow), written only
        // where every field is known: a sum over a blank would print a total the source never had.
        var last = row - 1;
        SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), TotalLabel);
        Sum(sheet.Cell(row, 3), first, last, e.TotalMax);
        Sum(sheet.Cell(row, 4), first, last, e.TotalAppraised);
        Sum(sheet.Cell(row, 5), first, last, e.TotalDeduction);
        Share(sheet, row, e.TotalMax is not null && e.TotalAppraised is not null);
        sheet.Row(row).Style.Font.Bold = true;
        var tableEnd = row;
        // The total the source states, where it is not the table's own sum (Triệu Trạch: 92,59 over a table of 90,74):
        // shown beside it, never in its place.
        if (e.StatedTotal is { } stated && stated != e.TotalAppraised)
        {
            row++;
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), e.TotalAppraised is { } sum
                ? $"{StatedTotalLabel} (văn bản ghi {VietnameseNumbers.Score(stated)}, khác tổng các lĩnh vực {VietnameseNumbers.Score(sum)} ở trên)"
                : StatedTotalLabel);
            SpreadsheetWorkbooks.WriteScore(sheet.Cell(row, 4), stated);
            if (e.TotalMax is { } max && max != 0)
            {
                sheet.Cell(row, 6).FormulaA1 = $"D{row}/C{tableEnd}";
                sheet.Cell(row, 6).Style.NumberFormat.Format = PercentFormat;
            }

            sheet.Row(row).Style.Font.Italic = true;
            tableEnd = row;
        }

        SheetLayout.Finish(sheet, tableEnd, SummaryColumns.Count);
    }

    /// <summary>The source prints no score: say so, and list the fields the source names, instead of an empty table.</summary>
    private static void NoScores(XLWorkbook workbook, PlanWorkbookData data, string caption)
    {
        var sheet = SheetLayout.TableSheet(workbook, SummarySheet, data.Title, caption, [("TT", 5), ("Lĩnh vực", 55), ("Số tiêu chí bị trừ điểm văn bản nêu", 18)]);
        var message = SheetLayout.HeaderRow - 1;
        sheet.Range(message, 1, message, 3).Merge();
        SpreadsheetWorkbooks.WriteText(sheet.Cell(message, 1), data.Evaluation.IsNone ? NoAssessmentMessage : NoScoresMessage);
        sheet.Cell(message, 1).Style.Font.Bold = true;
        sheet.Cell(message, 1).Style.Alignment.WrapText = true;
        var row = SheetLayout.FirstDataRow;
        foreach (var field in data.Evaluation.Fields)
        {
            sheet.Cell(row, 1).SetValue(row - SheetLayout.FirstDataRow + 1);
            SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), field.Node.Title);
            sheet.Cell(row, 3).SetValue(data.Evaluation.Nodes.Count(n => n.Node.ParentId is not null && data.Evaluation.FieldOf(n.Node.Id).Node.Id == field.Node.Id));
            row++;
        }

        SheetLayout.Finish(sheet, row - 1, 3);
    }

    private static void Sum(IXLCell cell, int first, int last, decimal? known)
    {
        if (known is null)
        {
            return;
        }

        var column = cell.Address.ColumnLetter;
        cell.FormulaA1 = $"SUM({column}{first}:{column}{last})";
        cell.Style.NumberFormat.Format = "0.00";
    }

    /// <summary>Column F: appraised over maximum, as a percentage.</summary>
    private static void Share(IXLWorksheet sheet, int row, bool known)
    {
        if (!known)
        {
            return;
        }

        var cell = sheet.Cell(row, 6);
        cell.FormulaA1 = $"IF(C{row}=0,\"\",D{row}/C{row})";
        cell.Style.NumberFormat.Format = PercentFormat;
    }

    private static void Detail(XLWorkbook workbook, PlanWorkbookData data)
    {
        var e = data.Evaluation;
        var sheet = SheetLayout.TableSheet(workbook, DetailSheet, data.Title, "Chi tiết theo tiêu chí: điểm, lưu ý, nguyên nhân và nhiệm vụ khắc phục", DetailColumns);
        var items = data.Plan.Items;
        var answeredAt = new Dictionary<Guid, int>();
        var row = SheetLayout.FirstDataRow;
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
                // An item that answers several criteria is written out once; its later rows point back to it, so a
                // long list of tasks is not printed again on every row it covers.
                if (answeredAt.TryGetValue(item.Id, out var answered))
                {
                    SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 9), $"Như dòng {answered}");
                    SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 10), $"Như dòng {answered}");
                }
                else
                {
                    answeredAt[item.Id] = row;
                    SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 9), item.NotRemediable ? item.NotRemediableReason : item.Cause);
                    SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 10), TasksThatFit(item.Tasks.Select(t => "- " + t.Description).ToList(), DetailColumns[9].Width));
                }

                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 11), Title(data, item.LeadPositionId));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 12), string.Join(", ", item.SupportPositionIds.Select(id => Title(data, id)).OfType<string>()));
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

        SheetLayout.Finish(sheet, row - 1, DetailColumns.Count);
    }

    /// <summary>
    /// The tasks, one a line, as far as a row of Excel's greatest height shows them in a column this wide (a cell
    /// taller than 409 pt is cut when printed): then "…" and where to read them all — <see cref="TaskSheet"/>, where
    /// every task has its own row.
    /// </summary>
    internal static string TasksThatFit(IReadOnlyList<string> tasks, double width)
    {
        var maxLines = (int)Math.Floor((WrappedLines.MaxRowHeight - 3) / (SheetLayout.FontSize * 1.3));
        var all = string.Join("\n", tasks);
        if (WrappedLines.Count(all, width) <= maxLines)
        {
            return all;
        }

        var pointer = $"(Xem đủ {tasks.Count} nhiệm vụ ở trang \"{TaskSheet}\".)";
        var words = all.Split(' ');
        var keep = words.Length;
        while (keep > 0 && WrappedLines.Count(string.Join(' ', words[..keep]) + " …\n" + pointer, width) > maxLines)
        {
            keep--;
        }

        return string.Join(' ', words[..keep]) + " …\n" + pointer;
    }

    private static void Tasks(XLWorkbook workbook, PlanWorkbookData data)
    {
        var sheet = SheetLayout.TableSheet(workbook, TaskSheet, data.Title, "Nhiệm vụ khắc phục", TaskColumns);
        var first = SheetLayout.FirstDataRow;
        var row = first;
        foreach (var item in data.Plan.Items)
        {
            foreach (var task in item.Tasks)
            {
                var deadline = task.Deadline ?? item.Deadline;
                sheet.Cell(row, 1).SetValue(row - first + 1);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 2), $"{item.Order + 1}. {item.Heading}");
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 3), IndexOf(data.Plan, item));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 4), task.Description);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 5), item.LeadWording ?? string.Join(", ", item.LeadPositionIds.Select(id => Title(data, id)).OfType<string>()));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 6), item.SupportWording ?? string.Join(", ", item.SupportPositionIds.Select(id => Title(data, id)).OfType<string>()));
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 7), deadline?.Wording);
                SpreadsheetWorkbooks.WriteDate(sheet.Cell(row, 8), deadline?.DueDate);
                SpreadsheetWorkbooks.WriteText(sheet.Cell(row, 9), TaskSchedule.Label(task.Progress));
                row++;
            }
        }

        SheetLayout.Finish(sheet, row - 1, TaskColumns.Count);
    }

    /// <summary>
    /// The index a task serves, as the seeds name it ("PAR INDEX", "PAPI"…): the item's own, else the plan's only one;
    /// blank for an item of a multi-index plan that serves all its indices (seed 004's group 4).
    /// </summary>
    public static string IndexOf(RemediationPlan plan, RemediationItem item)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(item);
        return item.Index is { } index ? PlanKinds.ShortName(index)
            : plan.Indices.Count == 1 ? PlanKinds.ShortName(plan.Indices[0])
            : string.Empty;
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
