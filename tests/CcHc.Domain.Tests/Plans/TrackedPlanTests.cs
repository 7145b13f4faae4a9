using CcHc.DemoData;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Plans;

/// <summary>
/// The tracked plan, on the seeds' plans: Sơn Kỳ's issued version 1 is tracked until its version 2 is issued; the
/// drafts of Cẩm Sơn, Quảng Công and Hà Bắc are not (Triệu Trạch's công văn is issued too); a version on its way to being issued leaves the previous one tracked.
/// </summary>
public sealed class TrackedPlanTests
{
    private static readonly Actor Clerk = new("clerk", "Văn phòng - Thống kê");
    private static readonly Actor Chairman = new("chairman", "Chủ tịch");
    private static readonly DateTimeOffset At = new(2024, 6, 3, 9, 0, 0, TimeSpan.FromHours(7));

    private static IReadOnlyList<DemoCommune> Seeds() => DemoCatalog.BuildAll(new StandardPositions());

    [Fact]
    public void Of_the_seeds_the_issued_plans_of_trieu_trach_and_son_ky_are_tracked()
    {
        var seeds = Seeds();
        var plans = seeds.Select(d => d.Plan).ToList();

        var tracked = TrackedPlan.Among(plans);

        Assert.Equal(["xã Sơn Kỳ", "xã Triệu Trạch"], tracked.Select(p => seeds.Single(d => d.Plan == p).Commune.Name).Order());
        foreach (var draft in plans.Where(p => p.Status != PlanStatus.Issued))
        {
            Assert.False(TrackedPlan.IsTracked(draft, plans));
            Assert.Equal(TrackedPlan.NotIssuedMessage, Assert.Throws<DomainException>(() => TrackedPlan.Ensure(draft, plans)).Message);
        }
    }

    [Fact]
    public void A_second_version_takes_over_only_once_it_is_issued()
    {
        var sonKy = Seeds().Single(d => d.Commune.Name == "xã Sơn Kỳ");
        var first = sonKy.Plan;
        var evaluation = sonKy.Assessment.Evaluate(sonKy.CriteriaSet);
        var second = first.StartNextVersion(Clerk, At);
        List<RemediationPlan> versions = [first, second];

        // Drafted, submitted, approved: version 1 is still where progress is recorded.
        foreach (var step in new Action[] { () => second.Submit(Clerk, At, evaluation), () => second.Approve(Chairman, At) })
        {
            Assert.Equal([first], TrackedPlan.Among(versions));
            step();
        }

        Assert.Equal([first], TrackedPlan.Among(versions));
        TrackedPlan.Ensure(first, versions);

        second.Issue(Clerk, At, "31", new DateOnly(2024, 6, 3));

        Assert.Equal([second], TrackedPlan.Among(versions));
        Assert.True(TrackedPlan.IsTracked(second, versions));
        Assert.False(TrackedPlan.IsTracked(first, versions));
        var error = Assert.Throws<DomainException>(() => TrackedPlan.Ensure(first, versions));
        Assert.Equal(TrackedPlan.SupersededMessage, error.Message);
    }

    [Fact]
    public void An_issued_later_version_of_another_commune_does_not_supersede_a_plan()
    {
        var seeds = Seeds();
        var sonKy = seeds.Single(d => d.Commune.Name == "xã Sơn Kỳ");
        var camSon = seeds.Single(d => d.Commune.Name == "xã Cẩm Sơn");
        var otherCommune = IssuedTwice(camSon);
        List<RemediationPlan> plans = [sonKy.Plan, .. otherCommune];

        Assert.True(TrackedPlan.IsTracked(sonKy.Plan, plans));
        Assert.Equal([sonKy.Plan, otherCommune[1]], TrackedPlan.Among(plans));
    }

    /// <summary>A draft seed issued, then its version 2 issued.</summary>
    private static List<RemediationPlan> IssuedTwice(DemoCommune demo)
    {
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);
        var first = demo.Plan;
        first.Submit(Clerk, At, evaluation);
        first.Approve(Chairman, At);
        first.Issue(Clerk, At, "12", new DateOnly(2024, 3, 1));
        var second = first.StartNextVersion(Clerk, At);
        second.Submit(Clerk, At, evaluation);
        second.Approve(Chairman, At);
        second.Issue(Clerk, At, "40", new DateOnly(2024, 7, 1));
        return [first, second];
    }
}
