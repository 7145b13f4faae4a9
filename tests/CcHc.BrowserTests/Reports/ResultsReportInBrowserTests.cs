using CcHc.BrowserTests.Infrastructure;
using CcHc.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.Reports;

/// <summary>
/// The Sơn Kỳ clerk writes the year-end results report from the plan page, issues it with a number and a date and
/// downloads its PDF, which is then the frozen file. Screenshots under artifacts/screenshots/.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ResultsReportInBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_clerk_writes_issues_and_downloads_the_results_report()
    {
        var planId = await DatabaseProbe.PlanIdAsync(fixture.App, "xã Sơn Kỳ");
        var clerk = await fixture.SignedInPageAsync("t.clerk.sonky");
        try
        {
            await clerk.GotoAsync($"/Plans/Details/{planId}");
            await clerk.Locator("#open-report").ClickAsync();
            await Expect(clerk.Locator("#report-status")).ToHaveTextAsync("Chưa lập");
            await clerk.Locator("#edit-report").ClickAsync();

            await clerk.Locator("#Input_Summary").FillAsync("Năm 2024 UBND xã đã khắc phục phần lớn nội dung bị trừ điểm (kiểm thử trình duyệt).");
            await clerk.Locator("#save-report").ClickAsync();
            await Expect(clerk.Locator("#report-status")).ToHaveTextAsync("Dự thảo");

            await clerk.Locator("#DocumentNumber").FillAsync("15");
            await clerk.Locator("#IssueDate").FillAsync("2024-12-25");
            await clerk.Locator("#issue-report").ClickAsync();
            await Expect(clerk.Locator("#report-status")).ToHaveTextAsync("Đã ban hành");
            await Expect(clerk.Locator("#report-frozen-files")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(clerk, "40-results-report-issued");

            var download = await clerk.RunAndWaitForDownloadAsync(() => clerk.Locator("#download-report-pdf").ClickAsync());
            var file = Path.Combine(Path.GetTempPath(), $"cchc-report-{Guid.NewGuid():N}.pdf");
            await download.SaveAsAsync(file);
            try
            {
                var text = System.Text.RegularExpressions.Regex.Replace(await PdfTools.RunAsync("pdftotext", file, "-"), @"\s+", " "); // justified lines wrap anywhere
                Assert.Contains("Số: 15/BC-UBND", text, StringComparison.Ordinal);
                Assert.Contains("kiểm thử trình duyệt", text, StringComparison.Ordinal);
                Assert.DoesNotContain("DỰ THẢO", text, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(file);
            }
        }
        finally
        {
            await clerk.Context.CloseAsync();
        }
    }
}
