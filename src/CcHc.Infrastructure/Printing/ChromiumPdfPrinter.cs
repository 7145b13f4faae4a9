using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace CcHc.Infrastructure.Printing;

/// <summary>Settings "Pdf:*".</summary>
public sealed class PdfOptions
{
    /// <summary>Path of a Chromium/Chrome/Edge executable; found in the usual places when empty.</summary>
    public string? BrowserPath { get; set; }

    /// <summary>Print jobs at once (each is a page in the shared browser).</summary>
    public int MaxConcurrency { get; set; } = 2;

    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Memory for printed PDFs kept by their HTML's hash (<see cref="PdfCache"/>), in MB; 0 turns the cache off.</summary>
    public int CacheMegabytes { get; set; } = 64;

    public static PdfOptions From(IConfiguration configuration)
    {
        var options = new PdfOptions();
        configuration.GetSection("Pdf").Bind(options);
        return options;
    }
}

/// <summary>The server has no browser to print with; the message is for the user, in Vietnamese.</summary>
public sealed class PdfUnavailableException : Exception
{
    public PdfUnavailableException()
        : base("Máy chủ chưa có trình duyệt Chromium để in PDF. Các chức năng khác vẫn dùng bình thường; hãy báo quản trị viên cài gói chromium.")
    {
    }

    public PdfUnavailableException(string message)
        : base(message)
    {
    }

    public PdfUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Prints HTML to PDF with headless Chromium through Playwright: one browser process shared by the app, at most
/// <see cref="PdfOptions.MaxConcurrency"/> jobs at once, each on a page kept open between jobs (a new context and page
/// per job cost about three times the print itself), and a new browser when the old one died. A document printed
/// before with the same HTML comes from the <see cref="PdfCache"/> without Chromium. The page size, margins and page
/// numbers come from the document's own CSS (@page).
/// </summary>
public sealed class ChromiumPdfPrinter(PdfOptions options, ILogger<ChromiumPdfPrinter> logger) : IAsyncDisposable
{
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly SemaphoreSlim _jobs = new(Math.Max(1, options.MaxConcurrency));
    private readonly SemaphoreSlim _launch = new(1);
    private readonly System.Collections.Concurrent.ConcurrentBag<IPage> _idle = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _launches;
    private int _pagesOpened;

    /// <summary>The executable that would be used, or null: configuration first, then the usual install paths.</summary>
    public string? BrowserPath => FindBrowser(options.BrowserPath);

    public bool IsAvailable => BrowserPath is not null;

    /// <summary>The printed documents kept by their HTML (null when <see cref="PdfOptions.CacheMegabytes"/> is 0).</summary>
    public PdfCache? Cache { get; } = options.CacheMegabytes > 0 ? new PdfCache(options.CacheMegabytes * 1024L * 1024L) : null;

    /// <summary>The PDF of <paramref name="html"/>: from the cache when this HTML was printed before, else printed.</summary>
    public Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default) =>
        Cache is { } cache
            ? cache.GetOrPrintAsync(html, PrintSharedAsync, cancellationToken)
            : RenderAsync(html, cancellationToken);

    /// <summary>A print others may be waiting on: bounded by the job timeout rather than one request's cancellation.</summary>
    private async Task<byte[]> PrintSharedAsync(string html)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds) * 2));
        return await RenderAsync(html, timeout.Token);
    }

    /// <summary>Chromium's print of <paramref name="html"/> on a kept page, never from the cache.</summary>
    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        await _jobs.WaitAsync(cancellationToken);
        IPage? page = null;
        try
        {
            var browser = await BrowserAsync();
            page = TakeIdlePage(browser) ?? await NewPageAsync(browser);
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Format = "A4" });
            _idle.Add(page);   // kept for the next job (one per job slot at most)
            page = null;
            return pdf;
        }
        finally
        {
            if (page is not null)
            {
                await CloseQuietlyAsync(page);   // a failed job's page is not reused
            }

            _jobs.Release();
        }
    }

    private async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(options.TimeoutSeconds * 1000f);
        Interlocked.Increment(ref _pagesOpened);
        return page;
    }

    /// <summary>An idle page of the running browser; pages of a browser that died are dropped.</summary>
    private IPage? TakeIdlePage(IBrowser browser)
    {
        while (_idle.TryTake(out var page))
        {
            if (!page.IsClosed && ReferenceEquals(page.Context.Browser, browser) && browser.IsConnected)
            {
                return page;
            }

            _ = CloseQuietlyAsync(page);
        }

        return null;
    }

    private async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.Context.CloseAsync();
        }
        catch (PlaywrightException ex)
        {
            logger.LogDebug(ex, "A PDF page could not be closed (its browser is gone)");
        }
    }

    /// <summary>Pages (each in its own context) opened so far: a kept page makes later jobs open none.</summary>
    internal int PagesOpened => Volatile.Read(ref _pagesOpened);

    private async Task<IBrowser> BrowserAsync()
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _launch.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true } launched)
            {
                return launched;
            }

            var path = BrowserPath ?? throw new PdfUnavailableException();
            _playwright ??= await Playwright.CreateAsync();
            logger.LogInformation("Starting headless Chromium for PDF printing: {Path}", path);
            var browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = LaunchArgs });
            browser.Disconnected += (_, _) => logger.LogWarning("The PDF browser stopped; the next job starts a new one");
            _browser = browser;
            Interlocked.Increment(ref _launches);
            return browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    /// <summary>How many browser processes this printer has started (tests check that a dead one was replaced).</summary>
    internal int Launches => Volatile.Read(ref _launches);

    /// <summary>Whether the shared browser is running now.</summary>
    internal bool BrowserRunning => _browser is { IsConnected: true };

    /// <summary>Stops the shared browser as a crash would (tests use it to prove the next job relaunches one).</summary>
    internal async Task StopBrowserAsync()
    {
        if (_browser is { } browser)
        {
            await browser.CloseAsync();
        }
    }

    private static string? FindBrowser(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        IEnumerable<string> candidates = RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
            ?
            [
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "Google", "Chrome", "Application", "chrome.exe"),
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFilesX86), "Microsoft", "Edge", "Application", "msedge.exe"),
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "Microsoft", "Edge", "Application", "msedge.exe"),
            ]
            : ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/opt/google/chrome/chrome",
               "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];
        return candidates.FirstOrDefault(File.Exists);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _jobs.Dispose();
        _launch.Dispose();
    }
}
