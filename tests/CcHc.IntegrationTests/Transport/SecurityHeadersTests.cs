using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Transport;

/// <summary>The host on Kestrel in the Testing environment, so Kestrel's own headers (Server) show.</summary>
public sealed class HeadersHost() : KestrelAppFactory();

/// <summary>
/// Every GET handler of the app (found by reflection, as in the authorization matrix) is requested by a role that may
/// use it, on xã Sơn Kỳ (whose plan is issued, so its files exist); each response — page, download, redirect,
/// refusal — carries the security headers, and everything the app generates is no-store.
/// </summary>
public sealed partial class SecurityHeadersTests(HeadersHost host, ITestOutputHelper output) : IClassFixture<HeadersHost>
{
    private const string Commune = "xã Sơn Kỳ";

    /// <summary>Responses that must be files (or the document view), with no-store: the downloads of the app.</summary>
    private static readonly string[] Downloads =
    [
        "GET /Plans/Pdf", "GET /Plans/Xlsx", "GET /Plans/Document", "GET /Office/Index Zip", "GET /Office/Index Xlsx",
        "GET /Assessments/Export", "GET /Tasks/Evidence", "GET /Admin/CriteriaSets/Export", "GET /Admin/CriteriaSets/Index Template",
        "GET /Reports/Xlsx",
    ];

    [Fact]
    public async Task Every_page_and_download_carries_the_security_headers_and_no_store()
    {
        await TestAccounts.EnsureCreatedAsync(host);
        _ = host.Address;
        var clients = new List<HttpClient>();
        foreach (var account in new[] { "t.admin", "t.clerk.sonky", "t.reviewer.sonha" })
        {
            clients.Add(await host.SignedInClientAsync(account));
        }

        clients.Add(host.AnonymousClient());
        var failures = new List<string>();
        var answered = new Dictionary<string, (HttpStatusCode Status, string? ContentType)>(StringComparer.Ordinal);
        foreach (var handler in DiscoverGetHandlers())
        {
            if (handler.Key == "GET /Account/Logout")
            {
                continue;   // would end the session the walk runs in
            }

            var url = await UrlAsync(handler);
            foreach (var client in clients)
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                answered[handler.Key] = (response.StatusCode, response.Content.Headers.ContentType?.MediaType);
                CheckHeaders($"{handler.Key} {url}", response, failures, expectNoStore: true, document: handler.Path.EndsWith("/Document", StringComparison.Ordinal));
                if (!IsDenied(response))
                {
                    break;   // a role that may use it answered; the next roles are not needed
                }
            }
        }

        foreach (var (path, noStore) in new[] { ("/Account/Login", true), ("/Verify", true), ("/healthz", true), ("/no-such-page", true), ("/css/site.css", false), ("/js/confirm.js", false) })
        {
            using var response = await clients[0].GetAsync(new Uri(path, UriKind.Relative));
            CheckHeaders(path, response, failures, noStore, document: false);
        }

        foreach (var key in Downloads)
        {
            if (!answered.TryGetValue(key, out var result) || result.Status != HttpStatusCode.OK)
            {
                failures.Add($"{key}: the download was not served ({(answered.TryGetValue(key, out var r) ? (int)r.Status : 0)}), so its headers were not seen");
            }
        }

        output.WriteLine($"{answered.Count} GET handlers walked: " + string.Join(", ", answered.Select(a => $"{a.Key}={(int)a.Value.Status} {a.Value.ContentType}")));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(answered.Count > 30, $"only {answered.Count} handlers walked");
        Assert.Contains(answered.Values, a => a.ContentType == "application/pdf");
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("TRACK")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    [InlineData("PATCH")]
    public async Task Unsupported_methods_answer_405_even_on_a_page_with_an_id(string method)
    {
        using var client = await host.SignedInClientAsync("t.admin");
        var planId = await DatabaseProbe.PlanIdAsync(host, Commune);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri($"/Plans/Details/{planId}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
        var failures = new List<string>();
        CheckHeaders(method, response, failures, expectNoStore: false, document: false);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_post_no_handler_answers_gets_405_with_the_vietnamese_page()
    {
        using var client = await host.SignedInClientAsync("t.admin");
        var token = await client.GetAntiforgeryTokenAsync("/Account/ChangePassword");

        using var response = await client.PostFormWithTokenAsync("/Index", token, [new("x", "1")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Thao tác không được hỗ trợ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_never_carry_the_host_header()
    {
        using var client = host.AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Plans/Details/" + Guid.NewGuid(), UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Account/Login?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", location, StringComparison.Ordinal);
    }

    private static void CheckHeaders(string what, HttpResponseMessage response, List<string> failures, bool expectNoStore, bool document)
    {
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{what}: {(int)response.StatusCode}");
        }

        var csp = Header(response, "Content-Security-Policy");
        if (csp is null || !csp.Contains("default-src 'self'", StringComparison.Ordinal) || !csp.Contains("script-src 'self';", StringComparison.Ordinal)
            || csp.Contains("'unsafe-eval'", StringComparison.Ordinal) || ScriptSource().Match(csp).Value.Contains("unsafe-inline", StringComparison.Ordinal)
            || !csp.Contains(document ? "frame-ancestors 'self'" : "frame-ancestors 'none'", StringComparison.Ordinal))
        {
            failures.Add($"{what}: Content-Security-Policy {csp ?? "missing"}");
        }

        Expect(what, response, "X-Content-Type-Options", "nosniff", failures);
        Expect(what, response, "Referrer-Policy", "same-origin", failures);
        Expect(what, response, "X-Frame-Options", document ? "SAMEORIGIN" : "DENY", failures);
        if (Header(response, "Permissions-Policy") is not { } permissions || !permissions.Contains("camera=()", StringComparison.Ordinal))
        {
            failures.Add($"{what}: Permissions-Policy missing");
        }

        if (Header(response, "Server") is { } server)
        {
            failures.Add($"{what}: Server: {server}");
        }

        var cacheControl = response.Headers.CacheControl;
        if (expectNoStore && cacheControl?.NoStore != true)
        {
            failures.Add($"{what}: Cache-Control {cacheControl?.ToString() ?? "missing"} (no-store expected)");
        }
    }

    private static void Expect(string what, HttpResponseMessage response, string name, string value, List<string> failures)
    {
        if (Header(response, name) != value)
        {
            failures.Add($"{what}: {name} {Header(response, name) ?? "missing"}");
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/Account/AccessDenied", StringComparison.Ordinal) || location.Contains("/Account/Login", StringComparison.Ordinal)));

    /// <summary>Every page's GET handlers; a page without one still answers GET (e.g. the status page).</summary>
    private List<PageHandler> DiscoverGetHandlers()
    {
        var handlers = PageHandlers.Discover(host.Services).Where(h => h.Verb == "GET").ToList();
        handlers.AddRange(PageHandlers.Pages(host.Services)
            .Where(page => handlers.All(h => h.Path != page.Path))
            .Select(page => new PageHandler("GET", page.Path, string.Empty, page.Template)));
        return handlers;
    }

    private async Task<string> UrlAsync(PageHandler handler)
    {
        var planId = await DatabaseProbe.PlanIdAsync(host, Commune);
        var ids = await DatabaseProbe.QueryAsync(host, async db =>
        {
            var commune = await db.Communes.Where(c => c.Name == Commune).Select(c => new { c.Id, c.OversightOfficeId }).SingleAsync();
            var plan = await db.Plans.Where(p => p.Id == planId).Select(p => new { p.AssessmentId }).SingleAsync();
            var criteriaSet = await db.Assessments.Where(a => a.Id == plan.AssessmentId).Select(a => a.CriteriaSetId).SingleAsync();
            var item = await db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).Select(i => i.Id).FirstAsync();
            var user = await db.Users.Where(u => u.UserName == "t.clerk.sonky").Select(u => u.Id).SingleAsync();
            return new { Commune = commune.Id, Office = commune.OversightOfficeId!.Value, plan.AssessmentId, CriteriaSet = criteriaSet, Item = item, User = user };
        });
        var taskId = handler.Template.Contains("{taskId", StringComparison.Ordinal) ? await Tracking.TrackingMatrixIds.TaskIdAsync(host, planId) : Guid.Empty;
        var evidenceId = handler.Path == "/Tasks/Evidence" ? await Tracking.TrackingMatrixIds.EvidenceIdAsync(host, planId) : Guid.Empty;
        var url = PageHandlers.Url(handler with { Handler = string.Empty }, new PageRouteIds(
            planId, ids.Item, taskId, evidenceId, ids.AssessmentId!.Value, ids.CriteriaSet, ids.Commune, ids.Office, ids.User));
        var query = handler.Handler switch
        {
            "" => string.Empty,
            "PreviewDeadline" => "?handler=PreviewDeadline&text=C%E1%BA%A3%20n%C4%83m",
            _ => $"?handler={handler.Handler}",
        };
        return url + query;
    }

    [GeneratedRegex("script-src[^;]*", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptSource();
}
