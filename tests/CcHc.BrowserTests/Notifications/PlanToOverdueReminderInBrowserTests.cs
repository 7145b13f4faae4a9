using System.Diagnostics;
using CcHc.BrowserTests.Infrastructure;
using CcHc.Domain.Notifications;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Features.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.Notifications;

/// <summary>
/// The suite's host with a test clock and e-mail sent to a real SMTP server on loopback (<see cref="TestSmtpServer"/>),
/// polled every 0.1 s: a reminder's way from the database to the mailbox is measured in the test's output.
/// </summary>
public sealed class MailingBrowserAppFactory(FakeTimeProvider clock, TestSmtpServer smtp) : BrowserAppFactory
{
    public const string SiteAddress = "https://cchc.test";

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        .. base.Settings,
        ("Email:Host", "127.0.0.1"),
        ("Email:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Email:UseTls", "false"),
        ("Email:From", "CcHc <no-reply@cchc.test>"),
        ("Email:SiteAddress", SiteAddress),
        ("Email:PollSeconds", "0.1"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
    }
}

/// <summary>
/// Issue 18, "Done means": one plan followed in Chromium from its submission to an overdue reminder. The clerk submits
/// xã Cẩm Sơn's plan; the chairman learns it from the bell, opens the notice, approves; the clerk learns that, issues;
/// the lead of a task is told of the issue; the days pass (a test clock) beyond the task's deadline and the daily
/// work runs; the lead reads "Nhiệm vụ quá hạn" under the bell, opens it onto the task, and finds the same reminder,
/// in Vietnamese with the task's link, in the mailbox of a real SMTP server.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PlanToOverdueReminderInBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task A_plan_goes_from_submission_to_an_overdue_reminder_its_lead_reads_in_the_app_and_by_email()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 2, 1, 8, 0, 0, Vietnam));
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var app = new MailingBrowserAppFactory(clock, smtp);
        var host = app.Start();
        await TestAccounts.EnsureCreatedAsync(app);
        var planId = await DatabaseProbe.PlanIdAsync(app, "xã Cẩm Sơn");
        var details = $"/Plans/Details/{planId}";

        var clerk = await fixture.SignedInPageAsync("t.clerk.camson", host: host);
        IPage? chairman = null;
        IPage? lead = null;
        try
        {
            // The clerk submits ("Trình" asks first).
            await clerk.GotoAsync(details);
            await clerk.Locator("#submit-plan").ClickAsync();
            await clerk.Locator("#confirm-step").ClickAsync();
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Đã trình");

            // The chairman sees the bell, opens the notice: it leads to the plan; approves.
            chairman = await fixture.SignedInPageAsync("t.chairman.camson", host: host);
            await Expect(chairman.Locator("#bell-count")).ToBeVisibleAsync();
            await OpenNoticeAsync(chairman, "Kế hoạch chờ phê duyệt");
            Assert.Equal(details, new Uri(chairman.Url).AbsolutePath);
            if (await chairman.Locator("#acknowledge-discrepancies").CountAsync() > 0)
            {
                await chairman.Locator("#acknowledge-discrepancies").CheckAsync();
            }

            await chairman.Locator("#approve-plan").ClickAsync();
            await chairman.Locator("#confirm-step").ClickAsync();
            await Expect(chairman.Locator("#plan-status")).ToHaveTextAsync("Đã phê duyệt");

            // The clerk is told, and issues it with a number and a date.
            await clerk.GotoAsync("/");
            await OpenNoticeAsync(clerk, "Kế hoạch đã được phê duyệt");
            Assert.Equal(details, new Uri(clerk.Url).AbsolutePath);
            await clerk.Locator("#DocumentNumber").FillAsync("15");
            await clerk.Locator("#IssueDate").FillAsync("2024-02-01");
            await clerk.Locator("#issue-plan").ClickAsync();
            await clerk.Locator("#confirm-step").ClickAsync();
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Đã ban hành");
            await BrowserFixture.ScreenshotAsync(clerk, "reminder-01-issued");

            // The open task that falls due first, and a test account that leads it.
            var (task, due, leadName, leadAddress) = await EarliestLedTaskAsync(app, planId);
            output.WriteLine($"Task {task.TaskId} ({task.Description}) due {due:dd/MM/yyyy}, led by {leadName}");

            // The days pass: three days after the deadline, at 08:00, the daily work runs.
            clock.SetUtcNow(new DateTimeOffset(due.AddDays(3).ToDateTime(new TimeOnly(8, 0)), Vietnam));
            int reminders;
            var runAt = TimeProvider.System.GetUtcNow();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                reminders = await scope.ServiceProvider.GetRequiredService<DailyNotifications>().CreateDueRemindersAsync(CancellationToken.None);
            }

            Assert.True(reminders > 0, "the daily work created no reminder");

            // The lead signs in: the bell counts the unread notices; "Nhiệm vụ quá hạn" opens the task.
            lead = await fixture.SignedInPageAsync(leadName, host: host);
            await Expect(lead.Locator("#bell-count")).ToBeVisibleAsync();
            var unread = int.Parse(await lead.Locator("#nav-bell").GetAttributeAsync("data-unread") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(unread >= 2, $"the lead has {unread} unread notices (the issue and the overdue task at least)");
            await lead.GotoAsync("/Notifications");
            await Expect(lead.Locator("#notifications li", new() { HasText = "Kế hoạch đã ban hành" })).ToHaveCountAsync(1);
            var overdue = lead.Locator("#notifications li", new() { HasText = $"Nhiệm vụ quá hạn: {task.Brief}" });
            await Expect(overdue).ToHaveCountAsync(1);
            await Expect(overdue).ToContainTextAsync($"hạn {due:dd/MM/yyyy}");
            await BrowserFixture.ScreenshotAsync(lead, "reminder-02-lead-notifications");
            await overdue.Locator("button", new() { HasText = "Nhiệm vụ quá hạn" }).ClickAsync();
            await lead.WaitForURLAsync(url => new Uri(url).AbsolutePath == task.Link);
            await Expect(lead.Locator("body")).ToContainTextAsync(task.Description);
            await lead.GotoAsync("/Notifications");
            await Expect(lead.Locator($"#notifications li[data-read='true']", new() { HasText = $"Nhiệm vụ quá hạn: {task.Brief}" })).ToHaveCountAsync(1);

            // And by e-mail: the same reminder, once, in Vietnamese, with the task's address.
            // (The lead may lead several overdue tasks: each has its own reminder; this is the one of the task opened above.)
            var mail = await MailAsync(smtp, leadAddress, m => m.Subject == $"Nhiệm vụ quá hạn: {task.Brief}");
            var arrived = smtp.Received.First(r => ReferenceEquals(r.Message, mail)).At;
            output.WriteLine($"{reminders} reminder(s) created; the lead's reached the SMTP server {(arrived - runAt).TotalMilliseconds:0} ms after the daily run (outbox poll 0.1 s); {smtp.Received.Count} message(s) in all");
            Assert.Equal($"Nhiệm vụ quá hạn: {task.Brief}", mail.Subject);
            var body = mail.TextBody ?? string.Empty;
            Assert.Contains($"hạn {due:dd/MM/yyyy}", body, StringComparison.Ordinal);
            Assert.Contains(MailingBrowserAppFactory.SiteAddress + task.Link, body, StringComparison.Ordinal);
            Assert.Single(smtp.To(leadAddress), m => m.Subject == mail.Subject);
            Assert.Single(smtp.To(leadAddress), m => (m.Subject ?? string.Empty).StartsWith("Kế hoạch đã ban hành", StringComparison.Ordinal));
        }
        catch
        {
            var i = 0;
            foreach (var page in new[] { clerk, chairman, lead }.OfType<IPage>())
            {
                output.WriteLine($"Page {++i}: {page.Url}");
                await BrowserFixture.ScreenshotAsync(page, $"failed-reminder-{i}");
            }

            throw;
        }
        finally
        {
            foreach (var page in new[] { clerk, chairman, lead }.OfType<IPage>())
            {
                await page.Context.CloseAsync();
            }
        }
    }

    /// <summary>Opens (and so marks read) the newest notice whose subject starts with <paramref name="subject"/>.</summary>
    private static async Task OpenNoticeAsync(IPage page, string subject)
    {
        await page.Locator("#nav-bell").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Notifications");
        await page.Locator("#notifications li[data-read='false'] button", new() { HasText = subject }).First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/Notifications");
    }

    private static async Task<(TaskRef Task, DateOnly Due, string UserName, string Address)> EarliestLedTaskAsync(BrowserAppFactory app, Guid planId)
    {
        return await DatabaseProbe.QueryAsync(app, async db =>
        {
            var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId);
            var items = await db.PlanItems.AsNoTracking().Where(i => i.PlanId == planId).Include(i => i.Tasks).ToListAsync();
            var holders = await TaskRecipients.ForItemsAsync(db, items.Select(i => TaskRecipients.ItemTitles.Of(i, plan.CommuneId)).ToList(), CancellationToken.None);
            // A lead who did not take the steps (the clerk issued: an actor is not told of their own step).
            var testAccounts = await db.Users.AsNoTracking()
                .Where(u => u.UserName!.StartsWith("t.") && u.UserName != "t.clerk.camson" && u.UserName != "t.chairman.camson" && u.Email != null)
                .ToDictionaryAsync(u => u.Id, u => (u.UserName!, u.Email!));
            var communeName = await db.Communes.Where(c => c.Id == plan.CommuneId).Select(c => c.Name).SingleAsync();
            var candidates =
                from item in items
                where holders.ContainsKey(item.Id)
                from task in item.Tasks
                where task.Progress != TaskProgress.Done && TaskSchedule.EffectiveDeadline(item, task) is not null
                let leadAccount = holders[item.Id].Leads.Select(r => r.UserId).FirstOrDefault(testAccounts.ContainsKey)
                where leadAccount is not null
                orderby TaskSchedule.EffectiveDeadline(item, task)!.DueDate, item.Order, task.Order
                select (new TaskRef(task.Id, item.Heading, task.Description, new PlanRef(plan.Id, plan.Year, plan.VersionNumber, communeName)),
                    TaskSchedule.EffectiveDeadline(item, task)!.DueDate, testAccounts[leadAccount]);
            var (first, due, account) = candidates.First();
            return (first, due, account.Item1, account.Item2);
        });
    }

    private static async Task<MimeKit.MimeMessage> MailAsync(TestSmtpServer smtp, string address, Func<MimeKit.MimeMessage, bool> match)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (smtp.To(address).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching message reached {address} in 30 s; {smtp.Received.Count} message(s) received in all.");
    }
}
