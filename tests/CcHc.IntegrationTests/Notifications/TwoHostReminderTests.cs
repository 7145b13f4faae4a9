using System.Net;
using CcHc.Domain.Notifications;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Features.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Notifications;

/// <summary>One web instance of two that share <paramref name="directory"/>'s SQLite file and one test clock; the scheduler on.</summary>
public sealed class SharedDatabaseHost(string directory, FakeTimeProvider clock) : CcHcWebApplicationFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Storage:DataDirectory", directory),
        ("Notifications:Schedule", "true"),
        ("Notifications:StartupDelaySeconds", "0"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
    }
}

/// <summary>
/// Two hosts (two WebApplicationFactory instances) on ONE SQLite file run the daily work at the same moment, twice,
/// on the same day and then on later days: the lease lets one do it, the reminders' keys keep a late second run from
/// repeating it, so each reminder (task × threshold × person) exists once.
/// </summary>
public sealed class TwoHostReminderTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_instances_on_one_database_create_each_reminder_once()
    {
        using var directory = new TestDataDirectory();
        // Start long before any task falls due: the instances' start-up runs find nothing owed.
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 1, 1, 1, 0, 0, TimeSpan.Zero));
        await using var first = new SharedDatabaseHost(directory.Path, clock);
        _ = first.Services; // migrates and seeds the shared file before the second host starts

        // Issue xã Cẩm Sơn's plan through the first host's pages: its tasks become tracked.
        var planId = await DatabaseProbe.PlanIdAsync(first, "xã Cẩm Sơn");
        var details = $"/Plans/Details/{planId}";
        using (var clerk = await TestAccounts.SignedInAsync(first, "t.clerk.camson"))
        using (var chairman = await TestAccounts.SignedInAsync(first, "t.chairman.camson"))
        {
            foreach (var (client, handler, fields) in new[]
            {
                (clerk, "Submit", Array.Empty<(string, string)>()),
                (chairman, "Approve", []),
                (clerk, "Issue", [("DocumentNumber", "9"), ("IssueDate", "2020-01-01")]),
            })
            {
                using var response = await PlanSteps.PostAsync(client, details, handler, fields);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }
        }

        await using var second = new SharedDatabaseHost(directory.Path, clock);
        _ = second.Services;

        // The earliest due date among the plan's open tasks: the run days are set from it.
        var dueDates = await DatabaseProbe.QueryAsync(first, async db =>
            (await db.PlanItems.AsNoTracking().Where(i => i.PlanId == planId).Include(i => i.Tasks).ToListAsync())
                .SelectMany(i => i.Tasks.Where(t => t.Progress != TaskProgress.Done).Select(t => TaskSchedule.EffectiveDeadline(i, t)?.DueDate))
                .OfType<DateOnly>().Order().ToList());
        Assert.NotEmpty(dueDates);
        var earliest = dueDates[0];
        Assert.True(earliest > new DateOnly(2020, 1, 20), $"earliest due date {earliest}");

        var schedulers = new[] { first, second }.Select(h => h.Services.GetRequiredService<NotificationScheduler>()).ToList();
        Assert.NotEqual(schedulers[0].Holder, schedulers[1].Holder);

        // The holders of each item (the one rule, TaskRecipients) and the reminders owed on each run day, worked out
        // here from the thresholds: what the database must hold at the end, each exactly once.
        var (items, holders) = await DatabaseProbe.QueryAsync(first, async db =>
        {
            var list = await db.PlanItems.AsNoTracking().Where(i => i.PlanId == planId).Include(i => i.Tasks).ToListAsync();
            var communeId = await db.Plans.Where(p => p.Id == planId).Select(p => p.CommuneId).SingleAsync();
            return (list, await TaskRecipients.ForItemsAsync(db, list.Select(i => TaskRecipients.ItemTitles.Of(i, communeId)).ToList(), CancellationToken.None));
        });
        var days = new[] { earliest.AddDays(-5), earliest.AddDays(-5), earliest.AddDays(-1), earliest.AddDays(3) };
        var expected = new HashSet<(string UserId, string Key)>();
        foreach (var day in days)
        {
            foreach (var item in items.Where(i => holders.ContainsKey(i.Id)))
            {
                foreach (var task in item.Tasks)
                {
                    if (TaskSchedule.EffectiveDeadline(item, task) is { } deadline
                        && DueReminders.Reached(deadline.DueDate, day, task.Progress == TaskProgress.Done) is { } threshold)
                    {
                        expected.UnionWith(holders[item.Id].All.Select(r => (r.UserId, DueReminders.Key(task.Id, deadline.DueDate, threshold))));
                    }
                }
            }
        }

        // Each run day, both instances run at the same moment (and their own timers fire as the clock moves: more runs).
        var runs = new List<ScheduledRun>();
        foreach (var day in days)
        {
            clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero)); // 08:00 in Vietnam
            runs.AddRange(await Task.WhenAll(schedulers.Select(s => s.RunOnceAsync(CancellationToken.None))));
        }

        var all = await DatabaseProbe.QueryAsync(first, db => db.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKind.TaskDue).ToListAsync());
        Assert.All(all.GroupBy(n => (n.UserId, n.Key)), g => Assert.Single(g));

        // The expectation is of this plan's tasks; other demo plans' overdue tasks reach their holders too ("Toàn thể cán
        // bộ, công chức" reaches every account of its commune), each once as checked above.
        var prefixes = items.SelectMany(i => i.Tasks).Select(t => FormattableString.Invariant($"due:{t.Id:N}:")).ToList();
        var reminders = all.Where(n => prefixes.Any(p => n.Key!.StartsWith(p, StringComparison.Ordinal))).ToList();
        output.WriteLine($"{reminders.Count} reminders (expected {expected.Count}); explicit runs: {string.Join(", ", runs.Select(r => $"{(r.Ran ? "ran" : "skipped")}:{r.Reminders}"))}");

        Assert.NotEmpty(reminders);
        Assert.All(reminders.GroupBy(n => (n.UserId, n.Key)), g => Assert.Single(g));
        Assert.Equal(expected.OrderBy(e => e.Key).ThenBy(e => e.UserId), reminders.Select(n => (n.UserId, n.Key!)).OrderBy(e => e.Item2).ThenBy(e => e.UserId));
        Assert.Contains(runs, r => r.Ran);

        // The earliest task got its 7-day, 1-day and overdue reminders, never the 14-day one (first seen 5 days before).
        var stamp = earliest.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var earliestThresholds = reminders.Where(n => n.Key!.Contains(":" + stamp + ":", StringComparison.Ordinal)).Select(n => n.Key![(n.Key!.LastIndexOf(':') + 1)..]).ToHashSet();
        Assert.Equal(new HashSet<string> { "7", "1", "0" }, earliestThresholds);

        // The staff member of Cẩm Sơn holds a title of the plan: they are among the reminded, and see it under the bell.
        var staffId = await DatabaseProbe.QueryAsync(first, db => db.Users.Where(u => u.UserName == "t.staff.camson").Select(u => u.Id).SingleAsync());
        Assert.Contains(reminders, n => n.UserId == staffId);
        using var staff = await TestAccounts.SignedInAsync(second, "t.staff.camson");
        var list = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri("/Notifications", UriKind.Relative)));
        Assert.Contains("Nhiệm vụ quá hạn: ", list, StringComparison.Ordinal);

        // One lease row for the daily work, whoever held it last.
        Assert.Equal(1, await DatabaseProbe.QueryAsync(second, db => db.Leases.CountAsync(l => l.Name == DailyNotifications.LeaseName)));
    }
}
