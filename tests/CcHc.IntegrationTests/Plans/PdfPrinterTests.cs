using CcHc.Infrastructure.Printing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// The shared Chromium: jobs run side by side within the bound on pages kept between jobs, a browser that died is
/// replaced, and a document printed before comes from the cache.
/// </summary>
public sealed class PdfPrinterTests
{
    private const string Html = "<html><body><p>Kế hoạch thử</p></body></html>";

    [Fact]
    public async Task After_the_browser_dies_the_next_job_starts_a_new_one()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfOptions(), NullLogger<ChromiumPdfPrinter>.Instance);

        var before = await printer.RenderAsync(Html);
        Assert.Equal(1, printer.Launches);
        await printer.StopBrowserAsync();
        Assert.False(printer.BrowserRunning);

        var after = await printer.RenderAsync(Html);

        Assert.Equal("%PDF"u8.ToArray(), before[..4]);
        Assert.Equal("%PDF"u8.ToArray(), after[..4]);
        Assert.Equal(2, printer.Launches);
        Assert.True(printer.BrowserRunning);
        Assert.Equal(2, printer.PagesOpened);   // the dead browser's kept page was dropped, not reused
    }

    [Fact]
    public async Task Pages_are_kept_between_jobs_one_per_job_slot()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfOptions { MaxConcurrency = 2 }, NullLogger<ChromiumPdfPrinter>.Instance);

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(i => printer.RenderAsync(Html.Replace("thử", $"thử {round}.{i}", StringComparison.Ordinal))));
        }

        Assert.InRange(printer.PagesOpened, 1, 2);
    }

    [Fact]
    public async Task An_unchanged_document_comes_from_the_cache_and_a_changed_one_is_printed()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfOptions(), NullLogger<ChromiumPdfPrinter>.Instance);
        var cache = printer.Cache!;

        var first = await printer.PrintAsync(Html);
        var again = await printer.PrintAsync(Html);
        var changed = await printer.PrintAsync(Html.Replace("thử", "đã sửa", StringComparison.Ordinal));

        Assert.Same(first, again);
        Assert.NotEqual(first, changed);
        Assert.Equal(2, cache.Prints);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(first.LongLength + changed.LongLength, cache.Bytes);
    }

    [Fact]
    public async Task Four_concurrent_requests_for_one_document_share_one_print()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfOptions { MaxConcurrency = 2 }, NullLogger<ChromiumPdfPrinter>.Instance);

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => printer.PrintAsync(Html)));

        Assert.All(pdfs, pdf => Assert.Same(pdfs[0], pdf));
        Assert.Equal(1, printer.Cache!.Prints);
        Assert.Equal(3, printer.Cache.Hits);
    }

    [Fact]
    public async Task Without_a_cache_every_request_prints()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfOptions { CacheMegabytes = 0 }, NullLogger<ChromiumPdfPrinter>.Instance);

        var first = await printer.PrintAsync(Html);
        var second = await printer.PrintAsync(Html);

        Assert.Null(printer.Cache);
        Assert.NotSame(first, second);
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
