using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Office;

/// <summary>
/// The province's overview on a real host and a real SQLite file: filters kept in the query string and followed by the
/// .xlsx, classification from the bands, counts over every commune, the due date and who is late, the same number of
/// SQL commands for 5 and for 50 communes, revision requests (real form posts), the admin home's search and paging.
/// </summary>
public sealed partial class OverviewTests : IClassFixture<OverviewFactory>
{
    private static readonly string[] XlsxParameters = ["handler=Xlsx", "sort=total", "dir=desc", "year=2023", "group=Xa", "state=None"];

    private readonly OverviewFactory _factory;
    private readonly ITestOutputHelper _output;

    public OverviewTests(OverviewFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
    }

    [Fact]
    public async Task The_overview_runs_the_same_number_of_sql_commands_for_5_and_for_50_communes()
    {
        using var small = await TestAccounts.SignedInAsync(_factory, OverviewFactory.SmallReviewer);
        using var large = await TestAccounts.SignedInAsync(_factory, OverviewFactory.LargeReviewer);
        await small.GetStringAsync(new Uri("/Office", UriKind.Relative));
        await large.GetStringAsync(new Uri("/Office", UriKind.Relative));

        _factory.Counter.Reset();
        var smallPage = await small.GetStringAsync(new Uri("/Office", UriKind.Relative));
        var for5 = _factory.Counter.Count;
        _factory.Counter.Reset();
        var largePage = await large.GetStringAsync(new Uri("/Office", UriKind.Relative));
        var for50 = _factory.Counter.Count;
        _output.WriteLine($"SQL commands: {for5} for 5 communes, {for50} for 50");

        Assert.Equal(5, Rows(smallPage).Count);
        Assert.Equal(OverviewFactory.Large, Rows(largePage).Count);
        Assert.Equal(for5, for50);
        // 17 with the notifications' bell in the layout (one COUNT of the caller's unread notifications).
        Assert.InRange(for50, 6, 17);
    }

    [Fact]
    public async Task Year_group_and_state_filters_ride_in_the_query_string_and_counts_cover_every_commune()
    {
        using var large = await TestAccounts.SignedInAsync(_factory, OverviewFactory.LargeReviewer);

        var all = WebUtility.HtmlDecode(await large.GetStringAsync(new Uri("/Office", UriKind.Relative)));
        Assert.Matches("<option value=\"2023\" selected=\"selected\">2023</option>", all);
        Assert.All(Rows(all), r => Assert.Equal("2023", r["year"]));
        Assert.Equal(OverviewFactory.WithoutPlan, Count(all, "None"));
        Assert.Equal(OverviewFactory.Large - OverviewFactory.WithoutPlan, Count(all, "Issued"));
        Assert.Equal(0, Count(all, "Draft"));
        Assert.Equal(OverviewFactory.WithoutPlan, Rows(all).Count(r => r["state"] == "None"));

        // Classification from the set's bands, for every scored row.
        Assert.All(Rows(all), r => Assert.NotEqual(string.Empty, r["class-level"]));
        Assert.Matches("<td>\\s*(Tốt|Khá|Trung bình|Kém)\\s", all);

        // Overdue work: mid-July 2024, quarter deadlines of 2024 not done.
        var overdue = Regex.Match(all, "data-count=\"Overdue\">Có nhiệm vụ quá hạn: <strong>(\\d+)</strong> xã \\((\\d+) nhiệm vụ\\)");
        Assert.True(overdue.Success, "no overdue count");
        var overdueTasks = Rows(all).Sum(r => r["overdue"].Length == 0 ? 0 : int.Parse(r["overdue"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(overdueTasks.ToString(System.Globalization.CultureInfo.InvariantCulture), overdue.Groups[2].Value);
        Assert.True(overdueTasks > 0);

        var wards = WebUtility.HtmlDecode(await large.GetStringAsync(new Uri("/Office?year=2023&group=Phuong", UriKind.Relative)));
        Assert.Equal(OverviewFactory.Wards, Rows(wards).Count);
        Assert.All(Rows(wards), r => Assert.StartsWith("phường ", r["commune"], StringComparison.Ordinal));
        Assert.Contains("Kết quả năm 2023: 10 xã", wards, StringComparison.Ordinal);

        var none = WebUtility.HtmlDecode(await large.GetStringAsync(new Uri("/Office?year=2023&group=Xa&state=None&sort=total&dir=desc", UriKind.Relative)));
        Assert.Equal(OverviewFactory.WithoutPlan, Rows(none).Count);
        Assert.All(Rows(none), r => Assert.Equal("None", r["state"]));
        // The counts still cover the whole group, not only the rows the state filter shows.
        Assert.Equal(OverviewFactory.Large - OverviewFactory.Wards - OverviewFactory.WithoutPlan, Count(none, "Issued"));
        // Sorting links and downloads keep the filters.
        Assert.Contains("sort=commune&dir=asc&year=2023&group=Xa&state=None", none, StringComparison.Ordinal);
        var xlsxLink = Regex.Match(Regex.Match(none, "<a [^>]*id=\"download-xlsx\"[^>]*>").Value, "href=\"([^\"]*)\"");
        Assert.True(xlsxLink.Success, "no .xlsx link");
        Assert.All(XlsxParameters, p => Assert.Contains(p, xlsxLink.Groups[1].Value, StringComparison.Ordinal));

        using var xlsx = await large.GetAsync(new Uri("/Office?handler=Xlsx&sort=total&dir=desc&year=2023&group=Xa&state=None", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(OfficeWorkbook.SheetName);
        var names = Enumerable.Range(SheetLayout.FirstDataRow, OverviewFactory.WithoutPlan).Select(l => sheet.Cell(l, 2).GetString()).ToList();
        Assert.Equal(Rows(none).Select(r => r["commune"]), names);
        Assert.Equal(OfficeWorkbook.SumLabel, sheet.Cell(SheetLayout.FirstDataRow + OverviewFactory.WithoutPlan, 2).GetString());

        // A year without data lists every commune with nothing for it (no plan); an unknown state filters nothing.
        var empty = await large.GetStringAsync(new Uri("/Office?year=2021", UriKind.Relative));
        Assert.Equal(OverviewFactory.Large, Rows(empty).Count);
        Assert.All(Rows(empty), r => Assert.True(r["year"].Length == 0 && r["state"] == "None"));
        Assert.Equal(OverviewFactory.Large, Count(empty, "None"));
        Assert.Equal(OverviewFactory.Large, Rows(await large.GetStringAsync(new Uri("/Office?state=Bogus", UriKind.Relative))).Count);
    }

    [Fact]
    public async Task The_office_sets_a_due_date_and_the_overview_lists_who_has_not_issued_by_then()
    {
        using var small = await TestAccounts.SignedInAsync(_factory, OverviewFactory.SmallReviewer);
        var page = await small.GetStringAsync(new Uri("/Office?year=2023", UriKind.Relative));
        var form = HtmlForm.Parse(page, "due-date-form");

        // The generated plans were issued on 03/02/2024: a due date of 31/01/2024 makes all five late.
        form["NewDueDate"] = "2024-01-31";
        using (var response = await small.SubmitAsync("/Office?handler=DueDate&year=2023", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var late = WebUtility.HtmlDecode(await small.GetStringAsync(new Uri("/Office?year=2023", UriKind.Relative)));
        Assert.Contains("id=\"due-date-value\">31/01/2024<", late, StringComparison.Ordinal);
        Assert.Equal(5, LatePattern().Count(late));
        Assert.Contains("ban hành sau hạn", late, StringComparison.Ordinal);

        form["NewDueDate"] = "2024-02-29";
        using (var response = await small.SubmitAsync("/Office?handler=DueDate&year=2023", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var onTime = await small.GetStringAsync(new Uri("/Office?year=2023", UriKind.Relative));
        Assert.Empty(LatePattern().Matches(onTime));
        Assert.Equal(1, await DatabaseProbe.QueryAsync(_factory, db => db.SubmissionDueDates.CountAsync(d => d.Year == 2023 && d.DueDate == new DateOnly(2024, 2, 29))));

        // A date outside the results year's span is refused where it was typed, nothing saved.
        form["NewDueDate"] = "2030-01-01";
        using (var refused = await small.SubmitAsync("/Office?handler=DueDate&year=2023", form))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Hạn nộp kế hoạch cho kết quả năm 2023", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(0, await DatabaseProbe.QueryAsync(_factory, db => db.SubmissionDueDates.CountAsync(d => d.DueDate.Year == 2030)));

        // The commune's clerk sees its office's due date on the dashboard.
        using var sonha = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        var sonhaForm = HtmlForm.Parse(await sonha.GetStringAsync(new Uri("/Office?year=2023", UriKind.Relative)), "due-date-form");
        sonhaForm["NewDueDate"] = "2024-09-30";
        using (var response = await sonha.SubmitAsync("/Office?handler=DueDate&year=2023", sonhaForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        var dashboard = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/Dashboard", UriKind.Relative)));
        Assert.Contains("id=\"due-date-notice\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("30/09/2024", dashboard, StringComparison.Ordinal);
        using var camson = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        Assert.DoesNotContain("id=\"due-date-notice\"", await camson.GetStringAsync(new Uri("/Dashboard", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overseeing_office_asks_to_revise_an_issued_plan_the_commune_sees_it_and_a_new_version_answers_it()
    {
        var planId = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => db.Communes.Any(c => c.Id == p.CommuneId && c.Name == "xã Sơn Kỳ") && p.Status == PlanStatus.Issued)
            .OrderByDescending(p => p.VersionNumber).Select(p => p.Id).FirstAsync());
        var details = $"/Plans/Details/{planId}";

        // Another office does not find the plan; the administrator and the commune's own clerk may not ask.
        using var other = await TestAccounts.SignedInAsync(_factory, "t.reviewer.camxuyen");
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        var reason = new[] { KeyValuePair.Create("RevisionReason", "Bổ sung kinh phí thực hiện nhiệm vụ.") };
        using (var refused = await other.PostFormAsync("/Account/ChangePassword", $"{details}?handler=Revision", reason))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        foreach (var client in new[] { admin, clerk })
        {
            using var refused = await client.PostFormAsync(details, $"{details}?handler=Revision", reason);
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal), $"{(int)refused.StatusCode}");
        }

        Assert.Equal(0, await DatabaseProbe.QueryAsync(_factory, db => db.RevisionRequests.CountAsync()));
        Assert.DoesNotContain("id=\"revision-form\"", await clerk.GetStringAsync(new Uri(details, UriKind.Relative)), StringComparison.Ordinal);

        // The overseeing office: a reason is required, then the request is recorded and audited.
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        var form = HtmlForm.Parse(await reviewer.GetStringAsync(new Uri(details, UriKind.Relative)), "revision-form");
        using (var blank = await reviewer.SubmitAsync($"{details}?handler=Revision", form))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
            Assert.Contains("Nhập lý do yêu cầu sửa đổi.", WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        form["RevisionReason"] = "Bổ sung kinh phí thực hiện nhiệm vụ 1.3.2.";
        using (var sent = await reviewer.SubmitAsync($"{details}?handler=Revision", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        Assert.Equal(1, await DatabaseProbe.QueryAsync(_factory, db => db.RevisionRequests.CountAsync(r => r.PlanId == planId && r.AnsweredByPlanId == null)));
        Assert.True(await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.AnyAsync(a => a.EntityType == "RevisionRequest")));
        var office = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Office?year=2023", UriKind.Relative)));
        Assert.Contains("Đã yêu cầu sửa đổi", office, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"revision-form\"", await reviewer.GetStringAsync(new Uri(details, UriKind.Relative)), StringComparison.Ordinal);

        // The clerk and the chairman see it on the dashboard and on the plan page.
        using var chairman = await TestAccounts.SignedInAsync(_factory, OverviewFactory.SonKyChairman);
        foreach (var client in new[] { clerk, chairman })
        {
            var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/Dashboard", UriKind.Relative)));
            Assert.Contains("Cơ quan theo dõi yêu cầu sửa đổi kế hoạch", dashboard, StringComparison.Ordinal);
            Assert.Contains("Bổ sung kinh phí thực hiện nhiệm vụ 1.3.2.", dashboard, StringComparison.Ordinal);
            var plan = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(details, UriKind.Relative)));
            Assert.Contains("Bổ sung kinh phí thực hiện nhiệm vụ 1.3.2.", plan, StringComparison.Ordinal);
            Assert.Contains("data-open=\"true\"", plan, StringComparison.Ordinal);
        }

        // The clerk starts version N+1: the request is answered by it.
        var newVersion = HtmlForm.ParseContaining(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)), "__RequestVerificationToken");
        using (var started = await clerk.SubmitAsync($"{details}?handler=NewVersion", newVersion))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        var next = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.PreviousVersionId == planId).Select(p => new { p.Id, p.VersionNumber }).SingleAsync());
        var answered = await DatabaseProbe.QueryAsync(_factory, db => db.RevisionRequests.SingleAsync(r => r.PlanId == planId));
        Assert.Equal(next.Id, answered.AnsweredByPlanId);
        Assert.Equal(next.VersionNumber, answered.AnsweredByVersion);
        Assert.NotNull(answered.AnsweredAt);
        var after = WebUtility.HtmlDecode(await chairman.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains("Đã trả lời", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Cơ quan theo dõi yêu cầu sửa đổi kế hoạch", await clerk.GetStringAsync(new Uri("/Dashboard", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_home_is_searched_by_name_or_province_and_paged()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        var first = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("/", UriKind.Relative)));
        var total = 5 + 5 + OverviewFactory.Large;
        Assert.Equal(CcHc.Web.Pages.IndexModel.PageSize, CommunePattern().Count(first));
        Assert.Contains($"{total} xã — trang 1/{(total + 19) / 20}", first, StringComparison.Ordinal);
        Assert.Contains("id=\"commune-pages\"", first, StringComparison.Ordinal);

        var last = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"/?p={(total + 19) / 20}", UriKind.Relative)));
        Assert.Equal(total - (((total + 19) / 20) - 1) * 20, CommunePattern().Count(last));
        Assert.Empty(CommunePattern().Matches(first).Select(m => m.Groups[1].Value).Intersect(CommunePattern().Matches(last).Select(m => m.Groups[1].Value)));

        // Case and diacritics ignored; by province too.
        var camSon = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("/?q=cam%20son", UriKind.Relative)));
        Assert.Equal(["xã Cẩm Sơn"], CommunePattern().Matches(camSon).Select(m => m.Groups[1].Value));
        var haTinh = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("/?q=Hà%20Tĩnh", UriKind.Relative)));
        Assert.Contains("xã Cẩm Sơn", CommunePattern().Matches(haTinh).Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("xã Sơn Kỳ", CommunePattern().Matches(haTinh).Select(m => m.Groups[1].Value));
        var nothing = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("/?q=Không%20có%20xã%20này", UriKind.Relative)));
        Assert.Empty(CommunePattern().Matches(nothing));
        Assert.Contains("Không tìm thấy xã nào", nothing, StringComparison.Ordinal);
    }

    private static int Count(string page, string state)
    {
        var match = Regex.Match(page, $"data-count=\"{state}\"[^>]*>[^<]*<strong>(\\d+)</strong>");
        Assert.True(match.Success, $"no count for {state}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<Dictionary<string, string>> Rows(string page) =>
        RowPattern().Matches(page).Select(m => AttributePattern().Matches(m.Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value))).ToList();

    [GeneratedRegex("<tr data-commune=[^>]*>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-([a-z-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<li data-late=")]
    private static partial Regex LatePattern();

    [GeneratedRegex("<section class=\"card mb-4 commune\" data-commune=\"([^\"]*)\"")]
    private static partial Regex CommunePattern();
}
