using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using static CcHc.Domain.Common.VietnameseNumbers;

namespace CcHc.Domain.Plans;

/// <summary>
/// One deducted criterion (or low-scored component of another index) the plan must answer, and whether it does;
/// <paramref name="Index"/> is the index of the assessment it comes from, <paramref name="IsFurther"/> whether that is
/// one of the plan's further assessments rather than its main one.
/// </summary>
public sealed record RequiredCriterion(CriterionNode Criterion, decimal? Deduction, bool IsCovered, IndexKind Index = IndexKind.ParIndex, bool IsFurther = false)
{
    /// <summary>The score the source gave it, where known (shown beside the plan so the reader sees why it is low).</summary>
    public decimal? AppraisedScore { get; init; }
}

/// <summary>One index an improvement or multi-index plan names, and whether a task with a lead and a deadline serves it.</summary>
public sealed record RequiredIndex(IndexKind Index, bool IsCovered);

/// <summary>
/// The completeness rule, for every kind of plan: every item says what will be done (tasks, a lead and a deadline) or
/// why it cannot be; an improvement or multi-index plan has, for each index it names, at least one such item serving
/// it. Where the plan rests on an assessment (always for remediation), every deduction is covered by an item that says what will be done (tasks, a lead and a
/// deadline), or by an item marked as not remediable by the commune with a reason. Linking a criterion covers its
/// subtree, so an item per field (seed 000) covers every deducted sub-criterion listed under it.
/// </summary>
public sealed class PlanCompleteness
{
    private PlanCompleteness(IReadOnlyList<RequiredCriterion> required, IReadOnlyList<RequiredIndex> indices, IReadOnlyList<string> missing)
    {
        Required = required;
        RequiredIndices = indices;
        Missing = missing;
    }

    public static PlanCompleteness Empty { get; } = new([], [], []);

    /// <summary>The indices an improvement or multi-index plan names (none for a remediation plan), in catalogue order.</summary>
    public IReadOnlyList<RequiredIndex> RequiredIndices { get; }

    /// <summary>The deducted criteria that no deducted child explains further, in document order.</summary>
    public IReadOnlyList<RequiredCriterion> Required { get; }

    /// <summary>What stops submission, in Vietnamese, one sentence each.</summary>
    public IReadOnlyList<string> Missing { get; }

    public bool IsComplete => Missing.Count == 0;

    public int DeductionsTotal => Required.Count;

    public int DeductionsCovered => Required.Count(r => r.IsCovered);

    /// <summary>
    /// The share of deducted criteria and named indices answered, as the completeness bar shows it: 100 only when
    /// nothing is missing, so the bar never says "done" above a list of what is still to do (at most 99 then; nothing
    /// required and nothing missing is 100).
    /// </summary>
    public int Percent
    {
        get
        {
            var total = DeductionsTotal + RequiredIndices.Count;
            var done = DeductionsCovered + RequiredIndices.Count(i => i.IsCovered);
            var covered = total == 0 ? 100 : (int)Math.Round(100.0 * done / total, MidpointRounding.AwayFromZero);
            return IsComplete ? covered : Math.Min(covered, 99);
        }
    }

    /// <summary>Points deducted over the required criteria whose deduction is known.</summary>
    public decimal PointsDeducted => Required.Sum(r => r.Deduction ?? 0m);

    public decimal PointsCovered => Required.Where(r => r.IsCovered).Sum(r => r.Deduction ?? 0m);

    /// <summary>Required criteria whose deduction the source does not give: their points are not in the sums above.</summary>
    public int UnknownDeductions => Required.Count(r => r.Deduction is null);

    public static PlanCompleteness Check(RemediationPlan plan, AssessmentEvaluation evaluation) => Check(plan, evaluation, []);

    /// <summary>
    /// The rule against the main assessment's <paramref name="evaluation"/> and the <paramref name="further"/>
    /// assessments' (a SIPAS survey, a DDCI ranking): every component scored low in any of them is answered.
    /// </summary>
    public static PlanCompleteness Check(RemediationPlan plan, AssessmentEvaluation evaluation, IReadOnlyList<AssessmentEvaluation> further)
    {
        ArgumentNullException.ThrowIfNull(further);
        var missing = new List<string>();
        var items = plan.Items;

        // An item is substantive when it says what will be done, by whom and by when, or why it cannot be done.
        var substantive = new HashSet<Guid>();
        foreach (var item in items)
        {
            var label = $"{(plan.Kind == PlanKind.Remediation ? "Nội dung khắc phục" : "Nhiệm vụ")} {item.Order + 1} ({item.Heading})";
            if (item.NotRemediable)
            {
                substantive.Add(item.Id);
                continue;
            }

            var gaps = new List<string>();
            if (item.Tasks.Count == 0)
            {
                gaps.Add("nhiệm vụ, giải pháp");
            }

            if (item.LeadPositionId is null)
            {
                gaps.Add("đơn vị chủ trì");
            }

            if (item.Deadline is null && (item.Tasks.Count == 0 || item.Tasks.Any(t => t.Deadline is null)))
            {
                gaps.Add("thời gian hoàn thành");
            }

            if (gaps.Count == 0)
            {
                substantive.Add(item.Id);
            }
            else
            {
                missing.Add($"{label}: chưa có {string.Join(", ", gaps)}.");
            }
        }

        var linked = items.Where(i => substantive.Contains(i.Id)).SelectMany(i => i.CriterionIds).ToHashSet();

        var indices = new List<RequiredIndex>();
        if (plan.Kind != PlanKind.Remediation)
        {
            foreach (var index in plan.Indices)
            {
                // An item without an index serves the plan's only index.
                var covered = items.Any(i => substantive.Contains(i.Id) && !i.NotRemediable
                    && (i.Index == index || (i.Index is null && plan.Indices.Count == 1)));
                indices.Add(new RequiredIndex(index, covered));
                if (!covered)
                {
                    missing.Add($"{PlanKinds.Name(index)} ({PlanKinds.ShortName(index)}): chưa có nhiệm vụ nào có đơn vị chủ trì và thời gian hoàn thành.");
                }
            }
        }

        var required = new List<RequiredCriterion>();
        foreach (var (source, isFurther) in further.Where(e => !e.IsNone).Select(e => (e, true)).Prepend((evaluation, false)))
        {
            var set = source.CriteriaSet;
            foreach (var result in source.DeductedLeaves())
            {
                var covered = false;
                for (var node = result.Node; node is not null; node = node.ParentId is { } pid ? set.Find(pid) : null)
                {
                    if (linked.Contains(node.Id))
                    {
                        covered = true;
                        break;
                    }
                }

                required.Add(new RequiredCriterion(result.Node, result.Deduction, covered, set.IndexKind, isFurther) { AppraisedScore = result.AppraisedScore });
                if (!covered)
                {
                    var points = result.Deduction is { } d ? $" (bị trừ {Score(d)} điểm)" : string.Empty;
                    missing.Add(isFurther
                        ? $"{PlanKinds.ShortName(set.IndexKind)} — \"{result.Node.DisplayName}\"{points}: chưa có nhiệm vụ nào liên kết, hoặc lý do không khắc phục được."
                        : $"Tiêu chí \"{result.Node.DisplayName}\"{points} chưa có nội dung khắc phục.");
                }
            }
        }

        return new PlanCompleteness(required, indices, missing);
    }
}
