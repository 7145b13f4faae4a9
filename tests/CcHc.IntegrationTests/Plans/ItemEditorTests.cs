using System.Net;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

public sealed class ItemEditorTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public ItemEditorTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task A_lead_typed_on_the_spot_becomes_a_position_of_the_commune_and_leads_the_item()
    {
        var (planId, itemId) = await FirstItemAsync("xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var url = $"/Plans/EditItem/{planId}/{itemId}";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)), "item-form");

        form["Input.NewLeadTitle"] = "Công chức phụ trách chuyển đổi số";
        form["Input.Deadline"] = "Quý II năm 2024";
        using var response = await clerk.SubmitAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (lead, wording, due) = await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var item = await db.PlanItems.SingleAsync(i => i.Id == itemId);
            var title = await db.Positions.Where(p => p.Id == item.LeadPositionId).Select(p => p.Title).SingleAsync();
            return (title, item.Deadline!.Wording, item.Deadline.DueDate);
        });
        Assert.Equal("Công chức phụ trách chuyển đổi số", lead);
        Assert.Equal("Quý II năm 2024", wording);
        Assert.Equal(new DateOnly(2024, 6, 30), due);
    }

    [Fact]
    public async Task Lines_typed_in_a_cause_or_a_task_are_printed_as_paragraphs_of_their_own()
    {
        var (planId, itemId) = await FirstItemAsync("xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var url = $"/Plans/EditItem/{planId}/{itemId}";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)), "item-form");
        form["Input.Cause"] = "Nguyên nhân dòng một.\r\nNguyên nhân dòng hai.";
        form["Input.Tasks[0].Description"] = "Việc dòng một.\nViệc dòng hai.";
        using (var response = await clerk.SubmitAsync(url, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var html = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/Plans/Document/{planId}", UriKind.Relative)));
        Assert.Matches(@"Nguyên nhân: Nguyên nhân dòng một\.</p>\s*<p class=""body"">Nguyên nhân dòng hai\.</p>", html);
        Assert.Matches(@"<p class=""body bullet"">- Việc dòng một\.</p>\s*<p class=""body"">Việc dòng hai\.</p>", html);
    }

    [Fact]
    public async Task A_deadline_that_cannot_be_read_is_shown_beside_its_field_and_nothing_is_saved()
    {
        var (planId, itemId) = await FirstItemAsync("xã Triệu Trạch");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.trieutrach");
        var url = $"/Plans/EditItem/{planId}/{itemId}";
        var before = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.Id == itemId).Select(i => i.Cause).SingleAsync());
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)), "item-form");

        form["Input.Deadline"] = "khi nào xong thì thôi";
        form["Input.Cause"] = "Nguyên nhân mới không được lưu";
        using var response = await clerk.SubmitAsync(url, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chưa hiểu thời hạn \"khi nào xong thì thôi\"", page, StringComparison.Ordinal);
        Assert.Contains("Nguyên nhân mới không được lưu", page, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.Id == itemId).Select(i => i.Cause).SingleAsync()));
    }

    [Fact]
    public async Task The_deadline_preview_shows_the_printed_wording_and_the_due_date()
    {
        var (planId, _) = await FirstItemAsync("xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        var json = await clerk.GetStringAsync(new Uri($"/Plans/EditItem/{planId}?handler=PreviewDeadline&text={Uri.EscapeDataString("Trước Quý II năm 2024")}", UriKind.Relative));

        Assert.Contains("\"ok\":true", json, StringComparison.Ordinal);
        Assert.Contains("31/03/2024", json, StringComparison.Ordinal);
    }

    private Task<(Guid PlanId, Guid ItemId)> FirstItemAsync(string commune) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var planId = await db.Plans.Where(p => db.Communes.Any(c => c.Id == p.CommuneId && c.Name == commune)).Select(p => p.Id).FirstAsync();
        var itemId = await db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).Select(i => i.Id).FirstAsync();
        return (planId, itemId);
    });
}
