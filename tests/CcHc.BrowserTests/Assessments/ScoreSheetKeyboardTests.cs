using CcHc.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.Assessments;

/// <summary>The score sheet's keyboard: Enter moves to the cell below (same column) instead of submitting the form.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ScoreSheetKeyboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Enter_in_a_score_cell_moves_focus_to_the_cell_below_and_does_not_submit()
    {
        // Cẩm Sơn: its plan is a draft, so its scores may be edited (Triệu Trạch's công văn is issued and seals its own).
        var page = await fixture.SignedInPageAsync("t.clerk.camson");
        try
        {
            await page.Locator("section[data-commune='xã Cẩm Sơn'] a", new() { HasText = "Kết quả thẩm định năm" }).First.ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/Assessments/Scores/", StringComparison.Ordinal));
            var sheetUrl = page.Url;
            var rows = page.Locator("#score-sheet tbody tr");
            Assert.True(await rows.CountAsync() >= 3, "The score sheet should have several rows.");

            // Appraised column: type in row 1, Enter, then row 2 has the focus; Enter again goes on to row 3.
            var first = rows.Nth(0).Locator("input.score-input");
            await first.ClickAsync();
            await first.FillAsync("1,5");
            await first.PressAsync("Enter");
            await Expect(rows.Nth(1).Locator("input.score-input")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(rows.Nth(2).Locator("input.score-input")).ToBeFocusedAsync();

            // Another column keeps its column: "Bị trừ theo văn bản".
            var stated = rows.Nth(0).Locator("input[name$='.StatedDeduction']");
            await stated.FocusAsync();
            await stated.PressAsync("Enter");
            await Expect(rows.Nth(1).Locator("input[name$='.StatedDeduction']")).ToBeFocusedAsync();

            // Nothing was submitted: same page, the typed value still there, no "saved" message.
            Assert.Equal(sheetUrl, page.Url);
            await Expect(first).ToHaveValueAsync("1,5");
            await Expect(page.Locator(".alert-success")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
