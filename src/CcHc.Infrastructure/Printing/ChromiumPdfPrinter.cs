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
/// Prints HTML to PDF with headless Chromium through Playwright: one browser process shared by the app, a new context
/// and page per job, at most <see cref="PdfOptions.MaxConcurrency"/> jobs at once, and a new browser when the old one
/// died. The page size, margins and page numbers come from the document's own CSS (@page).
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
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _launches;

    /// <summary>The executable that would be used, or null: configuration first, then the usual install paths.</summary>
    public string? BrowserPath => FindBrowser(options.BrowserPath);

    public bool IsAvailable => BrowserPath is not null;

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        await _jobs.WaitAsync(cancellationToken);
        try
        {
            var browser = await BrowserAsync();
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(options.TimeoutSeconds * 1000f);
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            return await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Format = "A4" });
        }
        finally
        {
            _jobs.Release();
        }
    }

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
