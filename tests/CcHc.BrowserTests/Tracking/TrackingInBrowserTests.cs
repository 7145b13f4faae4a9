using CcHc.BrowserTests.Infrastructure;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Tracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.Tracking;

/// <summary>
/// A civil servant of Sơn Kỳ opens "Việc của tôi", reports a task done with a dated note and a photo as evidence,
/// and sees it on the commune dashboard with its SVG charts. Screenshots under artifacts/screenshots/.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class TrackingInBrowserTests(BrowserFixture fixture)
{
    private const string Staff = "br.staff.sonky";

    [Fact]
    public async Task The_lead_reports_a_task_done_with_evidence_and_the_dashboard_shows_it()
    {
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
                [new AccountSeed(Staff, "Công chức TC-KT Sơn Kỳ (trình duyệt)", AppRoles.Staff, "xã Sơn Kỳ", PositionTitles: ["Công chức Tài chính - Kế toán"])],
                TestAccounts.Password);
        }

        var page = await fixture.SignedInPageAsync(Staff);
        try
        {
            await page.Locator("#nav-tasks").ClickAsync();
            await Expect(page.Locator("#task-table")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "20-my-tasks");

            // A task this position leads that is not done yet.
            var row = page.Locator("tr.task-row", new() { Has = page.Locator("td.role", new() { HasTextString = "Chủ trì" }) })
                .Filter(new() { HasNot = page.Locator(".progress-label", new() { HasTextString = "Hoàn thành" }) }).First;
            await row.Locator("a").ClickAsync();
            await Expect(page.Locator("#update-form")).ToBeVisibleAsync();

            await page.Locator("#Progress").SelectOptionAsync("Done");
            await page.Locator("#Text").FillAsync("Đã hoàn thành, có biên bản và ảnh chụp kèm theo (kiểm thử trình duyệt).");
            await page.Locator("#Files").SetInputFilesAsync(new FilePayload { Name = "anh-chup.png", MimeType = "image/png", Buffer = TrackingTestSupport.Png });
            await page.Locator("#update-form button[type=submit]").ClickAsync();

            await Expect(page.Locator("#task-message")).ToBeVisibleAsync();
            await Expect(page.Locator("#task-progress")).ToHaveTextAsync("Hoàn thành");
            await Expect(page.Locator("#progress-log")).ToContainTextAsync("kiểm thử trình duyệt");
            await Expect(page.Locator("#evidence")).ToContainTextAsync("anh-chup.png");
            await BrowserFixture.ScreenshotAsync(page, "21-task-done");

            await page.GotoAsync("/Dashboard");
            await Expect(page.Locator("svg#chart-tasks[role=img]")).ToBeVisibleAsync();
            await Expect(page.Locator("#no-deduction-figures")).ToBeVisibleAsync(); // Sơn Kỳ's decision prints no field scores
            var done = int.Parse((await page.Locator("#tasks-done").InnerTextAsync()).Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(done >= 1);
            await BrowserFixture.ScreenshotAsync(page, "22-dashboard");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
