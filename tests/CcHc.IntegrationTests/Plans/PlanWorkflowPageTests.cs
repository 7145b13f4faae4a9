using System.Net;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>The workflow through the real pages: submit, return with a comment, resume, approve, issue, new version.</summary>
public sealed class PlanWorkflowPageTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public PlanWorkflowPageTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task A_plan_goes_from_draft_to_issued_with_a_return_and_every_step_is_in_its_history()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        var details = $"/Plans/Details/{planId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");

        await StepAsync(clerk, details, "Submit", PlanStatus.Submitted);
        await StepAsync(chairman, details, "Return", PlanStatus.Returned, ("Comment", "Bổ sung nguyên nhân cho lĩnh vực 7."));
        var clerkView = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains("Ý kiến của Chủ tịch khi trả lại:", clerkView, StringComparison.Ordinal);
        Assert.Contains("Bổ sung nguyên nhân cho lĩnh vực 7.", clerkView, StringComparison.Ordinal);
        await StepAsync(clerk, details, "Resume", PlanStatus.Draft);
        await StepAsync(clerk, details, "Submit", PlanStatus.Submitted);
        await StepAsync(chairman, details, "Approve", PlanStatus.Approved);
        await StepAsync(clerk, details, "Issue", PlanStatus.Issued, ("DocumentNumber", "5"), ("IssueDate", "2024-02-05"));

        var history = WebUtility.HtmlDecode(await chairman.GetStringAsync(new Uri($"/Plans/History/{planId}", UriKind.Relative)));
        Assert.Contains("Dự thảo → Đã trình", history, StringComparison.Ordinal);
        Assert.Contains("Đã trình → Bị trả lại", history, StringComparison.Ordinal);
        Assert.Contains("Đã phê duyệt → Đã ban hành", history, StringComparison.Ordinal);
        Assert.Contains("Chủ tịch Cẩm Sơn (test)", history, StringComparison.Ordinal);
        var issued = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains("Số: 05/KH-UBND", issued, StringComparison.Ordinal);
        var transitions = await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.CountAsync(a => a.RootId == planId.ToString() && a.Action == AuditAction.Transition));
        Assert.Equal(6, transitions);

        // A step is one audit row: the transition carries the plan's own changes (status, number, date) under "Plan.".
        var issuing = await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries
            .Where(a => a.RootId == planId.ToString() && a.Action == AuditAction.Transition).OrderBy(a => a.Id).Select(a => a.Changes).ToListAsync());
        Assert.Contains("\"Plan.DocumentNumber\"", issuing[^1], StringComparison.Ordinal);
        Assert.All(issuing, changes => Assert.Contains("\"Plan.Status\"", changes, StringComparison.Ordinal));
        Assert.False(await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == nameof(RemediationPlan) && a.EntityId == planId.ToString() && a.Action == AuditAction.Update)));

        // An issued version is frozen: the editor refuses, and a change starts version 2 while version 1 stays readable.
        var headerForm = HtmlForm.Parse(await clerk.GetStringAsync(new Uri($"/Plans/EditHeader/{planId}", UriKind.Relative)), "header-form");
        headerForm["Input.Summary"] = "Sửa sau khi ban hành";
        using var refused = await clerk.SubmitAsync($"/Plans/EditHeader/{planId}", headerForm);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("không thể chỉnh sửa", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        using var newVersion = await clerk.PostFormWithTokenAsync($"{details}?handler=NewVersion", form["__RequestVerificationToken"], []);
        Assert.Equal(HttpStatusCode.Redirect, newVersion.StatusCode);
        var v2 = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.SingleAsync(p => p.PreviousVersionId == planId));
        Assert.Equal((2, PlanStatus.Draft), (v2.VersionNumber, v2.Status));
        var v1 = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.SingleAsync(p => p.Id == planId));
        Assert.Equal((PlanStatus.Issued, "5"), (v1.Status, v1.DocumentNumber));
        using var v1Page = await chairman.GetAsync(new Uri(details, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, v1Page.StatusCode);
    }

    [Fact]
    public async Task An_incomplete_plan_is_not_submitted_and_the_page_lists_what_is_missing()
    {
        // Quảng Công's improvement plan (seed 002) names no lead and no deadline: a draft that cannot be submitted.
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Quảng Công");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.quangcong");
        var details = $"/Plans/Details/{planId}";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));

        using var response = await clerk.PostFormWithTokenAsync($"{details}?handler=Submit", form["__RequestVerificationToken"], form.Fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("chưa thể trình", page, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ 1 (Tăng cường công tác lãnh đạo", page, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_reviewer_comments_on_a_plan_of_their_office_and_the_commune_sees_it()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        var details = $"/Plans/Details/{planId}";
        var form = HtmlForm.Parse(await reviewer.GetStringAsync(new Uri(details, UriKind.Relative)));

        using var response = await reviewer.PostFormWithTokenAsync($"{details}?handler=Comment", form["__RequestVerificationToken"],
            [new("NewComment", "Đề nghị bổ sung tiến độ quý II.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đề nghị bổ sung tiến độ quý II.", WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative))), StringComparison.Ordinal);
    }

    private async Task StepAsync(HttpClient client, string details, string handler, PlanStatus expected, params (string Key, string Value)[] fields)
    {
        using var response = await PlanSteps.PostAsync(client, details, handler, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())[..Math.Min(4000, (int)(response.Content.Headers.ContentLength ?? 4000))]}");
        var planId = Guid.Parse(details[(details.LastIndexOf('/') + 1)..]);
        Assert.Equal(expected, await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));
    }
}
