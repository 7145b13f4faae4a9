using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CcHc.Web.Hosting;

public static class TransportServiceCollectionExtensions
{
    /// <summary>
    /// Trusted proxies, the plain-HTTP guard's state, no Server header, and sign-in redirects that never carry the
    /// request's Host header (the cookie handler builds absolute URLs from it; they are cut to path and query).
    /// </summary>
    public static IServiceCollection AddCcHcTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCcHcForwardedHeaders(configuration);
        services.AddSingleton<TransportStatus>();
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var events = options.Events;
            var toLogin = events.OnRedirectToLogin;
            var toAccessDenied = events.OnRedirectToAccessDenied;
            var toLogout = events.OnRedirectToLogout;
            var toReturnUrl = events.OnRedirectToReturnUrl;
            events.OnRedirectToLogin = context => toLogin(Relative(context));
            events.OnRedirectToAccessDenied = context => toAccessDenied(Relative(context));
            events.OnRedirectToLogout = context => toLogout(Relative(context));
            events.OnRedirectToReturnUrl = context => toReturnUrl(Relative(context));
        });
        return services;
    }

    /// <summary>"http://{whatever Host said}/Account/Login?ReturnUrl=…" becomes "/Account/Login?ReturnUrl=…".</summary>
    public static RedirectContext<CookieAuthenticationOptions> Relative(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.RedirectUri = RelativeUri(context.RedirectUri);
        return context;
    }

    public static string RelativeUri(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery + absolute.Fragment
            : uri;
}

/// <summary>/healthz: "Healthy" alone when all is well; otherwise the status and each check's description (never an exception's text).</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (report.Status == HealthStatus.Healthy)
        {
            return context.Response.WriteAsync(nameof(HealthStatus.Healthy), context.RequestAborted);
        }

        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            text.Append('\n').Append(name).Append(": ").Append(entry.Status).Append(" — ").Append(entry.Description ?? "(no description)");
        }

        return context.Response.WriteAsync(text.ToString(), Encoding.UTF8, context.RequestAborted);
    }
}
