using System.Net;
using System.Text.RegularExpressions;
using CcHc.Domain.Plans;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>The plan page's completeness bar never says 100 % above a list of what is still missing.</summary>
public sealed partial class CompletenessBarTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public CompletenessBarTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task Every_deduction_answered_but_an_item_without_tasks_shows_99_and_the_missing_item()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var details = new Uri($"/Plans/Details/{planId}", UriKind.Relative);
        Assert.Equal("100", Percent(await clerk.GetStringAsync(details)));

        // One more item with no tasks, lead or deadline: every deduction is still covered, but the list is not empty.
        await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).SingleAsync(p => p.Id == planId);
            plan.AddItem(new ItemContent("Nội dung thêm chưa soạn", null, [], null, null, [], null, []));
            return await db.SaveChangesAsync();
        });

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(details));
        Assert.Equal("99", Percent(page));
        Assert.Contains(">99%<", page, StringComparison.Ordinal);
        Assert.Contains("Còn thiếu (1)", page, StringComparison.Ordinal);
        Assert.Contains("Nội dung thêm chưa soạn", page, StringComparison.Ordinal);
    }

    private static string Percent(string html) => BarPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No completeness bar on the page.");

    [GeneratedRegex(@"role=""progressbar""[^>]*aria-valuenow=""(\d+)""")]
    private static partial Regex BarPattern();
}
