using System.IO.Compression;
using System.Net;
using CcHc.Infrastructure.Auditing;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Office;

/// <summary>The Nội vụ office sees its communes only and downloads their issued plans, one by one or as a .zip.</summary>
public sealed class OfficePageTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public OfficePageTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_son_ha_office_lists_son_ky_with_its_issued_plan_and_nothing_of_other_offices()
    {
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");

        var page = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Office", UriKind.Relative)));

        Assert.Contains("xã Sơn Kỳ", page, StringComparison.Ordinal);
        Assert.Contains("Số 27/KH-UBND", page, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Cẩm Sơn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Triệu Trạch", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_zip_holds_the_frozen_pdf_xlsx_and_docx_of_every_issued_plan_and_is_audited()
    {
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");

        var bytes = await reviewer.GetByteArrayAsync(new Uri("/Office?handler=Zip", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(bytes));

        Assert.Equal(4, zip.Entries.Count);
        Assert.Contains(zip.Entries, e => e.Name == CcHc.Web.Pages.Office.IndexModel.ListingName);
        Assert.Contains(zip.Entries, e => e.Name.EndsWith("-so-27.pdf", StringComparison.Ordinal));
        Assert.Contains(zip.Entries, e => e.Name.EndsWith("-so-27.xlsx", StringComparison.Ordinal));
        Assert.Contains(zip.Entries, e => e.Name.EndsWith("-so-27.docx", StringComparison.Ordinal));
        var pdfInZip = new MemoryStream();
        await zip.Entries.Single(e => e.Name.EndsWith(".pdf", StringComparison.Ordinal)).Open().CopyToAsync(pdfInZip);
        Assert.Equal(pdfInZip.ToArray(), await reviewer.GetByteArrayAsync(new Uri($"/Plans/Pdf/{planId}", UriKind.Relative)));
        Assert.True(await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Download && a.EntityType == "Office")));
    }

    [Fact]
    public async Task A_commune_clerk_cannot_open_the_office_page()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        using var response = await clerk.GetAsync(new Uri("/Office?handler=Zip", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
