using System.Net;
using System.Text.RegularExpressions;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// Issue 18's returned plan, through the real pages and real form posts: "Trình" asks for confirmation first; a returned
/// plan keeps its "Sửa" buttons and the first edit reopens it as a draft; the page lists what changed since the last
/// submission; the clerk withdraws a submitted plan; the history reads in Vietnamese (no GUID, no "0001-01-01", no raw
/// field names).
/// </summary>
public sealed partial class ReturnedPlanTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public ReturnedPlanTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task A_returned_plan_is_edited_in_place_shows_its_changes_is_withdrawn_and_its_history_reads_in_vietnamese()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        var details = $"/Plans/Details/{planId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");

        // "Trình" first asks; nothing changes until the clerk confirms with the form the question carries.
        var page = HtmlForm.ParseContaining(await GetAsync(clerk, details), "ConfirmAction");
        Assert.Equal("Submit", page["ConfirmAction"]);
        using (var asked = await clerk.PostFormWithTokenAsync($"{details}?handler=Confirm", page["__RequestVerificationToken"], page.Fields))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            var question = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
            Assert.Contains("Trình kế hoạch này cho Chủ tịch?", question, StringComparison.Ordinal);
            Assert.Equal(PlanStatus.Draft, await StatusAsync(planId));
            var confirm = HtmlForm.ParseContaining(question[question.IndexOf("id=\"confirm-panel\"", StringComparison.Ordinal)..], "ConcurrencyToken");
            using var confirmed = await clerk.PostFormWithTokenAsync($"{details}?handler=Submit", confirm["__RequestVerificationToken"], confirm.Fields);
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        Assert.Equal(PlanStatus.Submitted, await StatusAsync(planId));
        using (var returned = await PlanSteps.PostAsync(chairman, details, "Return", ("Comment", "Bổ sung đơn vị phối hợp cho nội dung 1.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        // The returned plan keeps its edit buttons; the edit itself reopens it as a draft.
        var returnedPage = await GetAsync(clerk, details);
        Assert.Contains("id=\"edit-plan\"", returnedPage, StringComparison.Ordinal);
        Assert.Contains("id=\"returned-edit-hint\"", returnedPage, StringComparison.Ordinal);
        var itemId = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).Select(i => i.Id).FirstAsync());
        Assert.Contains($"/Plans/EditItem/{planId}/{itemId}", returnedPage, StringComparison.Ordinal);
        var oldHeading = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.Id == itemId).Select(i => i.Heading).SingleAsync());
        var itemForm = HtmlForm.Parse(await GetAsync(clerk, $"/Plans/EditItem/{planId}/{itemId}"), "item-form");
        itemForm["Input.Heading"] = oldHeading + " (bổ sung)";
        using (var saved = await clerk.SubmitAsync($"/Plans/EditItem/{planId}/{itemId}", itemForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(PlanStatus.Draft, await StatusAsync(planId));
        Assert.Equal(oldHeading + " (bổ sung)", await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.Id == itemId).Select(i => i.Heading).SingleAsync()));
        var actions = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Transitions).OrderBy(t => t.At).Select(t => t.Action).ToListAsync());
        Assert.Equal([PlanAction.Submit, PlanAction.Return, PlanAction.ResumeDrafting], actions);

        // What changed since the submission, old → new.
        var draftPage = await GetAsync(clerk, details);
        var changes = Section(draftPage, "changes-since-submission");
        Assert.Contains("Thay đổi từ lần trình gần nhất", changes, StringComparison.Ordinal);
        Assert.Contains("Tiêu đề:", changes, StringComparison.Ordinal);
        Assert.Contains(oldHeading + " (bổ sung)", changes, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(changes, "class=\"plan-change\""));

        // Submitted again, then withdrawn by the clerk: a draft again, the step audited.
        using (var resubmitted = await PlanSteps.PostAsync(clerk, details, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        }

        Assert.Contains("Thay đổi so với lần trình trước", Section(await GetAsync(chairman, details), "changes-since-submission"), StringComparison.Ordinal);
        Assert.Contains("id=\"withdraw-plan\"", await GetAsync(clerk, details), StringComparison.Ordinal);
        using (var refused = await PlanSteps.PostAsync(chairman, details, "Withdraw"))
        {
            // The chairman is refused (the access-denied page) and the plan stays submitted.
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(PlanStatus.Submitted, await StatusAsync(planId));
        }

        using (var withdrawn = await PlanSteps.PostAsync(clerk, details, "Withdraw"))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        Assert.Equal(PlanStatus.Draft, await StatusAsync(planId));
        var last = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Transitions).OrderByDescending(t => t.At).FirstAsync());
        Assert.Equal((PlanAction.Withdraw, PlanStatus.Submitted, PlanStatus.Draft), (last.Action, last.From, last.To));
        Assert.True(await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.AnyAsync(a => a.EntityId == last.Id.ToString() && a.Action == AuditAction.Transition)));

        // The history in Vietnamese: states by name, fields by label, people by name; no ids, no raw values.
        var history = await GetAsync(chairman, $"/Plans/History/{planId}");
        var text = Text(history);
        Assert.Contains("Đã trình → Dự thảo", text, StringComparison.Ordinal);
        Assert.Contains("rút lại", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Tiêu đề: " + oldHeading + " → " + oldHeading + " (bổ sung)", text, StringComparison.Ordinal);
        Assert.Contains("Trạng thái: Đã trình → Bị trả lại", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(GuidPattern(), text);
        Assert.DoesNotContain("0001-01-01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("01/01/0001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Status", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ReturnComment", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ActorId", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Deadline.Kind", text, StringComparison.Ordinal);
        Assert.Matches(@"\d\d/\d\d/\d{4} \d\d:\d\d", text);
    }

    private Task<PlanStatus> StatusAsync(Guid planId) =>
        DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync());

    private static async Task<string> GetAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"#{id} is not on the page");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>The page's visible text: the body without tags, scripts or attributes (links carry ids by design).</summary>
    private static string Text(string html)
    {
        var body = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        return Regex.Replace(Regex.Replace(body, "<script[\\s\\S]*?</script>", " "), "<[^>]+>", " ");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
