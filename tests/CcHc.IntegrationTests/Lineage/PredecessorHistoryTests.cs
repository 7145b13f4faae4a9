using System.Net;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Lineage;

/// <summary>
/// A predecessor's history, read by its successor (issue 16): xã Cẩm Lạc (Hà Tĩnh, since 1/7/2025) was formed from xã
/// Cẩm Minh, xã Cẩm Sơn and xã Cẩm Lạc; CcHc keeps xã Cẩm Sơn's assessment and plan. Cẩm Lạc's clerk and the Sở Nội vụ
/// that oversees Cẩm Lạc read them, labelled as a predecessor's, and change nothing of them (real form posts with
/// antiforgery); another commune's record stays out of reach; the Sở's overview does not count the predecessor as a
/// unit of its own; unlinking the predecessor takes the access away at the next request.
/// </summary>
public sealed class PredecessorHistoryTests : IClassFixture<MapWebApplicationFactory>
{
    private const string Office = "Sở Nội vụ tỉnh Hà Tĩnh";

    private static readonly AccountSeed[] Accounts =
    [
        new("t.clerk.camlac", "Công chức Cẩm Lạc (test)", AppRoles.Clerk, "xã Cẩm Lạc", CommuneCode: "18748"),
        new("t.reviewer.hatinh", "Sở Nội vụ Hà Tĩnh (test)", AppRoles.Reviewer, OfficeName: Office),
    ];

    private readonly MapWebApplicationFactory _factory;

    public PredecessorHistoryTests(MapWebApplicationFactory factory) => _factory = factory;

    /// <summary>
    /// Cẩm Lạc (18748) as the demo's 2025 map puts it: under the Sở Nội vụ, its three predecessors as the list names
    /// them, the second linked to xã Cẩm Sơn; and the two accounts.
    /// </summary>
    private async Task<(Guid CamLac, Guid CamSon)> SuccessorAsync()
    {
        var ids = await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var camSon = await db.Communes.IgnoreQueryFilters().SingleAsync(c => c.Name == "xã Cẩm Sơn" && c.OfficialCode == null);
            var camLac = await db.Communes.IgnoreQueryFilters().SingleAsync(c => c.OfficialCode == "18748");
            return (camLac.Id, camSon.Id);
        });
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(Accounts, TestAccounts.Password);
        return ids;
    }

    [Fact]
    public async Task The_successors_clerk_and_office_read_the_predecessors_plan_and_scores_labelled_as_history_and_change_nothing()
    {
        var (_, camSon) = await SuccessorAsync();
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        var assessmentId = await DatabaseProbe.QueryAsync(_factory, db => db.Assessments.Where(a => a.CommuneId == camSon).OrderByDescending(a => a.Year).Select(a => a.Id).FirstAsync());
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camlac");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.hatinh");

        foreach (var client in new[] { clerk, reviewer })
        {
            var plan = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Plans/Details/{planId}", UriKind.Relative)));
            Assert.Contains("id=\"history-notice\"", plan, StringComparison.Ordinal);
            Assert.Contains("Hồ sơ của <strong>xã Cẩm Sơn</strong> — đơn vị tiền thân", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"edit-plan\"", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("handler=Submit", plan, StringComparison.Ordinal);

            var scores = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Assessments/Scores/{assessmentId}", UriKind.Relative)));
            Assert.Contains("id=\"history-notice\"", scores, StringComparison.Ordinal);
        }

        // Every change is refused: the header, a workflow step, a comment, the scores. Nothing changes.
        var before = await DatabaseProbe.FingerprintAsync(_factory);
        var token = await clerk.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        (string Url, KeyValuePair<string, string>[] Fields)[] posts =
        [
            ($"/Plans/EditHeader/{planId}", [new("Input.Summary", "Sửa bởi xã Cẩm Lạc"), new("Input.PlaceName", "Cẩm Lạc")]),
            ($"/Plans/Details/{planId}?handler=Submit", []),
            ($"/Plans/Details/{planId}?handler=Comment", [new("NewComment", "Ý kiến của đơn vị kế thừa")]),
            ($"/Assessments/Scores/{assessmentId}", []),
        ];
        foreach (var (url, fields) in posts)
        {
            using var refused = await clerk.PostFormWithTokenAsync(url, token, fields);
            AssertRefused(refused, url);
        }

        // The office that oversees the successor reads the predecessor's plan; it does not comment on it either.
        var reviewerToken = await reviewer.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using (var comment = await reviewer.PostFormWithTokenAsync($"/Plans/Details/{planId}?handler=Comment", reviewerToken, [new("NewComment", "Sở góp ý hồ sơ cũ")]))
        {
            AssertRefused(comment, "comment");
        }

        Assert.Equal(before, await DatabaseProbe.FingerprintAsync(_factory));
    }

    private static void AssertRefused(HttpResponseMessage response, string what) =>
        Assert.True(
            response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"{what}: {(int)response.StatusCode} {response.Headers.Location}");

    [Fact]
    public async Task Another_communes_record_stays_out_of_reach_and_the_office_counts_only_its_own_units()
    {
        await SuccessorAsync();
        var trieuTrach = await DatabaseProbe.PlanIdAsync(_factory, "xã Triệu Trạch");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camlac");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.hatinh");

        foreach (var client in new[] { clerk, reviewer })
        {
            using var foreign = await client.GetAsync(new Uri($"/Plans/Details/{trieuTrach}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        // The Sở's commune list (dashboard choices) names its unit, not the predecessor it may read.
        var choices = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Dashboard", UriKind.Relative)));
        Assert.Contains(">xã Cẩm Lạc</a>", choices, StringComparison.Ordinal);
        Assert.DoesNotContain(">xã Cẩm Sơn</a>", choices, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_successors_dashboard_lists_its_predecessors_with_what_CcHc_keeps_and_says_scores_do_not_compare()
    {
        var (camLac, _) = await SuccessorAsync();
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camlac");

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/Dashboard?communeId={camLac}", UriKind.Relative)));

        Assert.Contains("id=\"predecessor-history\"", page, StringComparison.Ordinal);
        Assert.Equal(["Xã Cẩm Minh", "Xã Cẩm Sơn", "Xã Cẩm Lạc"],
            System.Text.RegularExpressions.Regex.Matches(page, "class=\"mb-2 predecessor\" data-name=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains($"href=\"/Plans/Details/{planId}\"", page, StringComparison.Ordinal);
        Assert.Contains("Điểm số của đơn vị tiền thân không so sánh trực tiếp với điểm của xã Cẩm Lạc", page, StringComparison.Ordinal);
        Assert.Contains("CcHc không có hồ sơ của đơn vị này.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlinking_the_predecessor_takes_the_access_away_at_the_next_request()
    {
        var (camLac, camSon) = await SuccessorAsync();
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camlac");
        using (var before = await clerk.GetAsync(new Uri($"/Plans/Details/{planId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await SetLinkAsync(camLac, null);
        try
        {
            using var after = await clerk.GetAsync(new Uri($"/Plans/Details/{planId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        }
        finally
        {
            await SetLinkAsync(camLac, camSon);
        }
    }

    [Fact]
    public async Task The_successors_clerk_carries_chosen_open_tasks_of_the_predecessors_issued_plan_and_nothing_else()
    {
        var (camLac, camSon) = await SuccessorAsync();
        var (sourceId, openTasks, doneTask, targetId) = await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var actor = new Actor("t.clerk.camson", "Công chức");
            var at = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));
            var lead = await db.Positions.Where(p => p.CommuneId == null).OrderBy(p => p.Order).Select(p => p.Id).FirstAsync();
            var source = new RemediationPlan(camSon, new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, 2025, 2025, [IndexKind.ParIndex]), null,
                new PlanHeader { PlaceName = "Cẩm Sơn", Summary = "Nâng cao Chỉ số cải cách hành chính năm 2025" });
            source.AddItem(new ItemContent("Công tác chỉ đạo, điều hành", null, [], null, lead, [], Deadline.WholeYear(2025),
                [new TaskContent("Ban hành kế hoạch tuyên truyền cải cách hành chính năm 2025."), new TaskContent("Kiểm tra công tác cải cách hành chính tại các thôn.")]));
            source.AddItem(new ItemContent("Cải cách thủ tục hành chính", null, [], null, lead, [], Deadline.WholeYear(2025),
                [new TaskContent("Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa.")]));
            source.Submit(actor, at, CcHc.Domain.Assessments.AssessmentEvaluation.None(2025));
            source.Approve(new Actor("t.chairman.camson", "Chủ tịch"), at);
            source.Issue(actor, at, "31", new DateOnly(2025, 3, 1));
            var done = source.Items[1].Tasks[0];
            source.RecordProgress(done.Id, TaskProgress.Done, out _);
            var target = new RemediationPlan(camLac, new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, 2026, 2026, [IndexKind.ParIndex]), null,
                new PlanHeader { PlaceName = "Cẩm Lạc", Summary = "Nâng cao Chỉ số cải cách hành chính năm 2026" });
            db.Plans.AddRange(source, target);
            await db.SaveChangesAsync();
            return (source.Id, source.Items[0].Tasks.Select(t => t.Id).ToList(), done.Id, target.Id);
        });
        var url = $"/Plans/CarryOver/{targetId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camlac");

        Assert.Contains("id=\"carry-over\"", WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/Plans/Details/{targetId}", UriKind.Relative))), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Contains("<h2 class=\"h6\">Kế hoạch số 31/KH-UBND ngày 01/03/2025 của xã Cẩm Sơn</h2>", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{openTasks[1]}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(doneTask.ToString(), page, StringComparison.Ordinal);

        var token = await clerk.GetAntiforgeryTokenAsync(url);
        var before = await DatabaseProbe.FingerprintAsync(_factory);
        using (var refused = await clerk.PostFormWithTokenAsync(url, token, [new("SourceId", sourceId.ToString()), new("TaskIds", doneTask.ToString())]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("đã hoàn thành; chỉ chuyển nhiệm vụ chưa hoàn thành.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var foreignSource = await DatabaseProbe.PlanIdAsync(_factory, "xã Triệu Trạch");
        using (var foreign = await clerk.PostFormWithTokenAsync(url, token, [new("SourceId", foreignSource.ToString()), new("TaskIds", openTasks[0].ToString())]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
            Assert.Contains("không phải kế hoạch đang theo dõi của một đơn vị tiền thân", WebUtility.HtmlDecode(await foreign.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(before, await DatabaseProbe.FingerprintAsync(_factory));

        using (var carried = await clerk.PostFormWithTokenAsync(url, token, [new("SourceId", sourceId.ToString()), new("TaskIds", openTasks[1].ToString())]))
        {
            Assert.Equal(HttpStatusCode.Redirect, carried.StatusCode);
        }

        var item = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Include(i => i.Tasks).SingleAsync(i => i.PlanId == targetId));
        Assert.Equal(("Công tác chỉ đạo, điều hành", "Kế hoạch số 31/KH-UBND ngày 01/03/2025 của xã Cẩm Sơn, mục 1 (Công tác chỉ đạo, điều hành)"), (item.Heading, item.CarriedFrom));
        Assert.Equal(["Kiểm tra công tác cải cách hành chính tại các thôn."], item.Tasks.Select(t => t.Description));
        Assert.Null(item.Deadline);
        Assert.Contains("Chuyển từ Kế hoạch số 31/KH-UBND", WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/Plans/Details/{targetId}", UriKind.Relative))), StringComparison.Ordinal);
        Assert.Equal(3, await DatabaseProbe.QueryAsync(_factory, db => db.PlanTasks.CountAsync(t => db.PlanItems.Any(i => i.Id == t.ItemId && i.PlanId == sourceId))));

        // The predecessor's own clerk neither sees nor fills the successor's draft.
        using var camSonClerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var notFound = await camSonClerk.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    private Task<int> SetLinkAsync(Guid camLac, Guid? target) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var entry = await db.CommunePredecessors.IgnoreQueryFilters().SingleAsync(p => p.SuccessorId == camLac && p.Order == 1);
        entry.LinkTo(target);
        return await db.SaveChangesAsync();
    });
}
