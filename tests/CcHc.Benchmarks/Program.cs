using System.Diagnostics;
using CcHc.Infrastructure.Printing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

// Usage: CcHc.Benchmarks pdf <html-file> [runs]
// CcHc's printer against Chromium's own print of the same HTML on a reused page, alternating, one process: the figures
// docs/benchmarks.md "PDF" quotes (scripts/bench-pdf.sh runs it).
if (args.Length < 2 || args[0] != "pdf")
{
    Console.Error.WriteLine("usage: CcHc.Benchmarks pdf <html-file> [runs]");
    return 2;
}

var html = await File.ReadAllTextAsync(args[1]);
var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
var options = new PdfOptions();
await using var printer = new ChromiumPdfPrinter(options, NullLogger<ChromiumPdfPrinter>.Instance);
var chromium = printer.BrowserPath ?? throw new InvalidOperationException("no Chromium");

// The reference: Chromium's own print through Playwright on one page kept open, the same PDF options.
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
var page = await browser.NewPageAsync();
async Task<byte[]> Reference(string document)
{
    await page.SetContentAsync(document, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
    return await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Format = "A4" });
}

// A changed document each time: a comment that changes the hash, not the layout.
string Changed(int i) => html.Replace("</body>", $"<!-- run {i} --></body>", StringComparison.Ordinal);

// Warm both (browser start, fonts), then alternate.
await Reference(Changed(-1));
await printer.PrintAsync(Changed(-2));
var own = new List<double>();
var cchcChanged = new List<double>();
var cchcUnchanged = new List<double>();
var size = 0;
await printer.PrintAsync(html);
for (var i = 0; i < runs; i++)
{
    var clock = Stopwatch.StartNew();
    await Reference(Changed(i));
    own.Add(clock.Elapsed.TotalMilliseconds);

    clock.Restart();
    size = (await printer.PrintAsync(Changed(1000 + i))).Length;
    cchcChanged.Add(clock.Elapsed.TotalMilliseconds);

    clock.Restart();
    await printer.PrintAsync(html);
    cchcUnchanged.Add(clock.Elapsed.TotalMilliseconds);
}

// Four different documents at once (the printer's bound is two jobs).
var together = Stopwatch.StartNew();
var four = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => printer.PrintAsync(Changed(5000 + i))));
together.Stop();

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

Console.WriteLine($"runs: {runs}, html: {html.Length:N0} characters, pdf: {size:N0} bytes, Chromium {browser.Version}");
Console.WriteLine($"Chromium's own print, reused page (median): {Median(own):0} ms");
Console.WriteLine($"CcHc printer, changed document (median):    {Median(cchcChanged):0} ms  ({Median(cchcChanged) / Median(own):0.00}x)");
Console.WriteLine($"CcHc printer, unchanged document (median):  {Median(cchcUnchanged):0.00} ms (cache: {printer.Cache?.Hits} hits, {printer.Cache?.Prints} prints)");
Console.WriteLine($"Four different documents at once: {together.ElapsedMilliseconds} ms, all PDFs: {four.All(p => p.AsSpan(0, 4).SequenceEqual("%PDF"u8))}");
return 0;
