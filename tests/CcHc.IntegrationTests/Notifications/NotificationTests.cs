using System.Diagnostics;
using System.Net;
using CcHc.Domain.Notifications;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Notifications;
using CcHc.Infrastructure.Persistence;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Notifications;

/// <summary>
/// Notifications end to end on the real host: the workflow's posts create them in the same save as the step, the bell
/// counts them, the list opens and marks them, and each e-mail reaches a real SMTP server on loopback with its
/// Vietnamese subject and body; a user never reaches another's notification.
/// </summary>
public sealed class NotificationTests : IClassFixture<NotificationFactory>
{
    private const string Chairman = "t.chairman.camson";
    private const string Clerk = "t.clerk.camson";
    private const string Reviewer = "t.reviewer.camxuyen";
    private const string Staff = "t.staff.camson";

    private readonly NotificationFactory _factory;
    private readonly ITestOutputHelper _output;

    public NotificationTests(NotificationFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
    }

    [Fact]
    public async Task A_plan_from_submission_to_issue_tells_each_person_in_the_app_and_by_email()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        var details = $"/Plans/Details/{planId}";
        var year = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.Year).SingleAsync());
        var planName = $"kế hoạch khắc phục năm {year} của xã Cẩm Sơn";
        using var clerk = await TestAccounts.SignedInAsync(_factory, Clerk);
        using var chairman = await TestAccounts.SignedInAsync(_factory, Chairman);
        using var staff = await TestAccounts.SignedInAsync(_factory, Staff);
        var before = _factory.Smtp.Received.Count;

        await StepAsync(clerk, details, "Submit");

        // The chairman's bell, list and mailbox.
        var home = await chairman.GetStringAsync(new Uri("/Notifications", UriKind.Relative));
        Assert.Matches("id=\"nav-bell\"[^>]*data-unread=\"1\"", home);
        Assert.Contains($"Kế hoạch chờ phê duyệt: {planName}", WebUtility.HtmlDecode(home), StringComparison.Ordinal);
        var submitted = await MailAsync(Address(Chairman), 1);
        Assert.Equal($"Kế hoạch chờ phê duyệt: {planName}", submitted.Subject);
        Assert.Contains("Công chức Cẩm Sơn (test) đã trình", submitted.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Xem chi tiết: https://cchc.test/Plans/Details/{planId}", submitted.TextBody, StringComparison.Ordinal);
        Assert.Contains("Kính gửi Chủ tịch Cẩm Sơn (test),", submitted.TextBody, StringComparison.Ordinal);
        Assert.Empty(_factory.Smtp.To(Address(Clerk)));  // the actor is not told of their own step

        await StepAsync(chairman, details, "Return", ("Comment", "Bổ sung nguyên nhân cho lĩnh vực 7."));
        var returned = await MailAsync(Address(Clerk), 1);
        Assert.Equal($"Kế hoạch bị trả lại: {planName}", returned.Subject);
        Assert.Contains("\"Bổ sung nguyên nhân cho lĩnh vực 7.\"", returned.TextBody, StringComparison.Ordinal);

        await StepAsync(clerk, details, "Resume");
        await StepAsync(clerk, details, "Submit");
        await StepAsync(chairman, details, "Approve");
        Assert.Equal($"Kế hoạch đã được phê duyệt: {planName}", (await MailAsync(Address(Clerk), 2)).Subject);
        await StepAsync(clerk, details, "Issue", ("DocumentNumber", "7"), ("IssueDate", "2024-02-05"));

        // Issued: the office's reviewer and the holders of the plan's tasks (the staff member's title leads or supports some).
        var issuedSubject = $"Kế hoạch đã ban hành: {planName}";
        Assert.Equal(issuedSubject, (await MailAsync(Address(Reviewer), 1)).Subject);
        var toStaff = await MailAsync(Address(Staff), 1);
        Assert.Equal(issuedSubject, toStaff.Subject);
        Assert.Contains("Số: 07/KH-UBND, ngày 05/02/2024", toStaff.TextBody, StringComparison.Ordinal);

        // Every e-mail went exactly once, and each is one outbox row marked sent.
        var sent = _factory.Smtp.Received.Skip(before).Select(r => r.Message.MessageId).ToList();
        Assert.Equal(sent.Count, sent.Distinct().Count());
        var outbox = await DatabaseProbe.QueryAsync(_factory, db => db.OutboxMessages.Where(m => m.SentAt != null).CountAsync());
        Assert.True(outbox >= sent.Count);
        _output.WriteLine($"{sent.Count} e-mails for one plan's workflow");

        // The staff member opens the notification from the list: it is marked read and leads to the plan.
        var list = await staff.GetStringAsync(new Uri("/Notifications", UriKind.Relative));
        var id = await DatabaseProbe.QueryAsync(_factory, db => db.Notifications
            .Where(n => n.UserId == db.Users.Where(u => u.UserName == Staff).Select(u => u.Id).Single() && n.Kind == NotificationKind.PlanIssued)
            .Select(n => n.Id).SingleAsync());
        var token = HtmlForm.Parse(list)["__RequestVerificationToken"];
        using var open = await staff.PostFormWithTokenAsync($"/Notifications?handler=Open&id={id}", token, []);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal(details, open.Headers.Location?.OriginalString);
        Assert.NotNull(await DatabaseProbe.QueryAsync(_factory, db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task Nobody_reads_or_marks_another_users_notification_and_mark_all_marks_only_ones_own()
    {
        var (chairmanId, staffId) = await DatabaseProbe.QueryAsync(_factory, async db => (
            await db.Users.Where(u => u.UserName == "t.chairman.trieutrach").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.UserName == Staff).Select(u => u.Id).SingleAsync()));
        var theirs = await AddAsync(chairmanId, "Thông báo riêng của Chủ tịch Triệu Trạch");
        var mine = await AddAsync(staffId, "Thông báo của công chức");
        using var staff = await TestAccounts.SignedInAsync(_factory, Staff);

        var list = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri("/Notifications", UriKind.Relative)));
        Assert.DoesNotContain("Thông báo riêng của Chủ tịch Triệu Trạch", list, StringComparison.Ordinal);
        Assert.Contains("Thông báo của công chức", list, StringComparison.Ordinal);
        var token = HtmlForm.Parse(list)["__RequestVerificationToken"];
        using var open = await staff.PostFormWithTokenAsync($"/Notifications?handler=Open&id={theirs}", token, []);
        using var read = await staff.PostFormWithTokenAsync($"/Notifications?handler=Read&id={theirs}", token, []);
        using var all = await staff.PostFormWithTokenAsync("/Notifications?handler=ReadAll", token, []);

        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Null(await ReadAtAsync(theirs));
        Assert.NotNull(await ReadAtAsync(mine));

        // Without the antiforgery token, nothing is marked.
        var other = await AddAsync(staffId, "Một thông báo nữa");
        using var forged = await staff.PostAsync(new Uri($"/Notifications?handler=Read&id={other}", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(await ReadAtAsync(other));
    }

    [Fact]
    public async Task A_user_sets_their_own_address_a_wrong_one_is_refused_beside_the_field_and_an_empty_one_means_in_app_only()
    {
        using var staff = await TestAccounts.SignedInAsync(_factory, "t.staff.camson");
        var page = await staff.GetStringAsync(new Uri("/Notifications", UriKind.Relative));
        var token = HtmlForm.Parse(page, "email-preferences")["__RequestVerificationToken"];

        using var wrong = await staff.PostFormWithTokenAsync("/Notifications?handler=Preferences", token, [new("Address", "vanthu.camson@@hatinh")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var html = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("Địa chỉ thư điện tử không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("value=\"vanthu.camson@@hatinh\"", html, StringComparison.Ordinal);
        Assert.Equal(Address("t.staff.camson"), await EmailOfAsync("t.staff.camson"));

        using var set = await staff.PostFormWithTokenAsync("/Notifications?handler=Preferences", token, [new("Address", "  congchuc.camson@hatinh.gov.vn ")]);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("congchuc.camson@hatinh.gov.vn", await EmailOfAsync("t.staff.camson"));
        var shown = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri("/Notifications", UriKind.Relative)));
        Assert.Contains("Đã chọn nhận thư cho từng thông báo tại congchuc.camson@hatinh.gov.vn.", shown, StringComparison.Ordinal);

        using var cleared = await staff.PostFormWithTokenAsync("/Notifications?handler=Preferences", token, [new("Address", "")]);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Null(await EmailOfAsync("t.staff.camson"));

        using var restored = await staff.PostFormWithTokenAsync("/Notifications?handler=Preferences", token, [new("Address", Address("t.staff.camson"))]);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
    }

    private Task<string?> EmailOfAsync(string userName) =>
        DatabaseProbe.QueryAsync(_factory, db => db.Users.Where(u => u.UserName == userName).Select(u => u.Email).SingleAsync());

    [Fact]
    public async Task A_user_who_turned_email_off_is_told_in_the_app_only_and_a_digest_user_gets_one_mail_a_day()
    {
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.trieutrach");
        var page = await chairman.GetStringAsync(new Uri("/Notifications", UriKind.Relative));
        var form = HtmlForm.Parse(page, "email-preferences");
        using var saved = await chairman.PostFormWithTokenAsync("/Notifications?handler=Preferences", form["__RequestVerificationToken"],
            [new("Address", form["Address"]), new("EmailOff", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.trieutrach");
        page = await clerk.GetStringAsync(new Uri("/Notifications", UriKind.Relative));
        form = HtmlForm.Parse(page, "email-preferences");
        Assert.Equal(Address("t.clerk.trieutrach"), form["Address"]);
        using var digest = await clerk.PostFormWithTokenAsync("/Notifications?handler=Preferences", form["__RequestVerificationToken"],
            [new("Address", form["Address"]), new("DailyDigest", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, digest.StatusCode);

        var (chairmanUser, clerkUser) = await DatabaseProbe.QueryAsync(_factory, async db => (
            await db.Users.SingleAsync(u => u.UserName == "t.chairman.trieutrach"),
            await db.Users.SingleAsync(u => u.UserName == "t.clerk.trieutrach")));
        Assert.True(chairmanUser.EmailOff);
        Assert.True(clerkUser.DailyDigest);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
            var db = scope.ServiceProvider.GetRequiredService<CcHcDbContext>();
            Recipient Of(ApplicationUser u) => new(u.Id, u.DisplayName, u.Email, u.EmailOff, u.DailyDigest);
            notifier.Add([Of(chairmanUser), Of(clerkUser)], null, new NotificationMessage(NotificationKind.PlanApproved, "Thư thử một", "Nội dung", "/Plans"));
            notifier.Add([Of(clerkUser)], null, new NotificationMessage(NotificationKind.PlanReturned, "Thư thử hai", "Nội dung", "/Plans"));
            await db.SaveChangesAsync();
            Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.UserId == chairmanUser.Id || m.UserId == clerkUser.Id));

            var daily = scope.ServiceProvider.GetRequiredService<DailyNotifications>();
            Assert.Equal(1, await daily.CreateDigestsAsync(CancellationToken.None));
            Assert.Equal(0, await daily.CreateDigestsAsync(CancellationToken.None)); // once a day
        }

        var mail = await MailAsync(Address("t.clerk.trieutrach"), 1);
        Assert.StartsWith("Tổng hợp thông báo ngày ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("- Thư thử một", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Thư thử hai", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(_factory.Smtp.To(Address("t.chairman.trieutrach")));
        Assert.Equal(1, await DatabaseProbe.QueryAsync(_factory, db => db.Notifications.CountAsync(n => n.UserId == chairmanUser.Id && n.Subject == "Thư thử một")));
    }

    private static string Address(string userName) => IdentitySeeder.DemoAddress(userName);

    private async Task<MimeKit.MimeMessage> MailAsync(string address, int count)
    {
        var stopwatch = Stopwatch.StartNew();
        while (_factory.Smtp.To(address).Count < count && stopwatch.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(50);
        }

        var mails = _factory.Smtp.To(address);
        Assert.True(mails.Count >= count, $"{address}: {mails.Count} e-mail(s), expected {count}");
        return mails[count - 1];
    }

    private static async Task StepAsync(HttpClient client, string details, string handler, params (string Key, string Value)[] fields)
    {
        using var response = await PlanSteps.PostAsync(client, details, handler, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<Guid> AddAsync(string userId, string subject)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CcHcDbContext>();
        var notification = new Notification { UserId = userId, Kind = NotificationKind.PlanApproved, Subject = subject, Body = subject, Link = "/", CreatedAt = TimeProvider.System.GetUtcNow() };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    private Task<DateTimeOffset?> ReadAtAsync(Guid id) =>
        DatabaseProbe.QueryAsync(_factory, db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync());
}
