using System.Net;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Host;

public sealed class HomePageTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public HomePageTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_home_page_lists_the_three_seed_communes()
    {
        using var client = await TestAccounts.SignedInAsync(_factory, "t.admin");

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("xã Cẩm Sơn", html, StringComparison.Ordinal);
        Assert.Contains("xã Triệu Trạch", html, StringComparison.Ordinal);
        Assert.Contains("xã Sơn Kỳ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_shows_cam_sons_score_table_the_vietnamese_way_with_its_warnings()
    {
        using var client = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.Contains("85,08", html, StringComparison.Ordinal);
        Assert.Contains("14,92", html, StringComparison.Ordinal);
        Assert.Contains("9471/QĐ-UBND", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"StatedDeductionExceedsMax\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commune_user_sees_only_their_own_commune()
    {
        using var client = await TestAccounts.SignedInAsync(_factory, "t.clerk.trieutrach");

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("xã Triệu Trạch", html, StringComparison.Ordinal);
        Assert.Contains("92,59", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"StatedTotalDiffers\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Cẩm Sơn", html, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Sơn Kỳ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_sees_the_communes_of_their_office_only()
    {
        using var client = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("xã Sơn Kỳ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Cẩm Sơn", html, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Triệu Trạch", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        using var client = TestAccounts.Anonymous(_factory);

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_check_answers_200_when_the_database_is_reachable()
    {
        using var client = TestAccounts.Anonymous(_factory);

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
