namespace CcHc.Web.Hosting;

/// <summary>
/// Marks a page that shows a document (the print template as HTML) inside the app's own pages: it may be framed by
/// the same origin (the preview iframe) and its template's &lt;style&gt; blocks may apply. Scripts stay 'self' only.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DocumentViewAttribute : Attribute;

/// <summary>
/// The headers every response carries: a Content-Security-Policy without inline scripts, no framing by other sites,
/// nosniff, a referrer policy, a permissions policy; and Cache-Control: no-store on everything the app generates
/// (pages, downloads, document views), so nothing a signed-in user saw stays in a shared or browser cache.
/// Static files (no endpoint) keep their normal caching.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Pages: scripts and styles from the app's own files only. Inline style attributes are allowed (style-src-attr;
    /// they cannot load anything — img-src and font-src are 'self') while &lt;style&gt; elements and inline scripts are not.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'";

    /// <summary>Document views: the print template's own &lt;style&gt; blocks apply and the app's pages may frame it; still no inline script.</summary>
    public const string DocumentPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self)";

    public const string ReferrerPolicy = "same-origin";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var document = context.GetEndpoint()?.Metadata.GetMetadata<DocumentViewAttribute>() is not null;
            headers.ContentSecurityPolicy = document ? DocumentPolicy : PagePolicy;
            headers.XFrameOptions = document ? "SAMEORIGIN" : "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.Server = default;
            if (context.GetEndpoint() is not null || context.Response.StatusCode >= 400)
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
