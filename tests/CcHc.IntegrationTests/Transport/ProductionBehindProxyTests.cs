using System.Net;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Transport;

/// <summary>The host in Production behind a TLS proxy on 127.0.0.1 that the configuration trusts.</summary>
public sealed class TrustedProxyHost() : KestrelAppFactory("Production",
    ("ForwardedHeaders:KnownProxies", "127.0.0.1"),
    ("AllowedHosts", ProductionBehindProxyTests.Host));

/// <summary>The host in Production that trusts another proxy than the one the requests come from (127.0.0.1).</summary>
public sealed class OtherProxyHost() : KestrelAppFactory("Production",
    ("ForwardedHeaders:KnownNetworks", "10.20.30.0/24"),
    ("AllowedHosts", ProductionBehindProxyTests.Host));

/// <summary>The host in Production as shipped before: no proxy configured, any host name.</summary>
public sealed class UnconfiguredProductionHost() : KestrelAppFactory("Production");

/// <summary>
/// Production cookies are Secure-only. Behind a trusted TLS proxy (X-Forwarded-Proto: https) a user signs in; over
/// plain HTTP, or through a proxy the configuration does not trust, the app answers a Vietnamese page for the
/// operator (never a 500), logs it once, and /healthz reports it.
/// </summary>
public sealed class ProductionBehindProxyTests(TrustedProxyHost trusted, OtherProxyHost other, UnconfiguredProductionHost unconfigured)
    : IClassFixture<TrustedProxyHost>, IClassFixture<OtherProxyHost>, IClassFixture<UnconfiguredProductionHost>
{
    public const string Host = "cchc.test";

    [Fact]
    public async Task A_user_signs_in_over_https_forwarded_by_the_configured_proxy()
    {
        await TestAccounts.EnsureCreatedAsync(trusted);
        using var client = new ProxyClient(trusted.Address, forwardHttps: true, Host);

        using var login = await client.SignInAsync("t.clerk.camson", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
        var authCookie = Assert.Single(client.SetCookies, c => c.StartsWith("CcHc.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);

        using var home = await client.GetAsync("/");
        var html = await home.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("id=\"user-menu\"", html, StringComparison.Ordinal);
        Assert.Contains("max-age=", home.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_request_without_forwarded_https_gets_the_explanatory_page_is_logged_once_and_fails_the_health_check()
    {
        using var client = new ProxyClient(trusted.Address, forwardHttps: false, Host);

        using var login = await client.GetAsync("/Account/Login");
        using var again = await client.GetAsync("/Plans/Details/" + Guid.NewGuid());
        using var health = await client.GetAsync("/healthz");

        await AssertExplanatoryPageAsync(login);
        await AssertExplanatoryPageAsync(again);
        Assert.DoesNotContain(client.SetCookies, c => c.StartsWith("CcHc.", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var report = await health.Content.ReadAsStringAsync();
        Assert.StartsWith("Unhealthy", report, StringComparison.Ordinal);
        Assert.Contains("transport: Unhealthy", report, StringComparison.Ordinal);
        Assert.Contains("plain HTTP", report, StringComparison.Ordinal);

        var log = trusted.ReadLog();
        Assert.Equal(1, Occurrences(log, "reached CcHc over plain HTTP"));
        Assert.DoesNotContain("[ERR] An unhandled exception", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_https_from_a_proxy_the_configuration_does_not_trust_gets_the_explanatory_page()
    {
        using var client = new ProxyClient(other.Address, forwardHttps: true, Host);

        using var login = await client.GetAsync("/Account/Login");

        await AssertExplanatoryPageAsync(login);
    }

    [Fact]
    public async Task Production_without_proxy_settings_reports_degraded_health_and_still_never_answers_500()
    {
        using var client = new ProxyClient(unconfigured.Address, forwardHttps: true, "localhost");

        using var health = await client.GetAsync("/healthz");
        var report = await health.Content.ReadAsStringAsync();
        using var login = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.StartsWith("Degraded", report, StringComparison.Ordinal);
        Assert.Contains("no trusted proxy is configured", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);   // the framework's default still trusts a proxy on loopback
    }

    [Fact]
    public async Task A_host_name_outside_AllowedHosts_is_refused()
    {
        using var client = new ProxyClient(trusted.Address, forwardHttps: true, "evil.example");

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private static async Task AssertExplanatoryPageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"plain-http\"", html, StringComparison.Ordinal);
        Assert.Contains("Cần kết nối bảo mật (HTTPS) để đăng nhập", html, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-Proto: https", html, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeaders__KnownProxies", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
