using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using static CcHc.Domain.Common.VietnameseNumbers;

namespace CcHc.Domain.Plans;

/// <summary>
/// The words a plan prints about its deductions and its people, where the clerk did not type the source's own: composed
/// the way the seeds write them, with the source's figures (a stated deduction is printed as stated, mistakes included;
/// the evaluator shows the difference on screen). Nothing here recomputes a figure that contradicts the score table.
/// </summary>
public static class PlanWording
{
    private const string CivilServant = "Công chức ";

    /// <summary>
    /// One deducted node as a line of the plan (seed 000's forms): "Đổi mới…: đạt 0,5/2 điểm, bị trừ 1,5 điểm",
    /// "Tỷ lệ…: bị trừ 0,2 điểm (tổng 0,5 điểm)", "Kết quả…: bị trừ 0,38 điểm", and where the source prints no figure its
    /// remark verbatim, "Trong năm không có văn bản phê bình của cấp trên: không có điểm do có văn bản phê bình".
    /// </summary>
    public static string NodeLine(NodeResult result)
    {
        var name = BodyName(result.Node);
        var deduction = result.SourceDeduction;
        if (deduction is { } d)
        {
            if (result.MaxScore is { } max && result.AppraisedScore is { } appraised)
            {
                return $"{name}: đạt {Score(appraised)}/{Score(max)} điểm, bị trừ {Score(d)} điểm";
            }

            return result.MaxScore is { } total
                ? $"{name}: bị trừ {Score(d)} điểm (tổng {Score(total)} điểm)"
                : $"{name}: bị trừ {Score(d)} điểm";
        }

        return result.Reason is { } reason ? $"{name}: {reason}" : name;
    }

    /// <summary>
    /// A criterion named in the body of a plan whose blocks are numbered "1.1.", "1.2." …: its code is marked as a
    /// criterion's ("Tiêu chí 1.4. Đổi mới…", "Tiêu chí thành phần 1.5.3. …") so it never reads as the plan's own point
    /// "1.4. Chủ trì thực hiện". A node without a code is its title.
    /// </summary>
    public static string BodyName(CriterionNode node)
    {
        if (node.Code.Length == 0)
        {
            return node.Title;
        }

        var kind = node.Level switch
        {
            1 => "Lĩnh vực",
            2 => "Tiêu chí",
            _ => "Tiêu chí thành phần",
        };
        return $"{kind} {node.DisplayName}";
    }

    /// <summary>
    /// The figure of an item's deduction line, as the table states it: the field's stated deduction when the item
    /// answers its field (it names the field, or every criterion listed under it); otherwise the sum of what the source
    /// states for the criteria it names, when all are known. Never a sum of bullets beside a table that says otherwise.
    /// </summary>
    public static decimal? ItemDeduction(RemediationItem item, AssessmentEvaluation evaluation)
    {
        var named = item.CriterionIds.Where(id => evaluation.CriteriaSet.Find(id) is not null).Select(id => evaluation[id]).ToList();
        if (item.FieldId is { } fieldId && evaluation.CriteriaSet.Find(fieldId) is { ParentId: null })
        {
            var field = evaluation[fieldId];
            var listed = evaluation.Nodes.Where(r => r.Node.Id != fieldId && evaluation.FieldOf(r.Node.Id).Node.Id == fieldId
                && evaluation.LostPoints(r) && !evaluation.ChildrenOf(r.Node.Id).Any(evaluation.LostPoints)).ToList();
            var answersField = named.Any(r => r.Node.Id == fieldId)
                || (listed.Count > 0 && listed.TrueForAll(l => Covers(named, l.Node, evaluation)));
            if (answersField && field.SourceDeduction is { } stated)
            {
                return stated;
            }
        }

        return named.Count > 0 ? AssessmentEvaluation.SumIfAllKnown(named.Select(r => r.SourceDeduction)) : null;
    }

    /// <summary>"Điểm số bị trừ: 1,87 điểm, trong đó:" (or "." without lines below), or null where no figure is known.</summary>
    public static string? DeductionLine(decimal? deduction, bool linesFollow) =>
        deduction is { } d ? $"Điểm số bị trừ: {Score(d)} điểm" + (linesFollow ? ", trong đó:" : ".") : null;

    /// <summary>
    /// Several roles in one line, as the seeds write them: a title that repeats the previous one's "Công chức" drops it
    /// ("Công chức Văn phòng - Thống kê, Tư pháp - Hộ tịch").
    /// </summary>
    public static string Roles(IEnumerable<string> titles)
    {
        var parts = new List<string>();
        string? previous = null;
        foreach (var title in titles)
        {
            var shown = previous is not null
                && previous.StartsWith(CivilServant, StringComparison.Ordinal)
                && title.StartsWith(CivilServant, StringComparison.Ordinal)
                ? title[CivilServant.Length..]
                : title;
            parts.Add(shown);
            previous = title;
        }

        return string.Join(", ", parts);
    }

    /// <summary>A stated text's lines: the first is the lead line, the others its points ("- " the print adds).</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..].TrimStart() : l).ToList();

    /// <summary>A sentence that ends in one full stop whatever the source typed ("…Thống kê." stays, "…Hộ tịch" gets one).</summary>
    public static string Sentence(string text) => text.TrimEnd().TrimEnd('.', ';') + ".";

    private static bool Covers(List<NodeResult> named, CriterionNode node, AssessmentEvaluation evaluation)
    {
        for (CriterionNode? current = node; current is not null; current = current.ParentId is { } p ? evaluation.CriteriaSet.Find(p) : null)
        {
            if (named.Exists(r => r.Node.Id == current.Id))
            {
                return true;
            }
        }

        return false;
    }
}
