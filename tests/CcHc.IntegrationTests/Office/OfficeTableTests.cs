using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Office;

/// <summary>
/// The office table with 300 communes: every row rendered with a constant number of SQL commands, sorted on the
/// server by every column, exported as .xlsx with the page's numbers, and nothing of another office.
/// </summary>
public sealed partial class OfficeTableTests : IClassFixture<OfficeLoadFactory>
{
    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    private readonly OfficeLoadFactory _factory;
    private readonly ITestOutputHelper _output;

    public OfficeTableTests(OfficeLoadFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
    }

    [Fact]
    public async Task All_300_communes_are_listed_with_the_same_number_of_sql_commands_as_an_office_of_one()
    {
        using var load = await TestAccounts.SignedInAsync(_factory, OfficeLoadFactory.Reviewer);
        using var sonHa = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        await load.GetStringAsync(new Uri("/Office", UriKind.Relative));
        await sonHa.GetStringAsync(new Uri("/Office", UriKind.Relative));

        _factory.Counter.Reset();
        var page = await load.GetStringAsync(new Uri("/Office", UriKind.Relative));
        var commandsFor300 = _factory.Counter.Count;
        _factory.Counter.Reset();
        var small = await sonHa.GetStringAsync(new Uri("/Office", UriKind.Relative));
        var commandsFor1 = _factory.Counter.Count;
        _output.WriteLine($"SQL commands: {commandsFor300} for 300 communes, {commandsFor1} for 1");

        Assert.Equal(OfficeLoadFactory.Communes, Rows(page).Count);
        Assert.Single(Rows(small));
        Assert.Equal(commandsFor1, commandsFor300);
        // 16 since the issued versions' figures are read from IssuedFigures (one query) and the scores of the rows
        // without frozen figures are read apart (two queries, empty when every row is frozen).
        // 17 with the notifications' bell in the layout (one COUNT of the caller's unread notifications).
        Assert.InRange(commandsFor300, 6, 17);
        Assert.Contains("id=\"office-histogram\"", page, StringComparison.Ordinal);
        var bins = Regex.Matches(page, "<g class=\"bin\" [^>]*data-value=\"(\\d+)\"").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(OfficeLoadFactory.Communes, bins);
    }

    [Fact]
    public async Task No_commune_of_another_office_is_ever_listed()
    {
        using var load = await TestAccounts.SignedInAsync(_factory, OfficeLoadFactory.Reviewer);
        using var sonHa = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");

        var loadPage = WebUtility.HtmlDecode(await load.GetStringAsync(new Uri("/Office?sort=total&dir=desc", UriKind.Relative)));
        var sonHaPage = WebUtility.HtmlDecode(await sonHa.GetStringAsync(new Uri("/Office", UriKind.Relative)));

        Assert.All(Rows(loadPage), r => Assert.StartsWith("xã Thử nghiệm ", r["commune"], StringComparison.Ordinal));
        Assert.DoesNotContain("xã Sơn Kỳ", loadPage, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Cẩm Sơn", loadPage, StringComparison.Ordinal);
        Assert.Equal(["xã Sơn Kỳ"], Rows(sonHaPage).Select(r => r["commune"]));
        Assert.DoesNotContain("xã Thử nghiệm", sonHaPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("commune")]
    [InlineData("year")]
    [InlineData("total")]
    [InlineData("rank")]
    [InlineData("class")]
    [InlineData("deduction")]
    [InlineData("plan")]
    [InlineData("done")]
    [InlineData("overdue")]
    public async Task Every_column_sorts_both_ways_on_the_server_with_its_header_marked(string key)
    {
        using var load = await TestAccounts.SignedInAsync(_factory, OfficeLoadFactory.Reviewer);
        foreach (var descending in new[] { false, true })
        {
            var page = WebUtility.HtmlDecode(await load.GetStringAsync(new Uri($"/Office?sort={key}&dir={(descending ? "desc" : "asc")}", UriKind.Relative)));
            var rows = Rows(page);

            Assert.Equal(OfficeLoadFactory.Communes, rows.Count);
            Assert.Matches($"<th scope=\"col\"[^>]*aria-sort=\"{(descending ? "descending" : "ascending")}\" data-sort=\"{key}\"", page);
            Assert.Single(Regex.Matches(page, "aria-sort="));
            Assert.Contains($"sort={key}&dir={(descending ? "asc" : "desc")}", page, StringComparison.Ordinal);
            for (var i = 1; i < rows.Count; i++)
            {
                var order = Compare(rows[i - 1], rows[i], key);
                Assert.True(descending ? order >= 0 : order <= 0, $"{key} {(descending ? "desc" : "asc")}: row {i} ({rows[i - 1][Attribute(key)]} / {rows[i][Attribute(key)]}) out of order");
            }

            if (key is not ("commune" or "year" or "plan"))
            {
                Assert.True(rows.Select(r => r[Attribute(key)]).Distinct().Count() > 1, $"{key}: the generated data should vary");
            }
        }
    }

    [Fact]
    public async Task The_xlsx_export_holds_the_pages_rows_with_numbers_as_numbers_and_is_audited()
    {
        using var load = await TestAccounts.SignedInAsync(_factory, OfficeLoadFactory.Reviewer);
        var page = WebUtility.HtmlDecode(await load.GetStringAsync(new Uri("/Office?sort=total&dir=desc", UriKind.Relative)));
        var link = Regex.Match(page, "<a [^>]*href=\"([^\"]*)\" id=\"download-xlsx\"|<a [^>]*id=\"download-xlsx\"[^>]*href=\"([^\"]*)\"");
        Assert.True(link.Success, "no .xlsx link");
        var href = link.Groups[1].Value + link.Groups[2].Value;
        Assert.Contains("handler=Xlsx", href, StringComparison.Ordinal);
        Assert.Contains("sort=total", href, StringComparison.Ordinal);
        Assert.Contains("dir=desc", href, StringComparison.Ordinal);

        using var response = await load.GetAsync(new Uri("/Office?handler=Xlsx&sort=total&dir=desc", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SpreadsheetWorkbooks.ContentType, response.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        var sheet = workbook.Worksheet(OfficeWorkbook.SheetName);
        Assert.Equal(OfficeWorkbook.Headers, Enumerable.Range(1, OfficeWorkbook.Headers.Count).Select(c => sheet.Cell(SheetLayout.HeaderRow, c).GetString()));
        Assert.Equal(SheetLayout.HeaderRow, sheet.SheetView.SplitRow);
        Assert.Equal("Times New Roman", sheet.Cell(SheetLayout.FirstDataRow, 2).Style.Font.FontName);
        var rows = Rows(page);
        Assert.Equal(SheetLayout.HeaderRow + rows.Count + 2, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(OfficeWorkbook.SumLabel, sheet.Cell(SheetLayout.FirstDataRow + rows.Count, 2).GetString());
        Assert.Equal(OfficeWorkbook.AverageLabel, sheet.Cell(SheetLayout.FirstDataRow + rows.Count + 1, 2).GetString());
        for (var i = 0; i < rows.Count; i++)
        {
            var line = i + SheetLayout.FirstDataRow;
            Assert.Equal(rows[i]["commune"], sheet.Cell(line, 2).GetString());
            Assert.Equal(XLDataType.Number, sheet.Cell(line, 4).DataType);
            Assert.Equal("0.00", sheet.Cell(line, 4).Style.NumberFormat.Format);
            Assert.Equal(decimal.Parse(rows[i]["total"], CultureInfo.InvariantCulture), sheet.Cell(line, 4).GetValue<decimal>());
            Assert.Equal(XLDataType.Number, sheet.Cell(line, 7).DataType);
            Assert.Equal(decimal.Parse(rows[i]["deduction"], CultureInfo.InvariantCulture), sheet.Cell(line, 7).GetValue<decimal>());
            Assert.Equal(XLDataType.Number, sheet.Cell(line, 11).DataType);
            Assert.Equal(decimal.Parse(rows[i]["done"], CultureInfo.InvariantCulture) / 100m, sheet.Cell(line, 11).GetValue<decimal>());
            Assert.Equal("0.00%", sheet.Cell(line, 11).Style.NumberFormat.Format);
            Assert.Equal(int.Parse(rows[i]["overdue"], CultureInfo.InvariantCulture), sheet.Cell(line, 12).GetValue<int>());
            Assert.Equal(
                Enum.TryParse<CcHc.Domain.Plans.PlanKind>(rows[i]["kind"], out var kind) ? CcHc.Domain.Plans.PlanKinds.Label(kind) : string.Empty,
                sheet.Cell(line, 13).GetString());
        }

        Assert.Contains(Enumerable.Range(SheetLayout.FirstDataRow, rows.Count), l => sheet.Cell(l, 13).GetString() == "Kế hoạch khắc phục");

        Assert.True(await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditAction.Download && a.EntityType == "Office" && a.Note!.EndsWith(".xlsx"))));
    }

    [Fact]
    public async Task A_commune_clerk_cannot_download_the_office_workbook()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        using var response = await clerk.GetAsync(new Uri("/Office?handler=Xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Attribute(string key) => key == "class" ? "class-level" : key;

    /// <summary>Nulls last in both directions, ties by commune name.</summary>
    private static int Compare(Dictionary<string, string> a, Dictionary<string, string> b, string key)
    {
        if (key == "commune")
        {
            return Names.Compare(a["commune"], b["commune"]);
        }

        var x = a[Attribute(key)];
        var y = b[Attribute(key)];
        if (x.Length == 0 || y.Length == 0)
        {
            Assert.True(y.Length == 0, $"{key}: a row without a value comes before one with a value");
            return 0;
        }

        return decimal.Parse(x, CultureInfo.InvariantCulture).CompareTo(decimal.Parse(y, CultureInfo.InvariantCulture));
    }

    private static List<Dictionary<string, string>> Rows(string page) =>
        RowPattern().Matches(page).Select(m => AttributePattern().Matches(m.Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value))).ToList();

    [GeneratedRegex("<tr data-commune=[^>]*>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-([a-z-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();
}
