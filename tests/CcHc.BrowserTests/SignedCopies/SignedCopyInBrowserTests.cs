using CcHc.BrowserTests.Infrastructure;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CcHc.BrowserTests.SignedCopies;

/// <summary>
/// The Sơn Kỳ clerk downloads the issued PDF, has it signed (a throw-away certificate stands in for the chairman's
/// token), uploads it on the signed-copies page; then someone without an account checks the file on /Verify.
/// Screenshots under artifacts/screenshots/.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SignedCopyInBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_clerk_uploads_the_signed_plan_and_an_anonymous_visitor_checks_it()
    {
        var planId = await DatabaseProbe.PlanIdAsync(fixture.App, "xã Sơn Kỳ");
        var clerk = await fixture.SignedInPageAsync("t.clerk.sonky");
        byte[] signed;
        try
        {
            await clerk.GotoAsync($"/Plans/Details/{planId}");
            await clerk.Locator("#signed-copies-button").ClickAsync();
            await Expect(clerk.Locator("#no-signed-copy")).ToBeVisibleAsync();

            var issued = await (await clerk.APIRequest.GetAsync($"/Plans/Pdf/{planId}?exportOnly=true")).BodyAsync();
            using (var certificate = DemoCertificate.Create("UBND xã Sơn Kỳ", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1)))
            {
                signed = PdfSigner.Sign(issued, certificate, new SignatureAppearance { Organisation = "Ủy ban nhân dân xã Sơn Kỳ", SigningTime = DateTimeOffset.UtcNow });
            }

            await clerk.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "27-KH-UBND-da-ky.pdf", MimeType = "application/pdf", Buffer = signed });
            await clerk.Locator("#upload-signed button[type=submit]").ClickAsync();
            await Expect(clerk.Locator("#signed-accepted")).ToBeVisibleAsync();
            await Expect(clerk.Locator("#signed-copies")).ToContainTextAsync("UBND xã Sơn Kỳ");
            await Expect(clerk.Locator(".signed-warning").First).ToContainTextAsync("Chứng thư tự cấp");
            await BrowserFixture.ScreenshotAsync(clerk, "30-signed-copy-accepted");
        }
        finally
        {
            await clerk.Context.CloseAsync();
        }

        var visitorContext = await fixture.NewContextAsync();
        try
        {
            var visitor = await visitorContext.NewPageAsync();
            await visitor.GotoAsync("/Verify");
            await visitor.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "ke-hoach.pdf", MimeType = "application/pdf", Buffer = signed });
            await visitor.Locator("form[method=post] button[type=submit]").ClickAsync();
            await Expect(visitor.Locator("#verify-found")).ToBeVisibleAsync();
            await Expect(visitor.Locator("#verify-result")).ToContainTextAsync("Số: 27/KH-UBND");
            await Expect(visitor.Locator("#verify-signature")).ToContainTextAsync("Chữ ký số còn nguyên vẹn");
            await BrowserFixture.ScreenshotAsync(visitor, "31-verify-signed-copy");
        }
        finally
        {
            await visitorContext.CloseAsync();
        }
    }
}
