using CcHc.BrowserTests.Infrastructure;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.Tracking;

/// <summary>
/// Issue 18, "On a phone": at 390 px the to-do home pages, "Việc của tôi", a task page (with its camera input), the
/// plan page, the dashboard and the plan's history never scroll sideways: the page's scroll width stays at most 390.
/// Screenshots under artifacts/screenshots/ (phone-*.png).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneWidthInBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
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

    /// <summary>
    /// The score sheet on a phone: the page does not scroll sideways (the table scrolls inside its own frame), and the
    /// criteria's titles keep a readable width, so Cẩm Sơn's sheet (39 rows) is not the 42,737 px column of a few
    /// letters a line it was (the phone style's "overflow-wrap: anywhere" let the table squeeze the titles to 40 px).
    /// </summary>
    [Fact]
    public async Task The_score_sheet_fits_a_390_pixel_phone_without_growing_into_a_column_of_single_words()
    {
        var assessmentId = await DatabaseProbe.QueryAsync(fixture.App, db => db.Assessments
            .Where(a => db.Communes.Any(c => c.Id == a.CommuneId && c.Name == "xã Cẩm Sơn")).Select(a => a.Id).FirstAsync());
        var page = await PhoneAsync("t.clerk.camson");
        try
        {
            await AssertFitsAsync(page, $"/Assessments/Scores/{assessmentId}", "phone-40-score-sheet");
            var rows = await page.Locator("#score-sheet tbody tr").CountAsync();
            var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            var title = await page.Locator("#score-sheet tbody tr td:nth-child(2)").First.BoundingBoxAsync();
            output.WriteLine($"Score sheet at {Width} px: {rows} rows, {height} px tall, titles {title?.Width:0} px wide");
            Assert.True(title is { Width: >= 180 }, $"the title column is {title?.Width} px wide (the sheet {height} px tall)");
            Assert.True(height <= MaxScoreSheetHeight(rows), $"the score sheet is {height} px tall for {rows} rows");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>About four lines of text a row plus the page's furniture (measured: 4,372 px for 39 rows; 42,737 px before).</summary>
    private static int MaxScoreSheetHeight(int rows) => 1_500 + (rows * 120);

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
