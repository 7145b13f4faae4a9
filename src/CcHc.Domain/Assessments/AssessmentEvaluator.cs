using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using static CcHc.Domain.Common.VietnameseNumbers;

namespace CcHc.Domain.Assessments;

/// <summary>
/// The score rules of domain.md. Errors: an appraised score outside [0, max]; a stated deduction larger than the
/// maximum. Warnings: a stated deduction that is not max − appraised; in a complete set, a parent that is not the sum
/// of its children; in a set that lists only deducted criteria, listed children whose deductions do not add up to the
/// parent's; a stated total that is not the sum of the fields. Nothing is corrected: every difference is shown.
/// </summary>
public static class AssessmentEvaluator
{
    public static AssessmentEvaluation Evaluate(Assessment assessment, CriteriaSet criteriaSet)
    {
        if (assessment.CriteriaSetId != criteriaSet.Id)
        {
            throw new DomainException("Bộ tiêu chí không khớp với kết quả đánh giá.");
        }

        var nodes = criteriaSet.Nodes;
        var scores = assessment.Scores.ToDictionary(s => s.CriterionId);
        var children = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        var results = new Dictionary<Guid, NodeResult>(nodes.Count);
        var findings = new List<Finding>();
        var complete = criteriaSet.Coverage == CriteriaCoverage.Complete;

        // Children come after their parent in document order, so walking backwards sees every child first.
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            scores.TryGetValue(node.Id, out var score);
            var kids = children[node.Id].Select(c => results[c.Id]).ToList();
            var max = node.MaxScore;
            var appraised = score?.AppraisedScore;
            var derived = false;
            if (complete && kids.Count > 0)
            {
                // A complete set: a parent the source leaves blank is the sum of its children.
                if (max is null && AssessmentEvaluation.SumIfAllKnown(kids.Select(k => k.MaxScore)) is { } maxSum)
                {
                    max = maxSum;
                    derived = true;
                }

                if (appraised is null && AssessmentEvaluation.SumIfAllKnown(kids.Select(k => k.AppraisedScore)) is { } appraisedSum)
                {
                    appraised = appraisedSum;
                    derived = true;
                }
            }

            var result = new NodeResult(node, max, appraised, score?.SelfAssessedScore, score?.StatedDeduction, score?.Reason, derived);
            results[node.Id] = result;
            CheckNode(result, findings);
            if (kids.Count > 0)
            {
                CheckChildren(result, kids, complete, findings);
            }
        }

        var ordered = nodes.Select(n => results[n.Id]).ToList();
        findings.Reverse();
        var evaluation = new AssessmentEvaluation(assessment.Id, criteriaSet, ordered, OrderFindings(findings, nodes), assessment.StatedTotal);
        if (assessment.StatedTotal is { } stated && evaluation.TotalAppraised is { } sum && stated != sum)
        {
            var withTotal = evaluation.Findings.Append(new Finding(
                FindingSeverity.Warning,
                FindingCode.StatedTotalDiffers,
                null,
                $"Tổng điểm theo văn bản là {Score(stated)}, nhưng cộng điểm thẩm định các lĩnh vực được {Score(sum)}.")).ToList();
            evaluation = new AssessmentEvaluation(assessment.Id, criteriaSet, ordered, withTotal, assessment.StatedTotal);
        }

        return evaluation;
    }

    private static void CheckNode(NodeResult r, List<Finding> findings)
    {
        var name = r.Node.DisplayName;
        if (r.AppraisedScore is { } appraised && (appraised < 0 || (r.MaxScore is { } m && appraised > m)))
        {
            findings.Add(new Finding(FindingSeverity.Error, FindingCode.AppraisedOutOfRange, r.Node.Id,
                $"{name}: điểm thẩm định {Score(appraised)} nằm ngoài khoảng 0 – {Score(r.MaxScore)}."));
        }

        if (r.SelfAssessedScore is { } self && (self < 0 || (r.MaxScore is { } sm && self > sm)))
        {
            findings.Add(new Finding(FindingSeverity.Error, FindingCode.SelfAssessedOutOfRange, r.Node.Id,
                $"{name}: điểm tự đánh giá {Score(self)} nằm ngoài khoảng 0 – {Score(r.MaxScore)}."));
        }

        if (r.StatedDeduction is { } stated && r.MaxScore is { } max && stated > max)
        {
            findings.Add(new Finding(FindingSeverity.Error, FindingCode.StatedDeductionExceedsMax, r.Node.Id,
                $"{name}: văn bản ghi bị trừ {Score(stated)} điểm, lớn hơn điểm tối đa {Score(max)}."));
        }

        if (r.StatedDeduction is { } statedDeduction && r.ComputedDeduction is { } computed && statedDeduction != computed)
        {
            findings.Add(new Finding(FindingSeverity.Warning, FindingCode.StatedDeductionDiffers, r.Node.Id,
                $"{name}: văn bản ghi bị trừ {Score(statedDeduction)} điểm, nhưng {Score(r.MaxScore)} − {Score(r.AppraisedScore)} = {Score(computed)}."));
        }
    }

    private static void CheckChildren(NodeResult parent, List<NodeResult> kids, bool complete, List<Finding> findings)
    {
        var name = parent.Node.DisplayName;
        if (complete)
        {
            if (!parent.IsDerived && parent.MaxScore is { } max
                && AssessmentEvaluation.SumIfAllKnown(kids.Select(k => k.MaxScore)) is { } maxSum && maxSum != max)
            {
                findings.Add(new Finding(FindingSeverity.Warning, FindingCode.ChildrenMaxSumDiffers, parent.Node.Id,
                    $"{name}: điểm tối đa {Score(max)}, nhưng các tiêu chí con cộng lại {Score(maxSum)}."));
            }

            if (!parent.IsDerived && parent.AppraisedScore is { } appraised
                && AssessmentEvaluation.SumIfAllKnown(kids.Select(k => k.AppraisedScore)) is { } appraisedSum && appraisedSum != appraised)
            {
                findings.Add(new Finding(FindingSeverity.Warning, FindingCode.ChildrenAppraisedSumDiffers, parent.Node.Id,
                    $"{name}: điểm thẩm định {Score(appraised)}, nhưng các tiêu chí con cộng lại {Score(appraisedSum)}."));
            }

            return;
        }

        // Only the deducted children are listed: their deductions must add up to the parent's.
        if (parent.Deduction is { } deduction
            && AssessmentEvaluation.SumIfAllKnown(kids.Select(k => k.Deduction)) is { } deductionSum && deductionSum != deduction)
        {
            findings.Add(new Finding(FindingSeverity.Warning, FindingCode.ChildrenDeductionSumDiffers, parent.Node.Id,
                $"{name}: bị trừ {Score(deduction)} điểm, nhưng các nội dung con được liệt kê cộng lại bị trừ {Score(deductionSum)} điểm."));
        }
    }

    private static List<Finding> OrderFindings(List<Finding> findings, IReadOnlyList<CriterionNode> nodes)
    {
        var order = nodes.ToDictionary(n => n.Id, n => n.Order);
        return findings
            .OrderBy(f => f.CriterionId is { } id ? order[id] : int.MaxValue)
            .ToList();
    }
}
