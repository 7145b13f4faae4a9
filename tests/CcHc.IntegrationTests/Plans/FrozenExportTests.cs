using System.Net;
using System.Security.Cryptography;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>Issuing freezes the exports: later downloads are byte-identical, even after version 2 is edited.</summary>
public sealed class FrozenExportTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public FrozenExportTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task Issued_downloads_are_byte_identical_across_calls_and_after_the_next_version_is_edited()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        var details = $"/Plans/Details/{planId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");
        await StepAsync(clerk, details, "Submit");
        await StepAsync(chairman, details, "Approve");
        await StepAsync(clerk, details, "Issue", ("DocumentNumber", "12"), ("IssueDate", "2024-02-05"));

        var pdf1 = await clerk.GetByteArrayAsync(new Uri($"/Plans/Pdf/{planId}", UriKind.Relative));
        var xlsx1 = await clerk.GetByteArrayAsync(new Uri($"/Plans/Xlsx/{planId}", UriKind.Relative));
        // The .docx was frozen by the issuing step itself, with the XLSX, before anyone downloaded it.
        var frozenDocx = await DatabaseProbe.QueryAsync(_factory, db => db.IssuedFiles
            .Where(f => f.PlanId == planId && f.Kind == CcHc.Infrastructure.Exports.IssuedFileKind.Docx).Select(f => f.Content).SingleAsync());
        var docx1 = await clerk.GetByteArrayAsync(new Uri($"/Plans/Docx/{planId}", UriKind.Relative));
        Assert.Equal(frozenDocx, docx1);
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(docx1)), page, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(pdf1)), page, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(xlsx1)), page, StringComparison.Ordinal);

        // Version 2, edited: version 1's files do not move.
        var form = HtmlForm.ParseContaining(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)), "__RequestVerificationToken");
        using var next = await clerk.PostFormWithTokenAsync($"{details}?handler=NewVersion", form["__RequestVerificationToken"], []);
        var v2 = next.Headers.Location!.OriginalString[(next.Headers.Location.OriginalString.LastIndexOf('/') + 1)..];
        var header = HtmlForm.Parse(await clerk.GetStringAsync(new Uri($"/Plans/EditHeader/{v2}", UriKind.Relative)), "header-form");
        header["Input.Summary"] = "Trích yếu của phiên bản 2";
        using var edited = await clerk.SubmitAsync($"/Plans/EditHeader/{v2}", header);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        Assert.Equal(pdf1, await clerk.GetByteArrayAsync(new Uri($"/Plans/Pdf/{planId}", UriKind.Relative)));
        Assert.Equal(xlsx1, await chairman.GetByteArrayAsync(new Uri($"/Plans/Xlsx/{planId}", UriKind.Relative)));
        Assert.Equal(docx1, await chairman.GetByteArrayAsync(new Uri($"/Plans/Docx/{planId}", UriKind.Relative)));

        var file = Path.Combine(Path.GetTempPath(), $"cchc-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(file, pdf1);
            var text = await PdfTools.RunAsync("pdftotext", "-layout", file, "-");
            Assert.Contains("Số: 12/KH-UBND", text, StringComparison.Ordinal);
            Assert.Contains("Cẩm Sơn, ngày 05 tháng 02 năm 2024", text, StringComparison.Ordinal);
            var code = await DatabaseProbe.QueryAsync(_factory, db => db.IssuedFiles.Where(f => f.PlanId == planId).Select(f => f.VerificationCode).FirstAsync());
            Assert.Contains($"Mã kiểm tra: {code}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("DỰ THẢO", await PdfTools.RunAsync("pdftotext", "-raw", file, "-"), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_version_issued_before_it_had_files_is_frozen_at_its_first_download()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");

        var first = await reviewer.GetByteArrayAsync(new Uri($"/Plans/Xlsx/{planId}", UriKind.Relative));
        var second = await reviewer.GetByteArrayAsync(new Uri($"/Plans/Xlsx/{planId}", UriKind.Relative));

        Assert.Equal(first, second);
        Assert.Equal(1, await DatabaseProbe.QueryAsync(_factory, db => db.IssuedFiles.CountAsync(f => f.PlanId == planId)));
    }

    private static async Task StepAsync(HttpClient client, string details, string handler, params (string Key, string Value)[] fields)
    {
        using var response = await PlanSteps.PostAsync(client, details, handler, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
