using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CcHc.Web.Hosting;

/// <summary>
/// What the host knows about its transport: whether its cookies are Secure-only (Production), and the plain-HTTP
/// requests it had to refuse because of that. Read by <see cref="PlainHttpGuardMiddleware"/> and the health check.
/// </summary>
public sealed class TransportStatus(
    IOptionsMonitor<CookieAuthenticationOptions> cookies,
    IOptions<AntiforgeryOptions> antiforgery,
    TimeProvider clock)
{
    /// <summary>How long a refused plain-HTTP request keeps /healthz Unhealthy; afterwards it reports Degraded.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromMinutes(15);

    private long _refused;
    private long _lastRefusedTicks;
    private int _logged;

    /// <summary>True when the sign-in or antiforgery cookie may only be sent over HTTPS (every environment but Development and Testing).</summary>
    public bool CookiesRequireHttps =>
        cookies.Get(IdentityConstants.ApplicationScheme).Cookie.SecurePolicy == CookieSecurePolicy.Always
        || antiforgery.Value.Cookie.SecurePolicy == CookieSecurePolicy.Always;

    public long RefusedCount => Interlocked.Read(ref _refused);

    public DateTimeOffset? LastRefused => Interlocked.Read(ref _lastRefusedTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Counts a refused request; true only the first time, so the log gets one entry, not one per request.</summary>
    public bool RecordRefusal()
    {
        Interlocked.Increment(ref _refused);
        Interlocked.Exchange(ref _lastRefusedTicks, clock.GetUtcNow().UtcTicks);
        return Interlocked.Exchange(ref _logged, 1) == 0;
    }

    public bool RefusedRecently => LastRefused is { } last && clock.GetUtcNow() - last < RecentWindow;
}

/// <summary>
/// In an environment whose cookies are Secure-only, a request that reached the app over plain HTTP (no TLS, or a
/// proxy that is not trusted or sends no X-Forwarded-Proto) cannot be signed in: the antiforgery system would throw
/// and the browser would drop the sign-in cookie. Such a request gets a Vietnamese page telling the operator what to
/// configure (status 400, never a 500), the misconfiguration is logged once and /healthz reports it.
/// /healthz itself and static files stay reachable over plain HTTP (container health checks use it).
/// </summary>
public sealed class PlainHttpGuardMiddleware(RequestDelegate next, TransportStatus status, ForwardedHeadersSettings proxies, ILogger<PlainHttpGuardMiddleware> logger)
{
    private static readonly string[] ExemptPrefixes = ["/healthz", "/css/", "/js/", "/lib/", "/favicon.ico"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || !status.CookiesRequireHttps || IsExempt(context.Request.Path))
        {
            await next(context);
            return;
        }

        if (status.RecordRefusal())
        {
            logger.LogError(
                "A request reached CcHc over plain HTTP (from {RemoteAddress}, X-Forwarded-Proto: {ForwardedProto}) while its cookies are Secure-only: nobody can sign in. " +
                "Put CcHc behind a TLS-terminating proxy that sends X-Forwarded-Proto: https and list that proxy in ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks " +
                "(trusted now: {TrustedProxies}), or serve HTTPS from Kestrel. Logged once; /healthz reports it. See docs/operations.md.",
                context.Connection.RemoteIpAddress,
                context.Request.Headers["X-Forwarded-Proto"].ToString() is { Length: > 0 } proto ? proto : "(none)",
                proxies.Describe());
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page, Encoding.UTF8, context.RequestAborted);
    }

    private static bool IsExempt(PathString path) =>
        ExemptPrefixes.Any(prefix => path.StartsWithSegments(prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

    /// <summary>Plain HTML with the site's style sheets only: no form, no cookie, nothing that needs HTTPS.</summary>
    internal const string Page = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>Cần kết nối HTTPS — CcHc</title>
            <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
            <link rel="stylesheet" href="/css/site.css" />
        </head>
        <body>
            <div class="container py-4" id="plain-http">
                <h1 class="h4">Cần kết nối bảo mật (HTTPS) để đăng nhập</h1>
                <p>CcHc chỉ gửi cookie đăng nhập qua kết nối bảo mật, nhưng yêu cầu này đến máy chủ ứng dụng bằng HTTP thường,
                   nên không thể đăng nhập hay gửi biểu mẫu.</p>
                <p><strong>Người dùng:</strong> hãy mở trang bằng địa chỉ bắt đầu bằng <code>https://</code>; nếu vẫn thấy trang này,
                   hãy báo cho quản trị viên hệ thống.</p>
                <h2 class="h5 mt-4">Dành cho quản trị viên hệ thống</h2>
                <p>Cần cấu hình một trong hai cách sau rồi khởi động lại ứng dụng:</p>
                <ol>
                    <li class="mb-2">Đặt CcHc sau một reverse proxy kết thúc TLS (nginx, Caddy…; xem <code>docker-compose.yml</code> và
                        <code>deploy/nginx/</code>). Proxy phải gửi tiêu đề <code>X-Forwarded-Proto: https</code>, và địa chỉ của proxy
                        phải được khai báo tin cậy trong <code>ForwardedHeaders__KnownProxies</code> (địa chỉ IP) hoặc
                        <code>ForwardedHeaders__KnownNetworks</code> (dải mạng, ví dụ <code>172.29.10.0/24</code>).</li>
                    <li>Hoặc để Kestrel tự phục vụ HTTPS bằng chứng chỉ: <code>ASPNETCORE_URLS=https://+:8443</code> cùng
                        <code>Kestrel__Certificates__Default__Path</code> và <code>Kestrel__Certificates__Default__Password</code>.</li>
                </ol>
                <p>Địa chỉ mà máy chủ nhìn thấy và tiêu đề nhận được đã được ghi vào nhật ký máy chủ (một lần);
                   <code>/healthz</code> báo lỗi cấu hình này. Hướng dẫn chi tiết: <code>docs/operations.md</code>, mục
                   “Reverse proxy và HTTPS”.</p>
            </div>
        </body>
        </html>
        """;
}

/// <summary>
/// /healthz's view of the transport: Unhealthy while plain-HTTP requests are being refused (recently), Degraded when
/// one was refused earlier or when Secure-only cookies meet neither a configured proxy nor an HTTPS endpoint.
/// </summary>
public sealed class TransportHealthCheck(TransportStatus status, ForwardedHeadersSettings proxies, IServer server, IConfiguration configuration) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.CookiesRequireHttps)
        {
            return Task.FromResult(HealthCheckResult.Healthy("cookies follow the request's scheme (Development/Testing)"));
        }

        if (status.LastRefused is { } last)
        {
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{status.RefusedCount} request(s) over plain HTTP refused since start, the last at {last:u}: the Secure sign-in cookie cannot be set. " +
                $"Configure ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks for the TLS proxy (which must send X-Forwarded-Proto: https; trusted now: {proxies.Describe()}) or serve HTTPS from Kestrel.");
            return Task.FromResult(status.RefusedRecently ? HealthCheckResult.Unhealthy(text) : HealthCheckResult.Degraded(text));
        }

        if (!proxies.IsConfigured && !ForwardedHeadersEnabledByEnvironment() && !HasHttpsEndpoint())
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                "cookies are Secure-only but no trusted proxy is configured (ForwardedHeaders:KnownProxies/KnownNetworks) and no HTTPS endpoint is bound: only a proxy on loopback can sign anyone in."));
        }

        if (configuration["AllowedHosts"] is null or "" or "*")
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                "AllowedHosts is '*': set it to the site's host name(s) (AllowedHosts=cchc.example.gov.vn) so requests for other hosts are refused."));
        }

        return Task.FromResult(HealthCheckResult.Healthy());
    }

    private bool ForwardedHeadersEnabledByEnvironment() => configuration.GetValue("FORWARDEDHEADERS_ENABLED", false);

    private bool HasHttpsEndpoint() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.Any(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) == true;
}
