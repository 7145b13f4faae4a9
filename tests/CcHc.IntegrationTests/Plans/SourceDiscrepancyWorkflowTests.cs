using System.Net;
using CcHc.Domain.Plans;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// Cẩm Sơn's assessment disagrees with itself (seed 000: headings against their bullets): the clerk sees the list
/// before submitting, the chairman sees it and must tick that they saw it before approving, and the history keeps both.
/// </summary>
public sealed partial class SourceDiscrepancyWorkflowTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public SourceDiscrepancyWorkflowTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_chairman_acknowledges_the_sources_discrepancies_before_approving_and_the_history_records_it()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        var details = $"/Plans/Details/{planId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");

        var clerkPage = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains("id=\"source-discrepancies\"", clerkPage, StringComparison.Ordinal);
        Assert.Contains("chỗ số liệu không khớp", clerkPage, StringComparison.Ordinal);
        using (var submitted = await PlanSteps.PostAsync(clerk, details, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        Assert.Contains("Chủ tịch sẽ xác nhận trước khi phê duyệt", WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative))), StringComparison.Ordinal);

        // The chairman's approve form lists them with a tick; a post without the tick — even one made by hand, which
        // says nothing about the list — is refused on the field: the step reads the discrepancies itself.
        var html = await chairman.GetStringAsync(new Uri(details, UriKind.Relative));
        Assert.Contains("id=\"acknowledge-discrepancies\"", html, StringComparison.Ordinal);
        var form = HtmlForm.Parse(html, "approve-form");
        var shown = int.Parse(AcknowledgeLabel().Match(WebUtility.HtmlDecode(html)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(shown > 0);
        using (var refused = await chairman.PostFormWithTokenAsync($"{details}?handler=Approve", form["__RequestVerificationToken"],
            [new(PlanSteps.TokenField, form[PlanSteps.TokenField])]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal(SourceDiscrepancies.AcknowledgementRequired, Admin.AdminTestSupport.FieldMessage(await refused.Content.ReadAsStringAsync(), "AcknowledgeDiscrepancies"));
        }

        Assert.Equal(PlanStatus.Submitted, await StatusAsync(planId));
        using (var approved = await chairman.PostFormWithTokenAsync($"{details}?handler=Approve", form["__RequestVerificationToken"],
        [
            new(PlanSteps.TokenField, form[PlanSteps.TokenField]),
            new("AcknowledgeDiscrepancies", "true"),
        ]))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal(PlanStatus.Approved, await StatusAsync(planId));
        var history = WebUtility.HtmlDecode(await chairman.GetStringAsync(new Uri($"/Plans/History/{planId}", UriKind.Relative)));
        Assert.Contains($"Trình kèm {shown} chỗ số liệu của văn bản nguồn không khớp", history, StringComparison.Ordinal);
        Assert.Contains(SourceDiscrepancies.AcknowledgedNote(shown), history, StringComparison.Ordinal);
    }

    private Task<PlanStatus> StatusAsync(Guid planId) =>
        DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync());

    [System.Text.RegularExpressions.GeneratedRegex(@"Tôi đã xem (\d+) chỗ số liệu không khớp")]
    private static partial System.Text.RegularExpressions.Regex AcknowledgeLabel();
}
