using CcHc.Domain.Plans;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Features.Tracking;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Tracking;

/// <summary>
/// The database query of the tracked plans (<see cref="TrackedPlans"/>) and the domain's rule (<see cref="TrackedPlan"/>)
/// pick the same versions, on every demo plan in the real SQLite database: before Sơn Kỳ's version 2, while it is being
/// drafted and approved, and after it is issued.
/// </summary>
public sealed class TrackedPlanQueryTests : IClassFixture<CcHcWebApplicationFactory>
{
    private static readonly Actor Clerk = new("t.clerk.sonky", "Văn phòng - Thống kê Sơn Kỳ (test)");
    private static readonly Actor Chairman = new("t.chairman.sonky", "Chủ tịch Sơn Kỳ (test)");
    private static readonly DateTimeOffset At = new(2024, 6, 3, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly CcHcWebApplicationFactory _factory;

    public TrackedPlanQueryTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_query_and_the_domain_rule_agree_on_every_plan_before_during_and_after_a_second_version()
    {
        var sonKy = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");

        var trieuTrach = await DatabaseProbe.PlanIdAsync(_factory, "xã Triệu Trạch");
        var before = await AgreedTrackedAsync();
        Assert.Equal(new[] { sonKy, trieuTrach }.Order(), before);

        var second = await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var first = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == sonKy);
            var next = first.StartNextVersion(Clerk, At);
            db.Plans.Add(next);
            await db.SaveChangesAsync();
            return next.Id;
        });
        Assert.Equal(before, await AgreedTrackedAsync());

        await StepAsync(second, (plan, evaluation) => plan.Submit(Clerk, At, evaluation));
        await StepAsync(second, (plan, _) => plan.Approve(Chairman, At));
        Assert.Equal(before, await AgreedTrackedAsync());

        await StepAsync(second, (plan, _) => plan.Issue(Clerk, At, "31", new DateOnly(2024, 6, 3)));
        Assert.Equal(new[] { second, trieuTrach }.Order(), await AgreedTrackedAsync());
    }

    /// <summary>The ids the query picks, after checking the domain's rule picks the same among all plans.</summary>
    private Task<List<Guid>> AgreedTrackedAsync() => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var byQuery = await TrackedPlans.Query(db).Select(p => p.Id).OrderBy(id => id).ToListAsync();
        var all = await db.Plans.AsNoTracking().ToListAsync();
        Assert.True(all.Count >= 3, $"{all.Count} plans");
        var byRule = TrackedPlan.Among(all).Select(p => p.Id).OrderBy(id => id).ToList();
        Assert.Equal(byRule, byQuery);
        Assert.All(all, p => Assert.Equal(byQuery.Contains(p.Id), TrackedPlan.IsTracked(p, all)));
        return byQuery;
    });

    private Task<int> StepAsync(Guid planId, Action<RemediationPlan, CcHc.Domain.Assessments.AssessmentEvaluation> step) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == planId);
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Scores).SingleAsync(a => a.Id == plan.AssessmentId);
        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleAsync(s => s.Id == assessment.CriteriaSetId);
        step(plan, assessment.Evaluate(set));
        return await db.SaveChangesAsync();
    });
}
