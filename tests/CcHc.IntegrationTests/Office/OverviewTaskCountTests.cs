using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Communes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Office;

/// <summary>The overview counts tasks in SQL (by plan, progress and due date): the same tallies as the domain's, plan by plan.</summary>
public sealed partial class OverviewTests
{
    [Fact]
    public async Task The_task_counts_computed_in_sql_equal_the_domain_tally_of_every_tracked_plan()
    {
        var options = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, _factory.Services.GetRequiredService<DatabaseOptions>());
        await using var db = new CcHcDbContext(options.Options, DataScope.Unrestricted);
        var today = CcHc.Domain.Common.VietnamTime.Today(_factory.Clock);

        // Days on either side of the generated quarter deadlines: before all of them, the fixture's day, after all.
        foreach (var day in new[] { today.AddDays(-400), today, today.AddDays(10), today.AddDays(400) })
        {
            var overviews = await CommuneOverview.LoadAsync(db, day, null, null, withEvaluations: false, CancellationToken.None);
            var tracked = overviews.Where(o => o.IssuedPlan is not null).ToList();
            var ids = tracked.Select(o => o.IssuedPlan!.Id).ToList();
            var plans = await db.Plans.AsNoTracking().Include(p => p.Items).ThenInclude(i => i.Tasks)
                .Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);

            Assert.True(tracked.Count >= OverviewFactory.Large - OverviewFactory.WithoutPlan, $"{tracked.Count} tracked plans");
            Assert.All(tracked, o => Assert.Equal(TaskTally.Of(plans[o.IssuedPlan!.Id], day), o.Tasks));
            Assert.True(tracked.Sum(o => o.Tasks!.Total) > 0);
            if (day == today)
            {
                Assert.True(tracked.Sum(o => o.Tasks!.Overdue) > 0, "no overdue task on the fixture's day");
            }
        }
    }
}
