using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CcHc.IntegrationTests.Dashboard;

/// <summary>A day in the middle of 2024 (Vietnam time), when some of the demo plans' quarter deadlines have passed.</summary>
public sealed class DashboardFactory : CcHcWebApplicationFactory
{
    public static readonly DateTimeOffset Now = new(2024, 7, 15, 9, 0, 0, TimeSpan.FromHours(7));

    public FakeTimeProvider Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>The commune dashboard shows the domain's numbers, labels sample years and keeps to the caller's scope.</summary>
public sealed partial class DashboardPageTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory _factory;

    public DashboardPageTests(DashboardFactory factory) => _factory = factory;

    [Fact]
    public async Task The_points_lost_per_field_of_cam_son_2023_are_the_evaluations()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        var page = await clerk.GetStringAsync(new Uri("/Dashboard", UriKind.Relative));

        var expected = await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var assessment = await db.Assessments.Include(a => a.Scores)
                .SingleAsync(a => db.Communes.Any(c => c.Id == a.CommuneId && c.Name == "xã Cẩm Sơn") && a.Year == 2023);
            var set = await db.CriteriaSets.Include(s => s.Nodes).SingleAsync(s => s.Id == assessment.CriteriaSetId);
            return assessment.Evaluate(set).Fields.Select(f => (f.Node.Title, f.Deduction!.Value)).ToList();
        });
        var chart = Chart(page, "chart-deductions");
        var bars = Bars().Matches(chart).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(8, bars.Count);
        Assert.Equal(expected, bars);
        Assert.Contains(">1,87</text>", chart, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", chart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_2022_prior_year_is_compared_and_labelled_as_sample_data_and_2023_is_not()
    {
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");

        var page = WebUtility.HtmlDecode(await chairman.GetStringAsync(new Uri("/Dashboard", UriKind.Relative)));

        Assert.Contains("Dữ liệu mẫu — không phải kết quả công bố", page, StringComparison.Ordinal);
        var rows = YearRows().Matches(page).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["2022", "2023"], rows.Keys.Order());
        Assert.Contains("Dữ liệu mẫu — không phải kết quả công bố", rows["2022"], StringComparison.Ordinal);
        Assert.DoesNotContain("Dữ liệu mẫu", rows["2023"], StringComparison.Ordinal);
        Assert.Contains("78,25", rows["2022"], StringComparison.Ordinal);
        Assert.Contains("85,08", rows["2023"], StringComparison.Ordinal);
        var totals = Chart(page, "chart-totals");
        Assert.Contains("2022 (dữ liệu mẫu)", totals, StringComparison.Ordinal);
        Assert.Contains("Dữ liệu mẫu — không phải kết quả công bố", totals, StringComparison.Ordinal);
        Assert.Contains("data-series=\"2022 (dữ liệu mẫu)\"", Chart(page, "chart-fields"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_counts_and_the_overdue_list_of_son_ky_follow_the_domain_on_the_fake_clock()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).SingleAsync(p => p.Id == planId);
            var tasks = plan.Items.SelectMany(i => i.Tasks).ToList();
            plan.RecordProgress(tasks[0].Id, TaskProgress.Done, out _);
            plan.RecordProgress(tasks[1].Id, TaskProgress.InProgress, out _);
            return await db.SaveChangesAsync();
        });
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/Dashboard", UriKind.Relative)));

        var today = VietnamTime.Today(_factory.Clock);
        Assert.Equal(new DateOnly(2024, 7, 15), today);
        var plan = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.AsNoTracking().Include(p => p.Items).ThenInclude(i => i.Tasks).SingleAsync(p => p.Id == planId));
        var states = plan.Items.SelectMany(i => i.Tasks.Select(t => (Task: t, State: TaskSchedule.Classify(i, t, today)))).ToList();
        Assert.Equal(states.Count.ToString(CultureInfo.InvariantCulture), Value(page, "tasks-total"));
        Assert.Equal(states.Count(s => s.Task.Progress == TaskProgress.NotStarted).ToString(CultureInfo.InvariantCulture), Value(page, "tasks-not-started"));
        var done = states.Count(s => s.Task.Progress == TaskProgress.Done);
        Assert.True(done >= 1);
        Assert.Equal(states.Count(s => s.Task.Progress == TaskProgress.InProgress).ToString(CultureInfo.InvariantCulture), Value(page, "tasks-in-progress"));
        Assert.Equal(done.ToString(CultureInfo.InvariantCulture), Value(page, "tasks-done"));
        var overdue = states.Where(s => s.State == DueState.Overdue).Select(s => s.Task.Id.ToString()).Order().ToList();
        Assert.NotEmpty(overdue);
        Assert.Equal(overdue.Count.ToString(CultureInfo.InvariantCulture), Value(page, "tasks-overdue"));
        Assert.Equal(states.Count(s => s.State == DueState.DueSoon).ToString(CultureInfo.InvariantCulture), Value(page, "tasks-due-soon"));
        Assert.Equal(overdue, OverdueRows().Matches(page).Select(m => m.Groups[1].Value).Order().ToList());
        Assert.Contains($"data-label=\"Hoàn thành\" data-value=\"{done}\"", Chart(page, "chart-tasks"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commune_user_cannot_open_another_communes_dashboard_and_a_reviewer_only_its_offices()
    {
        var trieuTrach = await CommuneIdAsync("xã Triệu Trạch");
        var camSon = await CommuneIdAsync("xã Cẩm Sơn");
        var sonKy = await CommuneIdAsync("xã Sơn Kỳ");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.camxuyen");

        using var foreign = await clerk.GetAsync(new Uri($"/Dashboard?communeId={trieuTrach}", UriKind.Relative));
        using var othersOffice = await reviewer.GetAsync(new Uri($"/Dashboard?communeId={sonKy}", UriKind.Relative));
        using var ownOffice = await reviewer.GetAsync(new Uri($"/Dashboard?communeId={camSon}", UriKind.Relative));
        var choices = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Dashboard", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersOffice.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownOffice.StatusCode);
        Assert.Contains("xã Cẩm Sơn", await ownOffice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("xã Cẩm Sơn", choices, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Sơn Kỳ", choices, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Triệu Trạch", choices, StringComparison.Ordinal);
    }

    private Task<Guid> CommuneIdAsync(string name) =>
        DatabaseProbe.QueryAsync(_factory, db => Admin.AdminTestSupport.CommuneIdAsync(db, name));

    private static string Chart(string page, string id)
    {
        var start = page.IndexOf($"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"chart {id} missing");
        return page[start..(page.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    private static string Value(string page, string id)
    {
        var match = Regex.Match(page, $"id=\"{id}\">([^<]*)<");
        Assert.True(match.Success, $"{id} missing");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<g class=\"bar\" data-label=\"([^\"]*)\" data-value=\"([0-9.]+)\">")]
    private static partial Regex Bars();

    [GeneratedRegex("<tr data-year=\"(\\d+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex YearRows();

    [GeneratedRegex("<tr data-task=\"([0-9a-f-]+)\">")]
    private static partial Regex OverdueRows();
}
