using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Builders;

/// <summary>
/// A two-field assessment (A: 10, appraised 8; B: 5, full marks) and a plan over it, for workflow and completeness tests.
/// </summary>
public sealed class PlanBuilder
{
    public static readonly Actor Clerk = new("clerk", "Công chức VP-TK");
    public static readonly Actor Chairman = new("chairman", "Chủ tịch UBND xã");
    public static readonly DateTimeOffset At = new(2024, 2, 5, 9, 0, 0, TimeSpan.FromHours(7));
    public static readonly Guid Lead = Guid.CreateVersion7();

    public PlanBuilder()
    {
        Set = new CriteriaSetBuilder(CriteriaCoverage.DeductedOnly).Field("A", 10).Child("A.1", 2).Child("A.2", 3).Field("B", 5).Build();
        Assessment = CriteriaSetBuilder.AssessmentOf(Set);
        Assessment.RecordScore(CriteriaSetBuilder.Node(Set, "A"), 8m);
        Assessment.RecordScore(CriteriaSetBuilder.Node(Set, "A.1"), 1.5m);
        Assessment.RecordScore(CriteriaSetBuilder.Node(Set, "A.2"), 1.5m);
        Assessment.RecordScore(CriteriaSetBuilder.Node(Set, "B"), 5m);
        Plan = new RemediationPlan(Assessment.CommuneId, Assessment, new PlanHeader { PlaceName = "Thử", Summary = "Khắc phục" });
    }

    public CriteriaSet Set { get; }

    public Assessment Assessment { get; }

    public RemediationPlan Plan { get; }

    public AssessmentEvaluation Evaluation => Assessment.Evaluate(Set);

    public CriterionNode Node(string title) => CriteriaSetBuilder.Node(Set, title);

    public static ItemContent Item(string heading, params CriterionNode[] criteria) => new(
        heading,
        criteria.FirstOrDefault()?.ParentId ?? criteria.FirstOrDefault()?.Id,
        criteria.Select(c => c.Id).ToList(),
        "Nguyên nhân",
        Lead,
        [],
        Deadline.WholeYear(2024),
        [new TaskContent("Nhiệm vụ")]);

    /// <summary>Covers both deducted criteria, so the plan can be submitted.</summary>
    public PlanBuilder Complete()
    {
        Plan.AddItem(Item("Lĩnh vực A", Node("A")));
        return this;
    }

    public PlanBuilder InStatus(PlanStatus status)
    {
        Complete();
        if (status == PlanStatus.Draft)
        {
            return this;
        }

        Plan.Submit(Clerk, At, Evaluation);
        switch (status)
        {
            case PlanStatus.Returned:
                Plan.Return(Chairman, At.AddHours(1), "Bổ sung nguyên nhân");
                break;
            case PlanStatus.Approved:
                Plan.Approve(Chairman, At.AddHours(1));
                break;
            case PlanStatus.Issued:
                Plan.Approve(Chairman, At.AddHours(1));
                Plan.Issue(Clerk, At.AddHours(2), "5", new DateOnly(2024, 2, 5));
                break;
        }

        return this;
    }
}
