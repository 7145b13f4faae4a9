using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace CcHc.Web.Hosting;

/// <summary>
/// Compressed text responses and cached static files (issue 19). Pages and their CSS/JS go out as Brotli or gzip at the
/// fastest level (a 25 KB plan page becomes about 5 KB; the CPU it costs is small beside rendering). Over HTTPS too:
/// the secret a page carries, the antiforgery request token, is encrypted afresh for every response, so BREACH-style
/// guessing by length has nothing stable to find; PDFs, workbooks and archives are already compressed and are left alone.
/// A static file asked for with its version (<c>asp-append-version</c>: <c>?v=</c> hash) never changes under that
/// address and is cached for a year as immutable; one asked for without it is cached an hour and revalidated by ETag.
/// </summary>
public static class StaticAndCompression
{
    public const string VersionedCacheControl = "public, max-age=31536000, immutable";
    public const string UnversionedCacheControl = "public, max-age=3600";

    public static IServiceCollection AddCcHcCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static StaticFileOptions StaticFiles() => new()
    {
        OnPrepareResponse = context =>
        {
            var versioned = context.Context.Request.Query.ContainsKey("v");
            context.Context.Response.Headers[HeaderNames.CacheControl] = versioned ? VersionedCacheControl : UnversionedCacheControl;
        },
    };
}
