using System.Net;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Home;

/// <summary>
/// Issue 18, the clerk's "report due for a period": at 20/12/2024 Sơn Kỳ's plan of 2024 has four periods ended without
/// a progress report (quý I, quý II, 6 tháng đầu năm, quý III); the home page asks for the latest, then the next one
/// once it is issued through the pages, and nothing once every ended period is reported.
/// </summary>
public sealed class ProgressReportStepTests : IClassFixture<HomeTodoFactory>
{
    private readonly HomeTodoFactory _factory;

    public ProgressReportStepTests(HomeTodoFactory factory) => _factory = factory;

    [Fact]
    public async Task The_due_progress_report_appears_on_the_clerks_home_and_disappears_once_reported()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");

        var step = await StepAsync(clerk, planId);
        Assert.Contains("Báo cáo định kỳ quý III năm 2024 đến hạn: lập và ban hành báo cáo", step, StringComparison.Ordinal);
        Assert.Contains("Các kỳ khác chưa báo cáo: quý I năm 2024, quý II năm 2024, 6 tháng đầu năm 2024", step, StringComparison.Ordinal);
        Assert.Contains($"/ProgressReports/{planId}\"", step, StringComparison.Ordinal);

        // The clerk writes and issues quý III through the pages.
        var edit = $"/ProgressReports/Edit/{planId}/2024-Q3";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "progress-form");
        form["Input.Summary"] = "Quý III năm 2024, các nhiệm vụ được triển khai theo kế hoạch.";
        using (var saved = await clerk.SubmitAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var issued = await PlanSteps.PostAsync(clerk, $"/ProgressReports/Details/{planId}/2024-Q3", "Issue", ("DocumentNumber", "21"), ("IssueDate", "2024-10-05")))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        step = await StepAsync(clerk, planId);
        Assert.Contains("Báo cáo định kỳ 6 tháng đầu năm 2024 đến hạn", step, StringComparison.Ordinal);
        Assert.DoesNotContain("quý III", step, StringComparison.Ordinal);

        // The other ended periods reported (issued through the domain): no step is left.
        await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == planId);
            var clerkActor = new Actor("t.clerk.sonky", "Công chức Sơn Kỳ (test)");
            var number = 30;
            foreach (var period in new[] { ReportingPeriod.Quarter(2024, 1), ReportingPeriod.Quarter(2024, 2), ReportingPeriod.HalfYear(2024, 1) })
            {
                var report = new ProgressReport(plan, period, "Người ký", DateTimeOffset.UtcNow);
                report.Update("Đánh giá chung.", null, null, "Người ký");
                report.Issue(clerkActor, DateTimeOffset.UtcNow, new DateOnly(2024, 12, 20), (number++).ToString(System.Globalization.CultureInfo.InvariantCulture), period.End.AddDays(5));
                db.ProgressReports.Add(report);
            }

            return await db.SaveChangesAsync();
        });

        Assert.Equal(string.Empty, await StepAsync(clerk, planId));
    }

    /// <summary>The home page's progress-report step for the plan, or empty.</summary>
    private static async Task<string> StepAsync(HttpClient clerk, Guid planId)
    {
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/", UriKind.Relative)));
        var at = page.IndexOf($"data-kind=\"ReportProgress\" data-plan-id=\"{planId}\"", StringComparison.Ordinal);
        return at < 0 ? string.Empty : page[at..page.IndexOf("</li>", at, StringComparison.Ordinal)];
    }
}
