using System.Net;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// Comments on an item (issue 18), with real form posts: the chairman of the commune and the reviewer of its office
/// comment on an item and the comment shows under that item; the clerk, another commune's chairman and another office's
/// reviewer are refused and nothing is saved.
/// </summary>
public sealed class ItemCommentTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public ItemCommentTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_chairman_and_the_reviewer_comment_on_an_item_and_it_shows_under_the_item()
    {
        var (planId, itemId) = await ItemAsync("xã Cẩm Sơn");
        var details = $"/Plans/Details/{planId}";
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.camxuyen");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        Assert.Contains("send-item-comment", await GetAsync(chairman, details), StringComparison.Ordinal);
        Assert.DoesNotContain("send-item-comment", await GetAsync(clerk, details), StringComparison.Ordinal);
        using (var byChairman = await PostAsync(chairman, details, itemId, "Nội dung này cần ghi rõ đơn vị phối hợp."))
        {
            Assert.Equal(HttpStatusCode.Redirect, byChairman.StatusCode);
            Assert.EndsWith($"#item-{itemId}", byChairman.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using (var byReviewer = await PostAsync(reviewer, details, itemId, "Đề nghị nêu thời hạn theo quý."))
        {
            Assert.Equal(HttpStatusCode.Redirect, byReviewer.StatusCode);
        }

        var item = Article(await GetAsync(clerk, details), itemId);
        Assert.Contains("Nội dung này cần ghi rõ đơn vị phối hợp.", item, StringComparison.Ordinal);
        Assert.Contains("Góp ý của Chủ tịch Cẩm Sơn (test)", item, StringComparison.Ordinal);
        Assert.Contains("Đề nghị nêu thời hạn theo quý.", item, StringComparison.Ordinal);
        Assert.Contains("Góp ý của Nội vụ Cẩm Xuyên (test)", item, StringComparison.Ordinal);
        var saved = await DatabaseProbe.QueryAsync(_factory, db => db.PlanComments.Where(c => c.PlanId == planId && c.ItemId == itemId).CountAsync());
        Assert.Equal(2, saved);

        // Blank is refused beside the form, nothing saved.
        using (var blank = await PostAsync(chairman, details, itemId, "   "))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
            Assert.Contains("Nhập nội dung góp ý cho nội dung khắc phục này.", WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(2, await DatabaseProbe.QueryAsync(_factory, db => db.PlanComments.CountAsync(c => c.ItemId == itemId)));
    }

    [Theory]
    [InlineData("t.clerk.camson", HttpStatusCode.Forbidden)]
    [InlineData("t.staff.camson", HttpStatusCode.Forbidden)]
    [InlineData("t.chairman.trieutrach", HttpStatusCode.NotFound)]
    [InlineData("t.reviewer.sonha", HttpStatusCode.NotFound)]
    public async Task Others_cannot_comment_on_an_item_and_nothing_is_saved(string account, HttpStatusCode expected)
    {
        var (planId, itemId) = await ItemAsync("xã Cẩm Sơn");
        using var client = await TestAccounts.SignedInAsync(_factory, account);
        var before = await DatabaseProbe.QueryAsync(_factory, db => db.PlanComments.CountAsync());

        using var response = await PostAsync(client, $"/Plans/Details/{planId}", itemId, "Góp ý không được phép.");

        // A refusal by role is the access-denied page (the cookie scheme's answer to 403); out of scope is 404.
        Assert.Equal(expected, IsAccessDenied(response) ? HttpStatusCode.Forbidden : response.StatusCode);
        Assert.Equal(before, await DatabaseProbe.QueryAsync(_factory, db => db.PlanComments.CountAsync()));
    }

    [Fact]
    public async Task An_item_of_another_plan_is_not_found()
    {
        var (planId, _) = await ItemAsync("xã Cẩm Sơn");
        var (_, foreignItem) = await ItemAsync("xã Triệu Trạch");
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");

        using var response = await PostAsync(chairman, $"/Plans/Details/{planId}", foreignItem, "Góp ý nhầm kế hoạch.");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<(Guid PlanId, Guid ItemId)> ItemAsync(string commune) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, commune);
        return (planId, await db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).Select(i => i.Id).FirstAsync());
    });

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string details, Guid itemId, string text)
    {
        // The token from a page every account opens (another commune's plan is 404, without a form).
        var token = await client.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        return await client.PostFormWithTokenAsync($"{details}?handler=ItemComment", token, [new("ItemId", itemId.ToString()), new("ItemComment", text)]);
    }

    private static bool IsAccessDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal));

    private static async Task<string> GetAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));

    private static string Article(string html, Guid itemId)
    {
        var start = html.IndexOf($"id=\"item-{itemId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the item is not on the page");
        return html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
    }
}
