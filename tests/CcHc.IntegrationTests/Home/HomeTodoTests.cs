using System.Net;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Persistence;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Tracking;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CcHc.IntegrationTests.Home;

/// <summary>The real host at 20/12/2024 in Vietnam (as the tracking tests), its SQL commands counted.</summary>
public sealed class HomeTodoFactory : CcHcWebApplicationFactory
{
    public SqlCommandCounter Counter { get; } = new();

    public FakeTimeProvider Clock { get; } = new(TrackingWebApplicationFactory.Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(50) };

    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Security:LoginRequestsPerIpPerMinute", "10000"), ("Security:LoginAttemptsPerUserPerWindow", "10000")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureDbContext<CcHcDbContext>(o => o.AddInterceptors(Counter));
        });
    }
}

/// <summary>
/// Issue 18, "To-do home pages": each role's home page starts with what it should do next — staff their tasks overdue
/// or due within 14 days, the clerk the next step of each plan, the reviewer the communes behind the office's due date —
/// in a fixed number of SQL commands.
/// </summary>
public sealed class HomeTodoTests : IClassFixture<HomeTodoFactory>
{
    private readonly HomeTodoFactory _factory;

    public HomeTodoTests(HomeTodoFactory factory) => _factory = factory;

    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var end = page.IndexOf("</ul>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    [Fact]
    public async Task A_staff_members_home_starts_with_their_tasks_due_within_fourteen_days_and_not_another_positions()
    {
        using var finance = await TrackingTestSupport.SignInAsync(_factory, TrackingTestSupport.Finance);
        var disbursement = await TrackingTestSupport.SonKyTaskAsync(_factory, "6.1.1");
        var contest = await TrackingTestSupport.SonKyTaskAsync(_factory, "1.4.2");

        var home = WebUtility.HtmlDecode(await finance.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.True(home.IndexOf("id=\"home-todo\"", StringComparison.Ordinal) < home.IndexOf("Kết quả Chỉ số CCHC", StringComparison.Ordinal), "the to-do comes first");
        var tasks = Section(home, "todo-tasks");
        Assert.Contains($"data-task-id=\"{disbursement}\"", tasks, StringComparison.Ordinal);
        Assert.Contains("data-state=\"DueSoon\"", tasks, StringComparison.Ordinal);
        Assert.Contains("Hạn chót 31/12/2024", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain(contest.ToString(), home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clerks_home_asks_for_the_signed_copy_of_the_issued_plan()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");

        var steps = Section(WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/", UriKind.Relative))), "todo-steps");

        Assert.Contains($"data-kind=\"UploadSignedCopy\" data-plan-id=\"{planId}\"", steps, StringComparison.Ordinal);
        Assert.Contains("Đã ban hành: tải lên bản đã ký số", steps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reviewers_home_lists_communes_behind_the_due_date_in_the_same_number_of_commands_however_many()
    {
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        var officeId = await DatabaseProbe.QueryAsync(_factory, db => db.OversightOffices.Where(o => o.Name == "Phòng Nội vụ huyện Sơn Hà").Select(o => o.Id).SingleAsync());
        await reviewer.GetStringAsync(new Uri("/", UriKind.Relative));

        using (_factory.Counter.Record())
        {
            await reviewer.GetStringAsync(new Uri("/", UriKind.Relative));
        }

        var without = _factory.Counter.FeatureCommands.Count;

        // The office's due date for the plans answering the 2024 results is near (10/01/2025) and Sơn Kỳ has issued
        // none; for the 2023 results it was 31/01/2024.
        await AddDueDateAsync(officeId, 2024, new DateOnly(2025, 1, 10));
        await AddDueDateAsync(officeId, 2023, new DateOnly(2024, 1, 31));
        string home;
        using (_factory.Counter.Record())
        {
            home = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/", UriKind.Relative)));
        }

        var notices = Section(home, "todo-notices");
        Assert.Contains("data-kind=\"Behind\"", notices, StringComparison.Ordinal);
        Assert.Contains("Chưa ban hành kế hoạch khắc phục kết quả năm 2024 (hạn 10/01/2025)", notices, StringComparison.Ordinal);
        Assert.Contains("xã Sơn Kỳ", notices, StringComparison.Ordinal);

        // Sơn Kỳ issued its plan answering the 2023 results on 16/02/2024, after the 31/01/2024 due date: late.
        Assert.Contains("Chưa ban hành kế hoạch khắc phục kết quả năm 2023 (hạn 31/01/2024 đã qua)", notices, StringComparison.Ordinal);
        Assert.Equal(without, _factory.Counter.FeatureCommands.Count);
    }

    private Task<int> AddDueDateAsync(Guid officeId, int year, DateOnly due) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        db.SubmissionDueDates.Add(new SubmissionDueDate(officeId, year, due));
        return await db.SaveChangesAsync();
    });
}
