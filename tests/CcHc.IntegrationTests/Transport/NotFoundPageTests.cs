using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Transport;

/// <summary>The host on Kestrel for the not-found pages and a client that hangs up mid-request.</summary>
public sealed class NotFoundHost() : KestrelAppFactory();

/// <summary>
/// Every 404 is the same Vietnamese page in the site's layout, whether the address never existed or the id belongs
/// to another commune; a client that hangs up is logged as information, not as an error with a 500.
/// </summary>
public sealed partial class NotFoundPageTests(NotFoundHost host) : IClassFixture<NotFoundHost>
{
    [Fact]
    public async Task A_mistyped_address_gets_the_vietnamese_404_page_in_the_sites_layout()
    {
        using var client = await host.SignedInClientAsync("t.clerk.camson");

        using var response = await client.GetAsync(new Uri("/Plans/Detials/abc", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Không tìm thấy trang — CcHc</title>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"status-page\" data-status=\"404\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"user-menu\"", html, StringComparison.Ordinal);       // the layout's menu, signed in
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);            // a way back
    }

    [Theory]
    [InlineData("/Plans/Details/{0}")]
    [InlineData("/Plans/Pdf/{0}")]
    [InlineData("/Plans/History/{0}")]
    [InlineData("/Reports/Details/{0}")]
    public async Task Another_communes_id_and_an_unknown_id_get_the_same_404_body(string template)
    {
        using var client = await host.SignedInClientAsync("t.clerk.camson");
        var foreignPlan = await DatabaseProbe.PlanIdAsync(host, "xã Triệu Trạch");

        using var foreign = await client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, foreignPlan), UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Guid.NewGuid()), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var foreignBody = WithoutTokens(await foreign.Content.ReadAsStringAsync());
        Assert.Contains("Không tìm thấy trang", foreignBody, StringComparison.Ordinal);
        Assert.Equal(foreignBody, WithoutTokens(await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_post_to_another_communes_plan_gets_the_same_404_page()
    {
        using var client = await host.SignedInClientAsync("t.clerk.camson");
        var foreignPlan = await DatabaseProbe.PlanIdAsync(host, "xã Triệu Trạch");
        var token = await client.GetAntiforgeryTokenAsync("/Account/ChangePassword");

        using var response = await client.PostFormWithTokenAsync($"/Plans/Details/{foreignPlan}?handler=Comment", token, [new("NewComment", "Thử")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("id=\"status-page\" data-status=\"404\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_hangs_up_mid_upload_is_logged_as_information_without_a_500()
    {
        var address = host.Address;
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(address.Host, address.Port);
            var stream = socket.GetStream();
            var head = "POST /Verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: 5000000\r\n\r\n" +
                       "--XYZ\r\nContent-Disposition: form-data; name=\"File\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(new byte[64 * 1024]);
            await stream.FlushAsync();
            await Task.Delay(300);
        }   // closed with 4.9 MB still announced

        var log = string.Empty;
        for (var attempt = 0; attempt < 300 && !log.Contains("POST /Verify", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            log = host.ReadLog();
        }

        Assert.True(log.Contains("POST /Verify", StringComparison.Ordinal), "log: " + log + " files: " + string.Join(",", Directory.EnumerateFileSystemEntries(host.DataDirectory, "*", SearchOption.AllDirectories)));
        Assert.DoesNotContain("[ERR]", log, StringComparison.Ordinal);
        Assert.DoesNotContain("responded 500", log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);   // no stack trace
    }

    private static string WithoutTokens(string html) => Token().Replace(html, "value=\"(token)\"");

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
