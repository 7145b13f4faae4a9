using System.Net;
using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CcHc.IntegrationTests.Tracking.TrackingTestSupport;

namespace CcHc.IntegrationTests.Tracking;

/// <summary>
/// Organisations as leads (issue 15): xã Sơn Kỳ's clerk builds the commune's catalogue on its page (suggested
/// organisations added one click at a time, unique names, the contact title), and an issued plan whose task 2.7 (seed
/// 004: "Thực hiện có hiệu quả Đề án 06 … Đơn vị chủ trì: Công an xã. Đơn vị phối hợp: … các thôn.") is led by Công an
/// xã is reported by whoever holds its contact title, and by nobody else; another commune sees neither.
/// </summary>
public sealed class OrganisationTrackingTests : IClassFixture<TrackingWebApplicationFactory>
{
    private const string Military = "tk.staff.sonky.military";
    private const string Office = "tk.staff.sonky.office";
    private const string Task27 = "Thực hiện có hiệu quả Đề án 06; thường xuyên kiểm tra, đôn đốc các địa phương tăng cường đảm bảo an ninh trật tự.";

    private readonly TrackingWebApplicationFactory _factory;

    public OrganisationTrackingTests(TrackingWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_clerk_adds_a_suggested_organisation_sets_its_contact_and_renames_it_and_refusals_stand_beside_their_field()
    {
        var sonKy = await CommuneIdAsync("xã Sơn Kỳ");
        var url = $"/Positions/{sonKy}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Contains("data-name=\"Hội Cựu chiến binh\"", page, StringComparison.Ordinal);
        Assert.Contains(PositionCatalogue.MilitaryCommander, page, StringComparison.Ordinal);
        Assert.False(await HasPositionAsync(sonKy, "Hội Cựu chiến binh"), "a suggestion is never added on its own");

        using (var added = await PostAsync(clerk, url, "Suggest", ("Suggestion", "Hội Cựu chiến binh")))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var veterans = await PositionAsync(sonKy, "Hội Cựu chiến binh");
        Assert.Equal((PositionKind.Organisation, (Guid?)null), (veterans.Kind, veterans.ContactPositionId));
        Assert.True(await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.AnyAsync(a => a.EntityId == veterans.Id.ToString() && a.Action == AuditAction.Insert)));
        var listed = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Contains("<tr class=\"organisation\" data-id=\"" + veterans.Id + "\" data-name=\"Hội Cựu chiến binh\">", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("suggestion\" data-name=\"Hội Cựu chiến binh\"", listed, StringComparison.Ordinal);

        // The same name again, letter case and spacing aside: refused beside the name, nothing saved.
        var count = await CountAsync(sonKy);
        using (var duplicate = await PostAsync(clerk, url, "Add", ("Add.Name", "hội cựu  chiến binh"), ("Add.Kind", "Organisation"), ("Add.ContactPositionId", "")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
            var html = WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync());
            Assert.Matches("data-valmsg-for=\"Add.Name\"[^>]*>Xã đã có tổ chức \"Hội Cựu chiến binh\"", html);
        }

        Assert.Equal(count, await CountAsync(sonKy));

        // Contact: the military commander; the form says what it showed (no contact yet).
        var military = await StandardAsync(PositionCatalogue.MilitaryCommander);
        using (var contact = await PostAsync(clerk, url, "Contact", ("PositionId", veterans.Id.ToString()), ("ContactPositionId", military.ToString()), ("SeenContactPositionId", "")))
        {
            Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);
        }

        Assert.Equal(military, (await PositionAsync(sonKy, "Hội Cựu chiến binh")).ContactPositionId);

        // A second form read before that change is stale: 409 with what the other person saved; nothing changes.
        var office = await StandardAsync(PositionCatalogue.OfficeStatistics);
        using (var stale = await PostAsync(clerk, url, "Contact", ("PositionId", veterans.Id.ToString()), ("ContactPositionId", office.ToString()), ("SeenContactPositionId", "")))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Contains(PositionCatalogue.MilitaryCommander, WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(military, (await PositionAsync(sonKy, "Hội Cựu chiến binh")).ContactPositionId);

        // An organisation cannot be another's contact.
        using (var organisationContact = await PostAsync(clerk, url, "Add", ("Add.Name", "Chi hội Cựu chiến binh thôn 1"), ("Add.Kind", "Organisation"), ("Add.ContactPositionId", veterans.Id.ToString())))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, organisationContact.StatusCode);
            Assert.Contains("Đầu mối báo cáo phải là một chức danh của xã (không phải một tổ chức).", WebUtility.HtmlDecode(await organisationContact.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.False(await HasPositionAsync(sonKy, "Chi hội Cựu chiến binh thôn 1"));

        using (var renamed = await PostAsync(clerk, url, "Rename", ("PositionId", veterans.Id.ToString()), ("NewName", "Hội Cựu chiến binh xã"), ("SeenName", "Hội Cựu chiến binh")))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        Assert.Equal(veterans.Id, (await PositionAsync(sonKy, "Hội Cựu chiến binh xã")).Id);
        page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Contains("data-name=\"Hội Cựu chiến binh xã\"", page, StringComparison.Ordinal);

        // A standard title is the law's: not renamed.
        using (var standard = await PostAsync(clerk, url, "Rename", ("PositionId", office.ToString()), ("NewName", "Văn phòng"), ("SeenName", PositionCatalogue.OfficeStatistics)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, standard.StatusCode);
        }

        Assert.Equal(PositionCatalogue.OfficeStatistics, await DatabaseProbe.QueryAsync(_factory, db => db.Positions.Where(p => p.Id == office).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task Another_commune_and_other_roles_can_neither_see_nor_change_the_catalogue()
    {
        var sonKy = await CommuneIdAsync("xã Sơn Kỳ");
        var url = $"/Positions/{sonKy}";
        using var foreignClerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.trieutrach");
        using var staff = await SignInAsync(_factory, Finance);
        using var chairman = await SignInAsync(_factory, Chairman);
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        using (var read = await foreignClerk.GetAsync(new Uri(url, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }

        foreach (var client in new[] { staff, chairman, reviewer })
        {
            using var read = await client.GetAsync(new Uri(url, UriKind.Relative));
            AssertForbidden(read);
        }

        var before = await DatabaseProbe.FingerprintAsync(_factory);
        var count = await CountAsync(sonKy);
        var ownPage = $"/Positions/{await CommuneIdAsync("xã Triệu Trạch")}";
        var token = await foreignClerk.GetAntiforgeryTokenAsync(ownPage);
        using (var post = await foreignClerk.PostFormWithTokenAsync($"{url}?handler=Suggest", token, [new("Suggestion", "Trạm y tế xã")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        var staffToken = await staff.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using (var post = await staff.PostFormWithTokenAsync($"{url}?handler=Suggest", staffToken, [new("Suggestion", "Trạm y tế xã")]))
        {
            AssertForbidden(post);
        }

        Assert.Equal(count, await CountAsync(sonKy));
        Assert.Equal(before, await DatabaseProbe.FingerprintAsync(_factory));

        // The administrator manages any commune's catalogue.
        using var adminRead = await admin.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, adminRead.StatusCode);
    }

    [Fact]
    public async Task The_holder_of_the_contact_title_reports_for_the_organisation_and_a_title_that_is_not_the_contact_cannot()
    {
        var (taskId, police, villages) = await IssuedOrganisationPlanAsync();
        using var military = await SignInAsync(_factory, Military);
        using var office = await SignInAsync(_factory, Office);
        using var finance = await SignInAsync(_factory, Finance);

        // "Việc của tôi": the contact sees the task as lead for Công an xã; the villages' contact as support; finance not at all.
        var militaryTasks = WebUtility.HtmlDecode(await military.GetStringAsync(new Uri("/Tasks", UriKind.Relative)));
        Assert.Contains($"data-task-id=\"{taskId}\"", militaryTasks, StringComparison.Ordinal);
        Assert.Matches("<td class=\"role\">Chủ trì\\s*<div class=\"small text-muted for-organisation\">Đầu mối của Công an xã</div>\\s*</td>", militaryTasks);
        var officeTasks = WebUtility.HtmlDecode(await office.GetStringAsync(new Uri("/Tasks", UriKind.Relative)));
        Assert.Matches($"data-task-id=\"{taskId}\"[\\s\\S]*?<td class=\"role\">Phối hợp\\s*<div class=\"small text-muted for-organisation\">Đầu mối của Các thôn</div>", officeTasks);
        Assert.DoesNotContain($"data-task-id=\"{taskId}\"", WebUtility.HtmlDecode(await finance.GetStringAsync(new Uri("/Tasks", UriKind.Relative))), StringComparison.Ordinal);

        var detail = WebUtility.HtmlDecode(await military.GetStringAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative)));
        Assert.Contains("(đầu mối báo cáo của Công an xã)", detail, StringComparison.Ordinal);

        // The contact reports progress with evidence, as a lead title's holder does.
        using (var update = await PostTaskFormAsync(military, taskId, "update-form",
            new Dictionary<string, string> { ["Progress"] = nameof(TaskProgress.InProgress), ["Text"] = "Đã kiểm tra an ninh trật tự tại 3 thôn.", ["Date"] = "2024-12-18" },
            ("bien-ban.pdf", Pdf())))
        {
            Assert.Equal(HttpStatusCode.Redirect, update.StatusCode);
        }

        Assert.Equal($"{TaskProgress.InProgress}|1|1", await TaskStateAsync(_factory, taskId));
        var note = await DatabaseProbe.QueryAsync(_factory, db => db.TaskNotes.SingleAsync(n => n.TaskId == taskId));
        Assert.Equal(TaskRole.Lead, note.Role);

        // The supporting organisation's contact adds a note only; a title that is not a contact is refused.
        using (var supportNote = await PostTaskFormAsync(office, taskId, "note-form", new Dictionary<string, string> { ["Text"] = "Các thôn đã phối hợp tuyên truyền.", ["Date"] = "2024-12-19" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, supportNote.StatusCode);
        }

        Assert.Equal(TaskRole.Support, await DatabaseProbe.QueryAsync(_factory, db => db.TaskNotes.Where(n => n.TaskId == taskId && n.Text == "Các thôn đã phối hợp tuyên truyền.").Select(n => n.Role).SingleAsync()));
        var state = await TaskStateAsync(_factory, taskId);
        var token = await finance.GetAntiforgeryTokenAsync($"/Tasks/Details/{taskId}");
        foreach (var (client, handler) in new[] { (finance, "Update"), (finance, "Note"), (office, "Update") })
        {
            using var refused = await client.PostFormWithTokenAsync($"/Tasks/Details/{taskId}?handler={handler}", client == finance ? token : await office.GetAntiforgeryTokenAsync($"/Tasks/Details/{taskId}"),
                [new("Progress", nameof(TaskProgress.Done)), new("Text", "Không được phép."), new("Date", "2024-12-19"),
                 new("ConcurrencyToken", (await DatabaseProbe.QueryAsync(_factory, db => db.ConcurrencyTokenAsync<PlanTask>(taskId))).ToString())]);
            AssertForbidden(refused);
        }

        Assert.Equal(state, await TaskStateAsync(_factory, taskId));

        // The contact moves to the office title: the military commander no longer reports, the office clerk leads now.
        await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var organisation = await db.Positions.SingleAsync(p => p.Id == police);
            organisation.SetContact(await db.Positions.Where(p => p.Title == PositionCatalogue.OfficeStatistics && p.CommuneId == null).Select(p => p.Id).SingleAsync());
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain($"data-task-id=\"{taskId}\"", await military.GetStringAsync(new Uri("/Tasks", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Matches($"data-task-id=\"{taskId}\"[\\s\\S]*?<td class=\"role\">Chủ trì\\s*<div class=\"small text-muted for-organisation\">Đầu mối của Công an xã</div>",
            WebUtility.HtmlDecode(await office.GetStringAsync(new Uri("/Tasks", UriKind.Relative))));
        Assert.NotEqual(Guid.Empty, villages);
    }

    [Fact]
    public async Task Another_communes_staff_cannot_see_or_report_on_an_organisations_task()
    {
        var (taskId, _, _) = await IssuedOrganisationPlanAsync();
        using var foreign = await TestAccounts.SignedInAsync(_factory, "t.staff.trieutrach");

        using var read = await foreign.GetAsync(new Uri($"/Tasks/Details/{taskId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain($"data-task-id=\"{taskId}\"", await foreign.GetStringAsync(new Uri("/Tasks", UriKind.Relative)), StringComparison.Ordinal);

        var state = await TaskStateAsync(_factory, taskId);
        var token = await foreign.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using var post = await foreign.PostFormWithTokenAsync($"/Tasks/Details/{taskId}?handler=Note", token, [new("Text", "Không được phép."), new("Date", "2024-12-19")]);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(state, await TaskStateAsync(_factory, taskId));
    }

    /// <summary>
    /// Sơn Kỳ's organisations Công an xã (contact: the military commander) and Các thôn (contact: the office clerk), the
    /// staff holding those titles, and an issued improvement plan of 2024 whose one task Công an xã leads and the
    /// villages support. Made once per host; the task's id and the two organisations'.
    /// </summary>
    [Fact]
    public async Task An_entry_nothing_names_is_removed_and_one_a_plan_an_account_or_an_organisation_names_is_refused_with_what_uses_it()
    {
        var (_, police, _) = await IssuedOrganisationPlanAsync();
        var sonKy = await CommuneIdAsync("xã Sơn Kỳ");
        var url = $"/Positions/{sonKy}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");

        // A mistaken title, never used: removed, and the removal is audited.
        using (var added = await PostAsync(clerk, url, "Add", ("Add.Name", "Chuyên trách thử nghiệm"), ("Add.Kind", "Official"), ("Add.ContactPositionId", "")))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var mistaken = await PositionAsync(sonKy, "Chuyên trách thử nghiệm");
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Contains("data-confirm=\"Xóa chức danh \"Chuyên trách thử nghiệm\"?\"", page, StringComparison.Ordinal);
        using (var removed = await PostAsync(clerk, url, "Remove", ("PositionId", mistaken.Id.ToString()), ("SeenName", "Chuyên trách thử nghiệm")))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.False(await HasPositionAsync(sonKy, "Chuyên trách thử nghiệm"));
        Assert.True(await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.AnyAsync(a => a.EntityId == mistaken.Id.ToString() && a.Action == AuditAction.Delete)));

        // Công an xã leads task 2.7 of an issued plan: refused, saying so, beside the row; nothing changes.
        var count = await CountAsync(sonKy);
        using (var used = await PostAsync(clerk, url, "Remove", ("PositionId", police.ToString()), ("SeenName", "Công an xã")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, used.StatusCode);
            Assert.Matches("<span class=\"text-danger small field-error remove-error\">Không xóa được \"Công an xã\": 1 nội dung kế hoạch ghi là chủ trì hoặc phối hợp\\. Có thể đổi tên thay vì xóa\\.</span>",
                WebUtility.HtmlDecode(await used.Content.ReadAsStringAsync()));
        }

        // A title that is an organisation's contact: refused too.
        var contact = await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var catalogue = new CommunePositions(sonKy, await db.Positions.Where(p => p.CommuneId == null || p.CommuneId == sonKy).ToListAsync());
            var title = db.Positions.Add(catalogue.AddTitle("Chuyên trách đầu mối thôn")).Entity;
            db.Positions.Add(catalogue.AddOrganisation("Chi hội Nông dân thôn 2", title.Id));
            await db.SaveChangesAsync();
            return title.Id;
        });
        using (var isContact = await PostAsync(clerk, url, "Remove", ("PositionId", contact.ToString()), ("SeenName", "Chuyên trách đầu mối thôn")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, isContact.StatusCode);
            Assert.Contains("là đầu mối báo cáo của Chi hội Nông dân thôn 2", WebUtility.HtmlDecode(await isContact.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // A standard title is the law's; a stale form (the name changed since) is refused as stale.
        var military = await StandardAsync(PositionCatalogue.MilitaryCommander);
        using (var standard = await PostAsync(clerk, url, "Remove", ("PositionId", military.ToString()), ("SeenName", PositionCatalogue.MilitaryCommander)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, standard.StatusCode);
        }

        using (var stale = await PostAsync(clerk, url, "Remove", ("PositionId", contact.ToString()), ("SeenName", "Tên cũ")))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        Assert.Equal(count + 2, await CountAsync(sonKy));

        // Another commune's clerk cannot remove anything here.
        using var foreignClerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.trieutrach");
        var token = await foreignClerk.GetAntiforgeryTokenAsync($"/Positions/{await CommuneIdAsync("xã Triệu Trạch")}");
        using (var foreign = await foreignClerk.PostFormWithTokenAsync($"{url}?handler=Remove", token, [new("PositionId", contact.ToString()), new("SeenName", "Chuyên trách đầu mối thôn")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        Assert.True(await HasPositionAsync(sonKy, "Chuyên trách đầu mối thôn"));
    }

    private async Task<(Guid TaskId, Guid Police, Guid Villages)> IssuedOrganisationPlanAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CcHcDbContext>();
        var sonKy = await CommuneIdAsync("xã Sơn Kỳ");
        var existing = await db.PlanTasks.Where(t => t.Description == Task27).Select(t => (Guid?)t.Id).SingleOrDefaultAsync();
        var catalogue = new CommunePositions(sonKy, await db.Positions.IgnoreQueryFilters().Where(p => p.CommuneId == null || p.CommuneId == sonKy).ToListAsync());
        if (existing is { } id)
        {
            return (id, catalogue.Find("Công an xã")!.Id, catalogue.Find("Các thôn")!.Id);
        }

        var police = catalogue.Find("Công an xã") ?? db.Positions.Add(catalogue.AddOrganisation("Công an xã", catalogue.Find(PositionCatalogue.MilitaryCommander)!.Id)).Entity;
        var villages = catalogue.Find("Các thôn") ?? db.Positions.Add(catalogue.AddOrganisation("Các thôn", catalogue.Find(PositionCatalogue.OfficeStatistics)!.Id)).Entity;
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
        [
            new(Military, "Chỉ huy trưởng Quân sự Sơn Kỳ (test)", AppRoles.Staff, "xã Sơn Kỳ", PositionTitles: [PositionCatalogue.MilitaryCommander]),
            new(Office, "Công chức VP-TK Sơn Kỳ (test)", AppRoles.Staff, "xã Sơn Kỳ", PositionTitles: [PositionCatalogue.OfficeStatistics]),
        ], TestAccounts.Password);

        var clerk = new Actor("t.clerk.sonky", "Công chức Sơn Kỳ (test)");
        var at = TrackingWebApplicationFactory.Start.AddDays(-30);
        var plan = new RemediationPlan(sonKy, new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, 2024, 2024, [IndexKind.ParIndex]).Validated(), null,
            new PlanHeader { PlaceName = "Sơn Kỳ", Summary = "Nâng cao chỉ số cải cách hành chính năm 2024", SignerName = "Chủ tịch Sơn Kỳ" });
        plan.AddItem(new ItemContent("2.7", null, [], null, police.Id, [villages.Id], Deadline.WholeYear(2024), [new TaskContent(Task27)]));
        plan.Submit(clerk, at, AssessmentEvaluation.None(2024));
        plan.Approve(new Actor("tk.chairman.sonky", "Chủ tịch Sơn Kỳ (test)"), at.AddDays(1));
        plan.Issue(clerk, at.AddDays(2), "99", DateOnly.FromDateTime(at.AddDays(2).Date));
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return (plan.Items[0].Tasks[0].Id, police.Id, villages.Id);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, params (string Key, string Value)[] fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(url);
        return await client.PostFormWithTokenAsync($"{url}?handler={handler}", token, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
    }

    private Task<Guid> CommuneIdAsync(string name) =>
        DatabaseProbe.QueryAsync(_factory, db => Admin.AdminTestSupport.CommuneIdAsync(db, name));

    private Task<Guid> StandardAsync(string title) =>
        DatabaseProbe.QueryAsync(_factory, db => db.Positions.Where(p => p.Title == title && p.CommuneId == null).Select(p => p.Id).SingleAsync());

    private Task<Position> PositionAsync(Guid communeId, string title) =>
        DatabaseProbe.QueryAsync(_factory, db => db.Positions.AsNoTracking().SingleAsync(p => p.CommuneId == communeId && p.Title == title));

    private Task<bool> HasPositionAsync(Guid communeId, string title) =>
        DatabaseProbe.QueryAsync(_factory, db => db.Positions.AnyAsync(p => p.CommuneId == communeId && p.Title == title));

    private Task<int> CountAsync(Guid communeId) =>
        DatabaseProbe.QueryAsync(_factory, db => db.Positions.CountAsync(p => p.CommuneId == communeId));
}
