using System.Net;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Security;

/// <summary>Two people editing the same plan in two real HTTP sessions: the second save is refused, nothing is lost.</summary>
public sealed class ConcurrentEditingTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public ConcurrentEditingTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_second_save_of_the_plan_header_is_refused_shows_the_first_and_can_be_reapplied()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        using var first = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var second = await SecondClerkAsync();
        var url = $"/Plans/EditHeader/{planId}";
        var firstForm = HtmlForm.Parse(await first.GetStringAsync(new Uri(url, UriKind.Relative)), "header-form");
        var secondForm = HtmlForm.Parse(await second.GetStringAsync(new Uri(url, UriKind.Relative)), "header-form");

        firstForm["Input.Summary"] = "Trích yếu do người thứ nhất sửa";
        using var saved = await first.PostFormWithTokenAsync(url, firstForm["__RequestVerificationToken"], firstForm.Fields);
        secondForm["Input.Summary"] = "Trích yếu do người thứ hai sửa";
        using var refused = await second.PostFormWithTokenAsync(url, secondForm["__RequestVerificationToken"], secondForm.Fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Người khác đã lưu thay đổi", page, StringComparison.Ordinal);
        Assert.Contains("t.clerk.camson", page, StringComparison.Ordinal);
        Assert.Contains("Trích yếu do người thứ nhất sửa", page, StringComparison.Ordinal);
        Assert.Contains("Trích yếu do người thứ hai sửa", page, StringComparison.Ordinal);
        Assert.Equal("Trích yếu do người thứ nhất sửa", await SummaryAsync(planId));

        // The second person reapplies deliberately from the refused page: now it is saved, and both saves are in the audit.
        var again = HtmlForm.Parse(await refused.Content.ReadAsStringAsync(), "header-form");
        using var reapplied = await second.PostFormWithTokenAsync(url, again["__RequestVerificationToken"], again.Fields);
        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        Assert.Equal("Trích yếu do người thứ hai sửa", await SummaryAsync(planId));
        var updates = await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries
            .Where(a => a.EntityId == planId.ToString() && a.Action == AuditAction.Update).Select(a => a.Changes).ToListAsync());
        Assert.Contains(updates, c => c!.Contains("người thứ nhất", StringComparison.Ordinal));
        Assert.Contains(updates, c => c!.Contains("người thứ hai", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_second_save_of_the_same_item_is_refused_and_the_first_value_is_kept()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        var itemId = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).Select(i => i.Id).FirstAsync());
        using var first = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var second = await SecondClerkAsync();
        var url = $"/Plans/EditItem/{planId}/{itemId}";
        var firstForm = HtmlForm.Parse(await first.GetStringAsync(new Uri(url, UriKind.Relative)), "item-form");
        var secondForm = HtmlForm.Parse(await second.GetStringAsync(new Uri(url, UriKind.Relative)), "item-form");

        firstForm["Input.Cause"] = "Nguyên nhân theo người thứ nhất";
        using var saved = await first.PostFormWithTokenAsync(url, firstForm["__RequestVerificationToken"], firstForm.Fields);
        secondForm["Input.Cause"] = "Nguyên nhân theo người thứ hai";
        using var refused = await second.PostFormWithTokenAsync(url, secondForm["__RequestVerificationToken"], secondForm.Fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Nguyên nhân theo người thứ nhất", page, StringComparison.Ordinal);
        Assert.Contains("Nguyên nhân theo người thứ hai", page, StringComparison.Ordinal);
        var cause = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.Id == itemId).Select(i => i.Cause).SingleAsync());
        Assert.Equal("Nguyên nhân theo người thứ nhất", cause);
    }

    private async Task<HttpClient> SecondClerkAsync()
    {
        await TestAccounts.EnsureCreatedAsync(_factory);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>()
                .SeedAccountsAsync([new AccountSeed("t.clerk2.camson", "Công chức thứ hai", AppRoles.Clerk, "xã Cẩm Sơn")], TestAccounts.Password);
        }

        return await TestAccounts.SignedInAsync(_factory, "t.clerk2.camson");
    }

    private Task<string> SummaryAsync(Guid planId) =>
        DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.Summary).SingleAsync());
}
