using CcHc.Infrastructure.Printing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CcHc.IntegrationTests.Plans;

/// <summary>The shared Chromium: jobs run side by side within the bound, and a browser that died is replaced.</summary>
public sealed class PdfPrinterTests
{
    private const string Html = "<html><body><p>Kế hoạch thử</p></body></html>";

    [Fact]
    public async Task After_the_browser_dies_the_next_job_starts_a_new_one()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfOptions(), NullLogger<ChromiumPdfPrinter>.Instance);

        var before = await printer.PrintAsync(Html);
        Assert.Equal(1, printer.Launches);
        await printer.StopBrowserAsync();
        Assert.False(printer.BrowserRunning);

        var after = await printer.PrintAsync(Html);

        Assert.Equal("%PDF"u8.ToArray(), before[..4]);
        Assert.Equal("%PDF"u8.ToArray(), after[..4]);
        Assert.Equal(2, printer.Launches);
        Assert.True(printer.BrowserRunning);
    }

    [Fact]
    public async Task Several_jobs_at_once_all_print()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfOptions { MaxConcurrency = 2 }, NullLogger<ChromiumPdfPrinter>.Instance);

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => printer.PrintAsync(Html)));

        Assert.All(pdfs, pdf => Assert.Equal("%PDF"u8.ToArray(), pdf[..4]));
    }

    [Fact]
    public async Task A_configured_browser_that_does_not_exist_is_reported_as_unavailable()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfOptions { BrowserPath = "/nonexistent/chrome" }, NullLogger<ChromiumPdfPrinter>.Instance);

        Assert.False(printer.IsAvailable);
        await Assert.ThrowsAsync<PdfUnavailableException>(() => printer.PrintAsync(Html));
    }
}
