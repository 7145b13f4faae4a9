using System.Net;
using System.Text.RegularExpressions;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Office;

/// <summary>The 2025 map's demo units (Hà Tĩnh's 69 and the seed communes) with the office table paged by 20 rows.</summary>
public sealed class PagedMapWebApplicationFactory : CcHcWebApplicationFactory
{
    public const int PageSize = 20;

    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("DemoData:Successors", "true"), ("Office:PageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}

/// <summary>
/// A national administrator's table comes in pages: every row of the filters is on exactly one page, in the sort order,
/// while the count, the histogram and the sort links cover all of them.
/// </summary>
public sealed partial class OfficePagingTests(PagedMapWebApplicationFactory factory) : IClassFixture<PagedMapWebApplicationFactory>
{
    [Fact]
    public async Task The_pages_hold_every_row_once_in_order_and_the_counts_cover_them_all()
    {
        using var admin = await TestAccounts.SignedInAsync(factory, "t.admin");
        var first = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("/Office?sort=commune&dir=asc", UriKind.Relative)));
        var total = int.Parse(CountPattern().Match(first).Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var pages = (total + PagedMapWebApplicationFactory.PageSize - 1) / PagedMapWebApplicationFactory.PageSize;
        Assert.True(total > 69, $"{total} rows");
        Assert.Contains($"trang 1/{pages}, xã thứ 1–20", first, StringComparison.Ordinal);

        var names = new List<string>();
        var links = new List<string>();
        var withTotal = 0;
        var histogram = new HashSet<int>();
        for (var p = 1; p <= pages; p++)
        {
            var page = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"/Office?sort=commune&dir=asc&p={p}", UriKind.Relative)));
            var rows = RowPattern().Matches(page).Select(m => m.Groups[1].Value).ToList();
            links.AddRange(RowLinkPattern().Matches(page).Select(m => m.Groups[1].Value));
            Assert.Equal(p < pages ? PagedMapWebApplicationFactory.PageSize : total - ((pages - 1) * PagedMapWebApplicationFactory.PageSize), rows.Count);
            Assert.Matches($"aria-current=\"page\"[^>]*>{p}<", page);
            histogram.Add(Regex.Matches(page, "<g class=\"bin\" [^>]*data-value=\"(\\d+)\"").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
            withTotal += Regex.Count(page, "data-total=\"[0-9.]+\"");
            names.AddRange(rows);
        }

        Assert.Equal(total, names.Count);
        // Two units may share a name (in different provinces): each row's own dashboard link tells them apart.
        Assert.Equal(total, links.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Order(StringComparer.Create(CcHc.Domain.Common.VietnameseNumbers.Culture, ignoreCase: true)), names);
        // The histogram is of every row with a total, the same on every page.
        Assert.Equal([withTotal], histogram);

        // Past the last page: the last page, not an empty table.
        var beyond = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"/Office?sort=commune&dir=asc&p={pages + 5}", UriKind.Relative)));
        Assert.Contains($"trang {pages}/{pages}", beyond, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"id=""office-row-count"">([0-9.]+) xã")]
    private static partial Regex CountPattern();

    [GeneratedRegex("<tr data-commune=[^>]*>\\s*<td><a href=\"([^\"]*)\"")]
    private static partial Regex RowLinkPattern();

    [GeneratedRegex("<tr data-commune=\"([^\"]*)\"")]
    private static partial Regex RowPattern();
}
