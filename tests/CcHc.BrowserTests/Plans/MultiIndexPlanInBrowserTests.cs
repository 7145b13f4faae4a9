using System.Globalization;
using CcHc.BrowserTests.Infrastructure;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.Plans;

/// <summary>
/// Issue 15's whole flow for a plan maintaining several indices, as xã Hà Bắc's seed 004: the clerk creates a
/// multi-index plan for 2025–2026 (PAR INDEX, SIPAS, PAPI, PCI) from the starter text, names a lead and a deadline for
/// each index — Trạm y tế xã, an organisation, leads the PAPI task — and submits it; the chairman approves, the clerk
/// issues it; the civil servant who is Trạm y tế xã's contact reports the PAPI task done from "Việc của tôi"; the
/// dashboard shows it under PAPI. Screenshots under artifacts/screenshots/ (40–46).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class MultiIndexPlanInBrowserTests(BrowserFixture fixture)
{
    private const string Clerk = "br.clerk.habac";
    private const string Chairman = "br.chairman.habac";
    private const string Staff = "br.staff.habac";
    private const string Clinic = "Trạm y tế xã";
    private const string CultureTitle = "Công chức Văn hóa - Xã hội";

    [Fact]
    public async Task The_clerk_creates_and_issues_a_multi_index_plan_and_the_papi_task_reported_by_an_organisations_contact_shows_on_the_dashboard()
    {
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
            [
                new AccountSeed(Clerk, "Công chức VP-TK Hà Bắc (trình duyệt)", AppRoles.Clerk, "xã Hà Bắc"),
                new AccountSeed(Chairman, "Chủ tịch Hà Bắc (trình duyệt)", AppRoles.Chairman, "xã Hà Bắc"),
                new AccountSeed(Staff, "Công chức VH-XH Hà Bắc (trình duyệt)", AppRoles.Staff, "xã Hà Bắc", PositionTitles: [CultureTitle]),
            ], TestAccounts.Password);
        }

        var clerk = await fixture.SignedInPageAsync(Clerk);
        IPage? chairman = null;
        IPage? staff = null;
        try
        {
            await clerk.GotoAsync("/Dashboard");
            await clerk.Locator("#new-plan").ClickAsync();
            await Expect(clerk.Locator("#new-plan-form")).ToBeVisibleAsync();
            await clerk.Locator("#kind-MultiIndex").CheckAsync();
            await clerk.Locator("#form-Plan").CheckAsync();
            await clerk.Locator("#Input_FromYear").FillAsync("2025");
            await clerk.Locator("#Input_ToYear").FillAsync("2026");
            foreach (var index in new[] { "ParIndex", "Sipas", "Papi", "Pci" })
            {
                await clerk.Locator($"#index-{index}").CheckAsync();
            }

            await BrowserFixture.ScreenshotAsync(clerk, "40-new-multi-index-plan");
            await clerk.Locator("#create-new-plan").ClickAsync();
            await clerk.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/Plans/Details/", StringComparison.Ordinal));
            var planUrl = new Uri(clerk.Url).AbsolutePath;
            var planId = Guid.Parse(planUrl[(planUrl.LastIndexOf('/') + 1)..]);
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Dự thảo");
            var items = clerk.Locator(".plan-item");
            await Expect(items).ToHaveCountAsync(4);
            Assert.NotEqual("100%", (await clerk.Locator(".progress-bar").InnerTextAsync()).Trim());

            // One lead and one deadline per index; the PAPI task is led by an organisation.
            for (var i = 0; i < 4; i++)
            {
                await items.Nth(i).GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).ClickAsync();
                await clerk.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/Plans/EditItem/", StringComparison.Ordinal));
                var index = await clerk.Locator("#Input_Index").InputValueAsync();
                var lead = index == "Papi" ? Clinic : "Công chức Văn phòng - Thống kê";
                await clerk.Locator("#Input_LeadPositionId").SelectOptionAsync(new SelectOptionValue { Label = lead });
                await clerk.Locator("#Input_Deadline").FillAsync("Quý IV năm 2025");
                if (index == "Papi")
                {
                    await BrowserFixture.ScreenshotAsync(clerk, "41-papi-task-led-by-an-organisation");
                }

                await clerk.Locator("#save-item").ClickAsync();
                await clerk.WaitForURLAsync(url => new Uri(url).AbsolutePath == planUrl);
                await Expect(items.Nth(i)).ToContainTextAsync(lead);
            }

            await Expect(clerk.Locator(".progress-bar")).ToHaveTextAsync("100%");
            await BrowserFixture.ScreenshotAsync(clerk, "42-multi-index-plan-complete");
            await clerk.Locator("#submit-plan").ClickAsync();
            await clerk.Locator("#confirm-step").ClickAsync();
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Đã trình");

            chairman = await fixture.SignedInPageAsync(Chairman);
            await chairman.GotoAsync(planUrl);
            await Expect(chairman.Locator("#plan-status")).ToHaveTextAsync("Đã trình");
            await chairman.Locator("#approve-plan").ClickAsync();
            await chairman.Locator("#confirm-step").ClickAsync();
            await Expect(chairman.Locator("#plan-status")).ToHaveTextAsync("Đã phê duyệt");

            await clerk.ReloadAsync();
            await clerk.Locator("#DocumentNumber").FillAsync("31");
            await clerk.Locator("#IssueDate").FillAsync("2025-01-10");
            await clerk.Locator("#issue-plan").ClickAsync();
            await clerk.Locator("#confirm-step").ClickAsync();
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Đã ban hành");
            await BrowserFixture.ScreenshotAsync(clerk, "43-multi-index-plan-issued");

            // The contact of Trạm y tế xã reports the PAPI task from "Việc của tôi".
            staff = await fixture.SignedInPageAsync(Staff);
            await staff.Locator("#nav-tasks").ClickAsync();
            await Expect(staff.Locator("#task-table")).ToBeVisibleAsync();
            var row = staff.Locator("tr.task-row", new() { Has = staff.Locator(".for-organisation", new() { HasTextString = Clinic }) });
            await Expect(row).ToHaveCountAsync(1);
            await BrowserFixture.ScreenshotAsync(staff, "44-my-tasks-for-an-organisation");
            await row.Locator("a").First.ClickAsync();
            await Expect(staff.Locator("#update-form")).ToBeVisibleAsync();
            await staff.Locator("#Progress").SelectOptionAsync("Done");
            await staff.Locator("#Text").FillAsync("Trạm y tế xã đã tổ chức khám, chữa bệnh lưu động tại các thôn (kiểm thử trình duyệt).");
            await staff.Locator("#Files").SetInputFilesAsync(new FilePayload { Name = "bien-ban.png", MimeType = "image/png", Buffer = TrackingTestSupport.Png });
            await staff.Locator("#update-form button[type=submit]").ClickAsync();
            await Expect(staff.Locator("#task-progress")).ToHaveTextAsync("Hoàn thành");
            await BrowserFixture.ScreenshotAsync(staff, "45-papi-task-done");

            await staff.GotoAsync("/Dashboard");
            var papi = staff.Locator("#progress-by-index tr[data-index='Papi']");
            await Expect(papi).ToBeVisibleAsync();
            // The commune has no assessment: the tasks section follows its latest tracked plan, this one.
            await Expect(staff.Locator("#no-assessment")).ToBeVisibleAsync();
            await Expect(staff.Locator("#tasks-total")).ToHaveTextAsync("4");
            await Expect(staff.Locator("#tasks-done")).ToHaveTextAsync("1");
            await BrowserFixture.ScreenshotAsync(staff, "46-dashboard-by-index");
            var (papiTasks, otherIndices) = await DatabaseProbe.QueryAsync(fixture.App, async db =>
            {
                var plan = await db.Plans.AsNoTracking().Include(p => p.Items).ThenInclude(i => i.Tasks).SingleAsync(p => p.Id == planId);
                Assert.Equal((PlanStatus.Issued, PlanKind.MultiIndex), (plan.Status, plan.Kind));
                var papiTasks = plan.Items.Where(i => i.Index == Domain.Criteria.IndexKind.Papi).SelectMany(i => i.Tasks).ToList();
                return (papiTasks, plan.Items.Where(i => i.Index != Domain.Criteria.IndexKind.Papi).SelectMany(i => i.Tasks).Count(t => t.Progress == TaskProgress.Done));
            });
            Assert.Contains(papiTasks, t => t.Progress == TaskProgress.Done);
            Assert.Equal(0, otherIndices);
            Assert.Equal(papiTasks.Count(t => t.Progress == TaskProgress.Done).ToString(CultureInfo.InvariantCulture), (await papi.Locator(".index-done").InnerTextAsync()).Trim());
            Assert.Equal(papiTasks.Count.ToString(CultureInfo.InvariantCulture), (await papi.Locator(".index-total").InnerTextAsync()).Trim());
        }
        finally
        {
            await clerk.Context.CloseAsync();
            if (chairman is not null)
            {
                await chairman.Context.CloseAsync();
            }

            if (staff is not null)
            {
                await staff.Context.CloseAsync();
            }
        }
    }
}
