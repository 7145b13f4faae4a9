using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Hosting;

namespace CcHc.IntegrationTests.Host;

/// <summary>Issue 19: pages compressed, static files under versioned addresses cached for a year, the rest an hour.</summary>
public sealed partial class CompressionAndCachingTests(CcHcWebApplicationFactory factory) : IClassFixture<CcHcWebApplicationFactory>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_signed_in_page_is_compressed_and_still_private(string encoding)
    {
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.camson");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await clerk.SendAsync(request);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var stream = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : (Stream)new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var html = await reader.ReadToEndAsync();
        Assert.Contains("Việc cần làm", html, StringComparison.Ordinal);
        Assert.True(compressed.Length * 2 < System.Text.Encoding.UTF8.GetByteCount(html), $"{compressed.Length} bytes for {html.Length} characters");
    }

    [Fact]
    public async Task Every_script_and_stylesheet_of_the_layout_is_versioned_and_cached_for_a_year_as_immutable()
    {
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.camson");
        var html = await clerk.GetStringAsync(new Uri("/", UriKind.Relative));
        var assets = Asset().Matches(html).Select(m => m.Groups["url"].Value).Where(u => u.StartsWith('/')).ToList();

        Assert.True(assets.Count >= 4, string.Join(", ", assets));
        foreach (var asset in assets)
        {
            Assert.Contains("?v=", asset, StringComparison.Ordinal);
            using var response = await clerk.GetAsync(new Uri(asset.Replace("&amp;", "&", StringComparison.Ordinal), UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, asset);
            Assert.Equal(StaticAndCompression.VersionedCacheControl, response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task A_static_file_without_its_version_is_cached_an_hour_and_revalidated_by_etag()
    {
        using var anonymous = TestAccounts.Anonymous(factory);

        using var response = await anonymous.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(StaticAndCompression.UnversionedCacheControl, response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        using var revalidated = await anonymous.SendAsync(again);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task A_workbook_download_is_not_compressed_again()
    {
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.camson");
        var planId = await DatabaseProbe.PlanIdAsync(factory, "xã Cẩm Sơn");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/Plans/Xlsx/{planId}");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await clerk.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
    }

    [GeneratedRegex("""<(?:script|link)[^>]+(?:src|href)="(?<url>[^"]+\.(?:js|css)[^"]*)"[^>]*>""")]
    private static partial Regex Asset();
}
