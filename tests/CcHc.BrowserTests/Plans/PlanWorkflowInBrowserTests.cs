using System.Diagnostics;
using System.Text.RegularExpressions;
using CcHc.BrowserTests.Infrastructure;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.Plans;

/// <summary>
/// The issue's story in a real browser: the clerk records Cẩm Sơn's scores, drafts and submits the plan; the chairman
/// returns it with a comment; the clerk fixes and resubmits; the chairman approves. Screenshots of each main page are
/// kept under artifacts/screenshots/.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed partial class PlanWorkflowInBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    /// <summary>Seed 000 (xã Cẩm Sơn, 2023): the eight field scores as the decision prints them, with decimal commas.</summary>
    private static readonly string[] FieldScores = ["9,13", "6,75", "12,99", "5,5", "14,62", "12,86", "14,27", "8,96"];

    private const string ReturnText = "Nội dung 1 chưa nêu rõ nguyên nhân; đề nghị bổ sung trước khi trình lại.";
    private const string FixedCause = "Chưa kịp thời ban hành kế hoạch CCHC năm; đã bổ sung theo ý kiến Chủ tịch.";

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _dialogs = [];
    private readonly List<string> _navigations = [];

    [Fact]
    public async Task The_clerk_drafts_and_submits_the_chairman_returns_the_clerk_fixes_and_resubmits_the_chairman_approves()
    {
        output.WriteLine($"Fixture: {fixture.StartupTimings}");
        var setId = await NextYearCriteriaSetAsync();
        Step("2024 criteria set copied in the database");

        var clerk = await fixture.SignedInPageAsync("t.clerk.camson", loginScreenshot: "01-login");
        Watch(clerk, "clerk");
        IPage? chairman = null;
        try
        {
            await ScreenshotAsync(clerk, "02-home");
            Step("clerk signed in");

            await CreateAssessmentAsync(clerk, setId);
            Step("assessment created");

            await RecordScoresAsync(clerk);
            Step("scores typed, checked live, saved, checked after reload");

            await clerk.Locator("#create-plan").ClickAsync();
            await clerk.WaitForURLAsync(DetailsUrl());
            var planUrl = new Uri(clerk.Url).AbsolutePath;
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Dự thảo");
            var items = clerk.Locator(".plan-item");
            await Expect(items).ToHaveCountAsync(FieldScores.Length);   // one item per deducted field (only field rows scored)
            // The set lists only deducted criteria, so every sub-criterion of a deducted field must be answered (seed 000).
            await Expect(clerk.Locator("#completeness")).ToContainTextAsync(NothingCoveredPattern());
            var required = int.Parse(NothingCoveredPattern().Match(await clerk.Locator("#completeness").InnerTextAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            await ScreenshotAsync(clerk, "04-plan-draft");
            Step("plan drafted");

            for (var i = 0; i < FieldScores.Length; i++)
            {
                await EditItemAsync(clerk, i, screenshot: i == 0 ? "05-item-editor" : null);
            }

            await Expect(clerk.Locator(".progress-bar")).ToHaveTextAsync("100%");
            await Expect(clerk.Locator("#completeness")).ToContainTextAsync($"{required}/{required} tiêu chí");
            await Expect(clerk.Locator("#completeness + details")).ToHaveCountAsync(0);   // nothing listed as missing
            await clerk.Locator("#submit-plan").ClickAsync();
            await clerk.Locator("#confirm-step").ClickAsync();   // "Trình" asks first
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Đã trình");
            Step("all items completed (lead, task), plan at 100% and submitted");

            chairman = await fixture.SignedInPageAsync("t.chairman.camson");
            Watch(chairman, "chairman");
            await chairman.Locator("section[data-commune='xã Cẩm Sơn'] a.badge").ClickAsync();
            await chairman.WaitForURLAsync(DetailsUrl());
            Assert.Equal(planUrl, new Uri(chairman.Url).AbsolutePath);
            await Expect(chairman.Locator("#plan-status")).ToHaveTextAsync("Đã trình");
            await Expect(chairman.Locator("#approve-plan")).ToBeVisibleAsync();
            await Expect(chairman.Locator(".plan-item a", new() { HasText = "Sửa" })).ToHaveCountAsync(0);
            await ScreenshotAsync(chairman, "06-chairman-submitted");
            await chairman.Locator("#Comment").FillAsync(ReturnText);
            await chairman.Locator("#return-plan").ClickAsync();
            await Expect(chairman.Locator("#plan-status")).ToHaveTextAsync("Bị trả lại");
            Step("chairman signed in, opened the plan from the home page and returned it with a comment");

            await clerk.ReloadAsync();
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Bị trả lại");
            await Expect(clerk.Locator("#return-comment")).ToContainTextAsync(ReturnText);
            await ScreenshotAsync(clerk, "07-returned-with-comment");
            await clerk.Locator("#resume-plan").ClickAsync();
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Dự thảo");
            await Expect(clerk.Locator("#return-comment")).ToContainTextAsync(ReturnText);

            await OpenItemEditorAsync(clerk, 0);
            await clerk.Locator("#Input_Cause").FillAsync(FixedCause);
            await SaveItemAsync(clerk);
            await Expect(clerk.Locator(".plan-item").First).ToContainTextAsync(FixedCause);
            await Expect(clerk.Locator(".progress-bar")).ToHaveTextAsync("100%");
            await clerk.Locator("#submit-plan").ClickAsync();
            await clerk.Locator("#confirm-step").ClickAsync();   // "Trình" asks first
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Đã trình");
            Step("clerk read the comment, resumed, fixed item 1's cause and resubmitted");

            await chairman.ReloadAsync();
            await Expect(chairman.Locator("#plan-status")).ToHaveTextAsync("Đã trình");
            await Expect(chairman.Locator(".plan-item").First).ToContainTextAsync(FixedCause);
            // Where the source's own figures disagree, the chairman ticks that they saw the list before approving.
            if (await chairman.Locator("#acknowledge-discrepancies").CountAsync() > 0)
            {
                await chairman.Locator("#acknowledge-discrepancies").CheckAsync();
            }

            await chairman.Locator("#approve-plan").ClickAsync();
            await chairman.Locator("#confirm-step").ClickAsync();
            await Expect(chairman.Locator("#plan-status")).ToHaveTextAsync("Đã phê duyệt");
            await ScreenshotAsync(chairman, "08-approved");
            Step("chairman approved");

            await clerk.ReloadAsync();
            await Expect(clerk.Locator("#plan-status")).ToHaveTextAsync("Đã phê duyệt");
            await Expect(clerk.Locator("#edit-plan")).ToHaveCountAsync(0);
            await Expect(clerk.Locator(".plan-item a", new() { HasText = "Sửa" })).ToHaveCountAsync(0);

            var planId = Guid.Parse(planUrl[(planUrl.LastIndexOf('/') + 1)..]);
            var (status, cause, leads, tasks) = await DatabaseProbe.QueryAsync(fixture.App, async db =>
            {
                var plan = await db.Plans.AsNoTracking().Include(p => p.Items).ThenInclude(i => i.Tasks).SingleAsync(p => p.Id == planId);
                var ordered = plan.Items.OrderBy(i => i.Order).ToList();
                return (plan.Status, ordered[0].Cause, ordered.Count(i => i.LeadPositionId is not null), ordered.Sum(i => i.Tasks.Count));
            });
            Assert.Equal(PlanStatus.Approved, status);
            Assert.Equal(FixedCause, cause);
            Assert.Equal(FieldScores.Length, leads);
            Assert.Equal(FieldScores.Length, tasks);
            Assert.Empty(_dialogs);
            Step("database agrees; no dialog was shown");
        }
        catch
        {
            output.WriteLine("Pages loaded:");
            _navigations.ForEach(output.WriteLine);
            _dialogs.ForEach(d => output.WriteLine("Dialog: " + d));
            await FailureScreenshotAsync(clerk, "failed-clerk");
            if (chairman is not null)
            {
                await FailureScreenshotAsync(chairman, "failed-chairman");
            }

            throw;
        }
        finally
        {
            await clerk.Context.CloseAsync();
            if (chairman is not null)
            {
                await chairman.Context.CloseAsync();
            }
        }
    }

    private static async Task CreateAssessmentAsync(IPage clerk, Guid setId)
    {
        await clerk.Locator("#new-assessment").ClickAsync();
        await clerk.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Assessments/Create");
        await clerk.Locator("#CriteriaSetId").SelectOptionAsync(setId.ToString());
        await clerk.Locator("#Input_Year").FillAsync("2024");
        await clerk.Locator("#Input_DecisionNumber").FillAsync("123/QĐ-UBND");
        await clerk.Locator("#Input_DecisionDate").FillAsync("2025-01-10");
        await clerk.Locator("#Input_DecisionBody").FillAsync("UBND huyện Cẩm Xuyên");
        await clerk.Locator("#Input_StatedTotal").FillAsync("85,08");
        await clerk.Locator("#Input_Rank").FillAsync("3/23");
        await clerk.Locator("#create-assessment").ClickAsync();
        await clerk.WaitForURLAsync(ScoresUrl());
    }

    private async Task RecordScoresAsync(IPage clerk)
    {
        var fieldRows = clerk.Locator("#score-sheet tbody tr[data-level='1']");
        await Expect(fieldRows).ToHaveCountAsync(FieldScores.Length);
        await Expect(clerk.Locator("#total-appraised")).ToHaveTextAsync("—");
        // The first score key by key, as a person types (the script recomputes on every keystroke), the others at once.
        await fieldRows.First.Locator("input.score-input").PressSequentiallyAsync(FieldScores[0]);
        await Expect(fieldRows.First.Locator(".deduction")).ToHaveTextAsync("1,87");   // 11 − 9,13, computed in the page
        for (var k = 1; k < FieldScores.Length; k++)
        {
            await fieldRows.Nth(k).Locator("input.score-input").FillAsync(FieldScores[k]);
        }

        await fieldRows.First.Locator("input[name$='.Reason']").FillAsync("Chưa ban hành kịp thời kế hoạch CCHC năm");

        // The live totals come from the page's script, before anything is sent to the server.
        await Expect(clerk.Locator("#total-appraised")).ToHaveTextAsync("85,08");
        await Expect(clerk.Locator("#total-deduction")).ToHaveTextAsync("14,92");
        await ScreenshotAsync(clerk, "03a-scores-before-save");
        Step("  score sheet: typed, live totals 85,08 / 14,92 checked before saving");

        await clerk.Locator("#save-scores").ClickAsync();
        await Expect(clerk.Locator(".alert-success")).ToContainTextAsync("Đã lưu bảng điểm");
        await clerk.ReloadAsync();
        await Expect(clerk.Locator("#total-appraised")).ToHaveTextAsync("85,08");
        await Expect(clerk.Locator("#total-deduction")).ToHaveTextAsync("14,92");
        for (var k = 0; k < FieldScores.Length; k++)
        {
            await Expect(fieldRows.Nth(k).Locator("input.score-input")).ToHaveValueAsync(FieldScores[k]);
        }

        await Expect(clerk.Locator("#Info_DecisionDate")).ToHaveValueAsync("2025-01-10");
        await Expect(clerk.Locator("#Info_StatedTotal")).ToHaveValueAsync("85,08");

        await ScreenshotAsync(clerk, "03b-scores-after-save");
    }

    private static async Task EditItemAsync(IPage clerk, int index, string? screenshot)
    {
        await OpenItemEditorAsync(clerk, index);
        var lead = clerk.Locator("#Input_LeadPositionId");
        var positions = await lead.Locator("option").CountAsync() - 1;   // the first option is "(chọn chức danh)"
        Assert.True(positions > 0, "The commune has no positions to choose a lead from.");
        await lead.SelectOptionAsync(new SelectOptionValue { Index = 1 + (index % positions) });
        var leadTitle = (await lead.Locator("option:checked").TextContentAsync())!.Trim();
        await clerk.Locator("textarea[name='Input.Tasks[0].Description']").FillAsync($"Rà soát, khắc phục các tiêu chí bị trừ điểm của lĩnh vực {index + 1}; báo cáo kết quả.");
        if (screenshot is not null)
        {
            await ScreenshotAsync(clerk, screenshot);
        }

        await SaveItemAsync(clerk);
        var card = clerk.Locator(".plan-item").Nth(index);
        await Expect(card).ToContainTextAsync($"lĩnh vực {index + 1}; báo cáo kết quả.");
        await Expect(card).ToContainTextAsync($"Chủ trì: {leadTitle}");
    }

    private static async Task OpenItemEditorAsync(IPage clerk, int index)
    {
        await clerk.Locator(".plan-item").Nth(index).GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).ClickAsync();
        await clerk.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/Plans/EditItem/", StringComparison.Ordinal));
        await Expect(clerk.Locator("#item-form")).ToBeVisibleAsync();
    }

    /// <summary>Saves the item form the normal way (its submit button); the unsaved-changes warning must stay silent.</summary>
    private static async Task SaveItemAsync(IPage clerk)
    {
        await clerk.Locator("#save-item").ClickAsync();
        await clerk.WaitForURLAsync(DetailsUrl());
        await Expect(clerk.Locator(".alert-success")).ToContainTextAsync("Đã lưu nội dung khắc phục");
    }

    private async Task<Guid> NextYearCriteriaSetAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CcHcDbContext>();
        var source = await db.CriteriaSets.Include(s => s.Nodes).SingleAsync(s => s.Year == 2023 && s.Province == "tỉnh Hà Tĩnh");
        var copy = source.CopyForYear(2024, "Bộ tiêu chí cấp xã 2024 (thử trên trình duyệt)");
        db.CriteriaSets.Add(copy);
        await db.SaveChangesAsync();
        return copy.Id;
    }

    /// <summary>
    /// Any dialog (the unsaved-changes warning, a confirm) is recorded and the test fails on it at the end; every page
    /// the browser loads is noted with its status, printed when the test fails.
    /// </summary>
    private void Watch(IPage page, string who)
    {
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add($"{who}: {dialog.Type} \"{dialog.Message}\" on {page.Url}");
            await dialog.AcceptAsync();
        };
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "document")
            {
                _navigations.Add($"{_clock.Elapsed.TotalSeconds,6:0.0}s  {who}: {response.Status} {response.Request.Method} {new Uri(response.Url).PathAndQuery}");
            }
        };
    }

    private void Step(string what) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0}s  {what}");

    private static Task ScreenshotAsync(IPage page, string name) => BrowserFixture.ScreenshotAsync(page, name);

    private static async Task FailureScreenshotAsync(IPage page, string name)
    {
        try
        {
            await BrowserFixture.ScreenshotAsync(page, name);
        }
        catch (PlaywrightException)
        {
            // The page may be gone; the original failure is what matters.
        }
    }

    private static Regex DetailsUrl() => DetailsPattern();

    private static Regex ScoresUrl() => ScoresPattern();

    [GeneratedRegex("/Plans/Details/[0-9a-f-]{36}(#.*)?$")]
    private static partial Regex DetailsPattern();

    [GeneratedRegex(@"\b0/(\d+) tiêu chí")]
    private static partial Regex NothingCoveredPattern();

    [GeneratedRegex("/Assessments/Scores/[0-9a-f-]{36}$")]
    private static partial Regex ScoresPattern();
}
