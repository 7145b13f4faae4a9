using CcHc.BrowserTests.Infrastructure;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Tracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.Tracking;

/// <summary>
/// Issue 18, "On a phone": at 390 px the to-do home pages, "Việc của tôi", a task page (with its camera input), the
/// plan page, the dashboard and the plan's history never scroll sideways: the page's scroll width stays at most 390.
/// Screenshots under artifacts/screenshots/ (phone-*.png).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneWidthInBrowserTests(BrowserFixture fixture)
{
    private const int Width = 390;
    private const string Staff = "br.phone.staff.sonky";

    private static async Task AssertFitsAsync(IPage page, string path, string screenshot)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        Assert.True(width <= Width, $"{path} is {width} px wide at {Width} px");
    }

    private async Task<IPage> PhoneAsync(string userName)
    {
        var page = await fixture.SignedInPageAsync(userName);
        await page.SetViewportSizeAsync(Width, 844);
        return page;
    }

    [Fact]
    public async Task Staff_pages_fit_a_390_pixel_phone_and_the_task_page_offers_the_camera()
    {
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
                [new AccountSeed(Staff, "Công chức TC-KT Sơn Kỳ (điện thoại)", AppRoles.Staff, "xã Sơn Kỳ", PositionTitles: ["Công chức Tài chính - Kế toán"])],
                TestAccounts.Password);
        }

        var taskId = await TrackingTestSupport.SonKyTaskAsync(fixture.App, "6.1.1");
        var page = await PhoneAsync(Staff);
        try
        {
            await AssertFitsAsync(page, "/", "phone-10-staff-home");
            await AssertFitsAsync(page, "/Tasks", "phone-11-my-tasks");
            await Expect(page.Locator("#task-table tr.task-row").First).ToBeVisibleAsync();
            await AssertFitsAsync(page, $"/Tasks/Details/{taskId}", "phone-12-task");
            await Expect(page.Locator("#camera-files")).ToHaveAttributeAsync("accept", "image/*");
            await Expect(page.Locator("#camera-files")).ToHaveAttributeAsync("capture", "environment");
            await AssertFitsAsync(page, "/Dashboard", "phone-13-dashboard");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_clerks_and_reviewers_pages_fit_a_390_pixel_phone()
    {
        var planId = await DatabaseProbe.PlanIdAsync(fixture.App, "xã Sơn Kỳ");
        var clerk = await PhoneAsync("t.clerk.sonky");
        try
        {
            await AssertFitsAsync(clerk, "/", "phone-20-clerk-home");
            await Expect(clerk.Locator("#home-todo")).ToBeVisibleAsync();
            await AssertFitsAsync(clerk, $"/Plans/Details/{planId}", "phone-21-plan");
            await AssertFitsAsync(clerk, $"/Plans/History/{planId}", "phone-22-history");
            await AssertFitsAsync(clerk, "/Tasks", "phone-23-clerk-tasks");
        }
        finally
        {
            await clerk.Context.CloseAsync();
        }

        var reviewer = await PhoneAsync("t.reviewer.sonha");
        try
        {
            await AssertFitsAsync(reviewer, "/", "phone-30-reviewer-home");
        }
        finally
        {
            await reviewer.Context.CloseAsync();
        }
    }
}
