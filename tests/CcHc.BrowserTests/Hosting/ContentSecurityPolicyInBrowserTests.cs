using CcHc.BrowserTests.Infrastructure;
using CcHc.Domain.Plans;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.Hosting;

/// <summary>
/// The pages under the Content-Security-Policy in Chromium: the scripts moved out of the pages still work (the
/// deadline preview, the confirm before a deletion, the account form's role fields), the 404 page is the site's,
/// and Chromium reports no policy violation anywhere. (The plan page with its framed document preview is covered by
/// the plan workflow test.)
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ContentSecurityPolicyInBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Clerks = new(StringComparer.Ordinal)
    {
        ["xã Cẩm Sơn"] = "t.clerk.camson",
        ["xã Triệu Trạch"] = "t.clerk.trieutrach",
        ["xã Sơn Kỳ"] = "t.clerk.sonky",
    };

    private readonly List<string> _violations = [];

    [Fact]
    public async Task The_moved_scripts_work_and_chromium_reports_no_policy_violation()
    {
        var draft = await DatabaseProbe.QueryAsync(fixture.App, db =>
            (from plan in db.Plans
             join commune in db.Communes on plan.CommuneId equals commune.Id
             where plan.Status == PlanStatus.Draft && db.PlanItems.Any(i => i.PlanId == plan.Id)
             select new { plan.Id, Commune = commune.Name, Item = db.PlanItems.Where(i => i.PlanId == plan.Id).OrderBy(i => i.Order).Select(i => i.Id).First() })
            .ToListAsync());
        var target = draft.First(d => Clerks.ContainsKey(d.Commune));

        var clerk = await fixture.SignedInPageAsync(Clerks[target.Commune]);
        await WatchAsync(clerk);
        try
        {
            // deadline-preview.js: the typed deadline is read back with its last day.
            await clerk.GotoAsync($"/Plans/EditItem/{target.Id}/{target.Item}");
            await clerk.Locator("#Input_Deadline").FillAsync("Cả năm");
            await Expect(clerk.Locator("[data-deadline-output]").First).ToContainTextAsync("hạn chót");
            // confirm.js: dismissing the question keeps the item (no post), accepting would delete it.
            var asked = new List<string>();
            EventHandler<IDialog> Dismiss = async (_, dialog) =>
            {
                asked.Add(dialog.Message);
                await dialog.DismissAsync();
            };

            clerk.Dialog += Dismiss;
            await clerk.Locator("button[data-confirm]").ClickAsync();
            clerk.Dialog -= Dismiss;
            Assert.Equal(["Xóa nội dung khắc phục này?"], asked);
            Assert.EndsWith($"/Plans/EditItem/{target.Id}/{target.Item}", new Uri(clerk.Url).AbsolutePath, StringComparison.Ordinal);
            await CollectAsync(clerk);
            // The 404 page in the layout.
            var missing = await clerk.GotoAsync("/Plans/Khong-co-trang-nay");
            Assert.Equal(404, missing!.Status);
            await Expect(clerk.Locator("#status-page h1")).ToHaveTextAsync("Không tìm thấy trang");
            await Expect(clerk.Locator("#user-menu")).ToBeVisibleAsync();
            await CollectAsync(clerk);
        }
        finally
        {
            await clerk.Context.CloseAsync();
        }

        var admin = await fixture.SignedInPageAsync("t.admin");
        await WatchAsync(admin);
        try
        {
            // account-fields.js: the commune list shows for a commune role, the office list for a reviewer.
            await admin.GotoAsync("/Admin/Users/Create");
            await admin.Locator("[data-account-role]").SelectOptionAsync(CcHc.Infrastructure.Identity.AppRoles.Reviewer);
            await Expect(admin.Locator("[data-account-scope='office']")).ToBeVisibleAsync();
            await Expect(admin.Locator("[data-account-scope='commune']")).ToBeHiddenAsync();
            await admin.Locator("[data-account-role]").SelectOptionAsync(CcHc.Infrastructure.Identity.AppRoles.Clerk);
            await Expect(admin.Locator("[data-account-scope='commune']")).ToBeVisibleAsync();
            await Expect(admin.Locator("[data-account-scope='office']")).ToBeHiddenAsync();
            await CollectAsync(admin);
            foreach (var path in new[] { "/", "/Dashboard/Index", "/Office/Index", "/Admin/CriteriaSets/Import", "/Admin/Audit/Index", "/Verify" })
            {
                await admin.GotoAsync(path);
                await Expect(admin.Locator("main")).ToBeVisibleAsync();
                await CollectAsync(admin);
            }
        }
        finally
        {
            await admin.Context.CloseAsync();
        }

        _violations.ForEach(output.WriteLine);
        Assert.Empty(_violations);
    }

    /// <summary>
    /// Every page records the policy's violations (the browser's securitypolicyviolation event) from its first
    /// moment, through an init script (Playwright injects it over the DevTools protocol, outside the page's policy);
    /// <see cref="CollectAsync"/> reads them before leaving the page.
    /// </summary>
    private static async Task WatchAsync(IPage page) => await page.Context.AddInitScriptAsync(
        "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });");

    private async Task CollectAsync(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            var found = await frame.EvaluateAsync<string[]>("() => window.__csp || []");
            _violations.AddRange(found.Select(v => $"{frame.Url}: {v}"));
        }
    }
}
