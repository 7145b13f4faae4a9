using System.Net;
using CcHc.Domain.Plans;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CcHc.IntegrationTests.Tracking.TrackingTestSupport;

namespace CcHc.IntegrationTests.Storage;

/// <summary>
/// One web instance of several behind a load balancer: its own host on the data folder <paramref name="directory"/>
/// shared with the others (one SQLite file in WAL mode), the tracking tests' clock (20/12/2024), no scheduled work.
/// </summary>
public sealed class SideBySideHost(string directory, TimeProvider clock, params (string Key, string Value)[] extra) : CcHcWebApplicationFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Storage:DataDirectory", directory),
        ("Security:LoginRequestsPerIpPerMinute", "10000"),
        .. extra,
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton(clock));
    }

    /// <summary>A client of this instance whose cookies live in <paramref name="cookies"/> (shared with another instance's client, as a browser's are behind a load balancer).</summary>
    public HttpClient Client(CookieContainer cookies) => CreateDefaultClient(new CookieContainerHandler(cookies));
}

/// <summary>
/// Two instances (two hosts) on one database: evidence uploaded through one is downloaded byte-identical through the
/// other (the bytes are in the database, not in either instance's folder); the sign-in cookie and the antiforgery token
/// one issues are accepted by the other (data-protection keys in the database); the same task saved through both with
/// the same concurrency token is saved once, the other post gets the conflict page (409) and changes nothing.
/// </summary>
public sealed class SideBySideInstancesTests
{
    [Fact]
    public async Task Two_instances_share_stored_files_cookies_and_detect_a_concurrent_edit()
    {
        using var directory = new TestDataDirectory();
        var clock = new FakeTimeProvider(Tracking.TrackingWebApplicationFactory.Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(50) };
        await using var first = new SideBySideHost(directory.Path, clock);
        _ = first.Services; // migrates and seeds the shared file before the second host starts
        await using var second = new SideBySideHost(directory.Path, clock);
        _ = second.Services;
        Assert.NotSame(first.Services, second.Services);
        (await SignInAsync(first, Finance)).Dispose(); // the test accounts, in the shared database

        // Signed in through the first instance only; the cookies then go to both, as a browser's do behind a balancer.
        var cookies = new CookieContainer();
        using var viaFirst = first.Client(cookies);
        using (var login = await viaFirst.PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = Finance,
            ["Input.Password"] = TestAccounts.Password,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        using var viaSecond = second.Client(cookies);
        var taskId = await SonKyTaskAsync(first, "6.1.1");
        using (var tasks = await viaSecond.GetAsync(new Uri("/Tasks", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
            Assert.Contains($"data-task-id=\"{taskId}\"", await tasks.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A stranger's client on the second instance is sent to sign in: the page above needed the cookie.
        using (var anonymous = second.Client(new CookieContainer()))
        using (var refused = await anonymous.GetAsync(new Uri("/Tasks", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/Account/Login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        // Upload through the second instance (its form and token were issued by the second, the cookie by the first).
        var pdf = Pdf("Bien ban hai may chu");
        using (var upload = await PostTaskFormAsync(viaSecond, taskId, "update-form",
            new Dictionary<string, string> { ["Progress"] = nameof(TaskProgress.InProgress), ["Text"] = "Tải lên qua máy chủ thứ hai.", ["Date"] = "2024-12-18" },
            ("Biên bản hai máy chủ.pdf", pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var file = await DatabaseProbe.QueryAsync(first, db => db.EvidenceFiles.SingleAsync(f => f.TaskId == taskId && f.FileName == "Biên bản hai máy chủ.pdf"));
        using (var download = await viaFirst.GetAsync(new Uri($"/Tasks/Evidence/{file.Id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        }

        // Neither instance wrote the bytes to the shared folder: they are in the database only.
        Assert.False(Directory.Exists(Path.Combine(directory.Path, "evidence")), "evidence folder written");
        Assert.Equal(pdf, await StoredBytesAsync(second, file.PlanId, file.StorageKey));

        // The same task, read through both instances with the same concurrency token, saved through both.
        var url = new Uri($"/Tasks/Details/{taskId}", UriKind.Relative);
        var formOfFirst = HtmlForm.Parse(await viaFirst.GetStringAsync(url), "update-form");
        var formOfSecond = HtmlForm.Parse(await viaSecond.GetStringAsync(url), "update-form");
        Assert.Equal(formOfFirst["ConcurrencyToken"], formOfSecond["ConcurrencyToken"]);
        using (var saved = await PostParsedAsync(viaFirst, taskId, formOfFirst, "update-form",
            new Dictionary<string, string> { ["Progress"] = nameof(TaskProgress.Done), ["Text"] = "Xong, lưu qua máy chủ thứ nhất.", ["Date"] = "2024-12-19" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = await TaskStateAsync(second, taskId);
        using (var stale = await PostParsedAsync(viaSecond, taskId, formOfSecond, "update-form",
            new Dictionary<string, string> { ["Progress"] = nameof(TaskProgress.InProgress), ["Text"] = "Lưu qua máy chủ thứ hai.", ["Date"] = "2024-12-19" },
            ("anh.png", Png)))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Contains("id=\"conflict\"", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(after, await TaskStateAsync(first, taskId));
        Assert.StartsWith(nameof(TaskProgress.Done), after, StringComparison.Ordinal);
        var storedFiles = await DatabaseProbe.QueryAsync(first, db => db.StoredFiles.CountAsync());
        var evidenceRows = await DatabaseProbe.QueryAsync(first, db => db.EvidenceFiles.IgnoreQueryFilters().CountAsync());
        Assert.Equal(evidenceRows, storedFiles); // the refused post's file was not kept
    }

    [Fact]
    public async Task Two_instances_sign_with_one_demo_certificate_kept_in_the_database()
    {
        using var directory = new TestDataDirectory();
        var clock = new FakeTimeProvider(Tracking.TrackingWebApplicationFactory.Start);
        await using var first = new SideBySideHost(directory.Path, clock, ("Signing:UseDemoCertificate", "true"));
        _ = first.Services;
        await using var second = new SideBySideHost(directory.Path, clock, ("Signing:UseDemoCertificate", "true"));
        _ = second.Services;

        // Both ask for it at once, as two instances' first issued plans would.
        var certificates = await Task.WhenAll(new[] { first, second }.Select(h =>
            Task.Run(() => h.Services.GetRequiredService<CcHc.Infrastructure.Signatures.PlanPdfSigner>().Certificate)));

        Assert.All(certificates, c => Assert.True(c is { HasPrivateKey: true }, "no demo certificate"));
        Assert.Equal(certificates[0]!.Thumbprint, certificates[1]!.Thumbprint);
        Assert.Contains("CcHc DEMO", certificates[0]!.Subject, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(directory.Path, "signing")), "the demo certificate was written to the data folder");
        var keys = await DatabaseProbe.QueryAsync(first, db => db.StoredFiles.Where(f => f.Key.StartsWith("signing/")).Select(f => f.Key).OrderBy(k => k).ToListAsync());
        Assert.Equal([CcHc.Infrastructure.Signatures.PlanPdfSigner.DemoCertificateKey, CcHc.Infrastructure.Signatures.PlanPdfSigner.DemoPasswordKey], keys);
    }
}
