using CcHc.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CcHc.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel (fresh SQLite file with the demo data and the test accounts) and one headless Chromium,
/// the system's own: /usr/bin/chromium or CCHC_CHROMIUM_PATH. Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private BrowserAppFactory? _app;

    public BrowserAppFactory App => _app ?? throw new InvalidOperationException("The host did not start.");

    public Uri BaseAddress { get; private set; } = default!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium did not start.");

    /// <summary>What start-up took (host, browser), for the test output.</summary>
    public string StartupTimings { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CCHC_CHROMIUM_PATH") is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {chromium}. The browser tests use the system's Chromium and never download one: " +
                "install Debian's package (apt-get install chromium, as .ci/run does) or set CCHC_CHROMIUM_PATH to a Chromium executable.");
        }

        foreach (var stale in Directory.EnumerateFiles(Artifacts.Screenshots, "failed-*.png"))
        {
            File.Delete(stale);   // failure pictures of an earlier run would only mislead
        }

        // Assertions wait (auto-retry) up to 45 s instead of 5: CI machines are small and shared.
        Assertions.SetDefaultExpectTimeout(45_000);

        // The host (migrations, demo data, accounts) and Chromium start side by side: together they are most of the
        // suite's fixed cost on a small machine.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var host = Task.Run(async () =>
        {
            var app = new BrowserAppFactory();
            _app = app;
            BaseAddress = app.Start();
            await TestAccounts.EnsureCreatedAsync(app);
            return clock.Elapsed;
        });
        var browser = Task.Run(async () =>
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArgs,
            });
            return clock.Elapsed;
        });
        try
        {
            await Task.WhenAll(host, browser);
        }
        catch
        {
            await DisposeAsync();   // whichever half started is not left running
            throw;
        }

        StartupTimings = $"host ready in {(await host).TotalSeconds:0.0}s, Chromium {Browser.Version} in {(await browser).TotalSeconds:0.0}s (in parallel), at {BaseAddress}";
    }

    /// <summary>
    /// A fresh session (its own cookies) with the suite's viewport and the users' language, on the suite's host or on
    /// <paramref name="host"/> (a test's own, e.g. one with a test clock and an SMTP server).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(Uri? host = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (host ?? BaseAddress).ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(45_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    /// <summary>A new page in a new context, signed in through the login form as <paramref name="userName"/>.</summary>
    public async Task<IPage> SignedInPageAsync(string userName, string? loginScreenshot = null, Uri? host = null)
    {
        var context = await NewContextAsync(host);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(TestAccounts.Password);
        if (loginScreenshot is not null)
        {
            await ScreenshotAsync(page, loginScreenshot);
        }

        await page.Locator("#login-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Assertions.Expect(page.Locator("#user-menu")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>A full-page PNG under artifacts/screenshots/.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Screenshots, name + ".png"), FullPage = true });

    /// <summary>Closes Chromium, the Playwright driver and the host (which deletes its data folder); safe to call twice.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is { } browser)
        {
            _browser = null;
            await browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_app is { } app)
        {
            _app = null;
            await app.DisposeAsync();
        }
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
