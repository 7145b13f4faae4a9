using System.Net;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CcHc.IntegrationTests.Tracking.TrackingTestSupport;

namespace CcHc.IntegrationTests.Tracking;

/// <summary>
/// Issue 18, "Tasks that reach people", on Triệu Trạch's issued plan, whose item 7.7 the seed gives to "Toàn thể công
/// chức UBND xã" (the standard "Toàn thể cán bộ, công chức"): every member of the group sees the task in "Việc của
/// tôi" and reports on it through the task page's real forms; the clerk lists the group's members on the positions
/// page and the task follows at once; another commune's account neither sees nor reports.
/// </summary>
public sealed class GroupTaskTests : IClassFixture<TrackingWebApplicationFactory>
{
    private const string Commander = "tt.staff.trieutrach.military";
    private const string TrieuTrachClerkWithTitle = "tt.clerk.trieutrach.office";

    private readonly TrackingWebApplicationFactory _factory;

    public GroupTaskTests(TrackingWebApplicationFactory factory) => _factory = factory;

    private async Task<HttpClient> SignInSeededAsync(string userName)
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
            [
                new(Commander, "Chỉ huy trưởng Triệu Trạch (test)", AppRoles.Staff, "xã Triệu Trạch", PositionTitles: [PositionCatalogue.MilitaryCommander]),
                new(TrieuTrachClerkWithTitle, "Công chức VP-TK Triệu Trạch (test)", AppRoles.Clerk, "xã Triệu Trạch", PositionTitles: [PositionCatalogue.OfficeStatistics]),
            ], TestAccounts.Password);
        }

        return await TestAccounts.SignedInAsync(_factory, userName);
    }

    /// <summary>The first task of Triệu Trạch's item led by "Toàn thể cán bộ, công chức", and the commune's id.</summary>
    private Task<(Guid TaskId, Guid CommuneId, Guid AllStaffId)> AllStaffTaskAsync() => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Triệu Trạch");
        var communeId = await db.Plans.Where(p => p.Id == planId).Select(p => p.CommuneId).SingleAsync();
        var allStaff = await db.Positions.Where(p => p.CommuneId == null && p.Title == PositionCatalogue.AllStaff).Select(p => p.Id).SingleAsync();
        var itemId = await db.PlanItems.Where(i => i.PlanId == planId && i.LeadPositionId == allStaff).Select(i => i.Id).FirstAsync();
        var taskId = await db.PlanTasks.Where(t => t.ItemId == itemId).OrderBy(t => t.Order).Select(t => t.Id).FirstAsync();
        return (taskId, communeId, allStaff);
    });

    private static Dictionary<string, string> Update(string text) => new()
    {
        ["Progress"] = nameof(TaskProgress.InProgress),
        ["Text"] = text,
        ["Date"] = "2024-12-18",
    };

    [Fact]
    public async Task Every_member_of_a_group_sees_its_task_and_reports_on_it_and_the_clerks_member_list_changes_who_at_once()
    {
        var (taskId, communeId, allStaffId) = await AllStaffTaskAsync();

        // The commune has listed no members: "Toàn thể cán bộ, công chức" is every account of the commune — a staff
        // account without any title included.
        using var staff = await TestAccounts.SignedInAsync(_factory, "t.staff.trieutrach");
        var tasks = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri("/Tasks", UriKind.Relative)));
        Assert.Contains($"data-task-id=\"{taskId}\"", tasks, StringComparison.Ordinal);
        Assert.Contains("Thành viên Toàn thể cán bộ, công chức", tasks, StringComparison.Ordinal);

        using (var reported = await PostTaskFormAsync(staff, taskId, "update-form", Update("Đã ký số 45 văn bản đi trong tháng.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        }

        var note = await DatabaseProbe.QueryAsync(_factory, db => db.TaskNotes.SingleAsync(n => n.TaskId == taskId && n.Text == "Đã ký số 45 văn bản đi trong tháng."));
        Assert.Equal((TaskRole.Lead, (TaskProgress?)TaskProgress.InProgress), (note.Role, note.Progress));

        // The clerk (who holds a title now: any account of a commune may) lists the group's members on the positions
        // page: only the military commander.
        using var clerk = await SignInSeededAsync(TrieuTrachClerkWithTitle);
        var commanderTitle = await DatabaseProbe.QueryAsync(_factory, db =>
            db.Positions.Where(p => p.CommuneId == null && p.Title == PositionCatalogue.MilitaryCommander).Select(p => p.Id).SingleAsync());
        var positionsPage = $"/Positions/{communeId}";
        var token = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(positionsPage, UriKind.Relative)))["__RequestVerificationToken"];
        using (var saved = await clerk.PostFormWithTokenAsync($"{positionsPage}?handler=Members", token,
                   [new("PositionId", allStaffId.ToString()), new("MemberIds", commanderTitle.ToString())]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(positionsPage, UriKind.Relative)));
        Assert.Contains($"Gồm: {PositionCatalogue.MilitaryCommander}", page, StringComparison.Ordinal);

        // The staff account without the title no longer holds the task: gone from the list, its forms refused.
        tasks = await staff.GetStringAsync(new Uri("/Tasks", UriKind.Relative));
        Assert.DoesNotContain($"data-task-id=\"{taskId}\"", tasks, StringComparison.Ordinal);
        var before = await TaskStateAsync(_factory, taskId);
        var stamp = (await DatabaseProbe.QueryAsync(_factory, db => db.ConcurrencyTokenAsync<PlanTask>(taskId))).ToString();
        var staffToken = HtmlForm.Parse(await staff.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)))["__RequestVerificationToken"];
        using (var refused = await staff.PostFormWithTokenAsync($"/Tasks/Details/{taskId}?handler=Update", staffToken, new Dictionary<string, string>
        {
            ["ConcurrencyToken"] = stamp,
            ["Progress"] = nameof(TaskProgress.Done),
            ["Date"] = "2024-12-19",
            ["Text"] = "Không còn là thành viên",
        }))
        {
            AssertForbidden(refused);
        }

        Assert.Equal(before, await TaskStateAsync(_factory, taskId));

        // The commander holds it now, and reports on it.
        using var commander = await SignInSeededAsync(Commander);
        Assert.Contains($"data-task-id=\"{taskId}\"", await commander.GetStringAsync(new Uri("/Tasks", UriKind.Relative)), StringComparison.Ordinal);
        using (var reported = await PostTaskFormAsync(commander, taskId, "update-form", Update("Chỉ huy trưởng báo cáo thay nhóm.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        }

        // A group cannot list itself: refused with a Vietnamese message, nothing saved.
        using var loop = await clerk.PostFormWithTokenAsync($"{positionsPage}?handler=Members", token,
            [new("PositionId", allStaffId.ToString()), new("MemberIds", allStaffId.ToString())]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, loop.StatusCode);
        Assert.Contains("Một nhóm không là thành viên của chính nó.", WebUtility.HtmlDecode(await loop.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseProbe.QueryAsync(_factory, db => db.PositionGroupMembers.CountAsync(m => m.GroupPositionId == allStaffId && m.CommuneId == communeId)));
    }

    [Fact]
    public async Task Another_communes_account_neither_sees_nor_reports_on_a_group_task_nor_lists_the_groups_members()
    {
        var (taskId, communeId, allStaffId) = await AllStaffTaskAsync();
        using var foreign = await TestAccounts.SignedInAsync(_factory, "t.staff.camson");
        var fingerprint = await DatabaseProbe.FingerprintAsync(_factory);

        Assert.DoesNotContain(taskId.ToString(), await foreign.GetStringAsync(new Uri("/Tasks", UriKind.Relative)), StringComparison.Ordinal);
        using (var get = await foreign.GetAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        var token = await foreign.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        foreach (var handler in new[] { "Update", "Note" })
        {
            using var post = await foreign.PostFormWithTokenAsync($"/Tasks/Details/{taskId}?handler={handler}", token, new Dictionary<string, string>
            {
                ["Progress"] = nameof(TaskProgress.Done),
                ["Date"] = "2024-12-18",
                ["Text"] = "Giả mạo",
            });
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        // Another commune's clerk cannot list Triệu Trạch's group members.
        using var foreignClerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var clerkToken = await foreignClerk.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using var members = await foreignClerk.PostFormWithTokenAsync($"/Positions/{communeId}?handler=Members", clerkToken,
            [new("PositionId", allStaffId.ToString()), new("MemberIds", allStaffId.ToString())]);
        Assert.True(members.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"got {(int)members.StatusCode}");
        Assert.Equal(fingerprint, await DatabaseProbe.FingerprintAsync(_factory));
    }
}
