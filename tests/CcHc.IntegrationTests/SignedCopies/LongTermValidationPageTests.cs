using System.Net;
using System.Security.Cryptography;
using CcHc.Domain.Plans;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.SignedCopies.SignedCopySupport;
using static CcHc.IntegrationTests.Signatures.LongTermValidationTests;

namespace CcHc.IntegrationTests.SignedCopies;

/// <summary>
/// The demo Sơn Kỳ plan signed by CcHc (the host's own certificate, a trust anchor), with long-term validation data
/// (a DSS: a certificate and an OCSP response) appended as a signing tool does: /Verify and the signed-copy page say so
/// and keep the outcome; a DSS update that also changes the catalog is refused on both.
/// </summary>
public sealed class LongTermValidationPageTests(DemoSigningFactory factory) : IClassFixture<DemoSigningFactory>
{
    private const string DssLine = "Có dữ liệu kiểm tra dài hạn (DSS): 1 chứng thư, 0 CRL, 1 OCSP";

    private async Task<(Guid PlanId, byte[] WithDss, byte[] WithMore)> FilesAsync()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");
        var signed = await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}");
        var size = Size(signed);
        var streams = new[] { (size, Fixture("ltv-root.cer")), (size + 1, OcspResponse()) };
        var dss = $"<</Type /DSS /Certs [{size} 0 R] /OCSPs [{size + 1} 0 R]>>";
        return (planId, DssUpdate(signed, dss, streams), DssUpdate(signed, dss + " /OpenAction [2 0 R /Fit]", streams));
    }

    private async Task<string> VerifyAsync(byte[] pdf)
    {
        using var anonymous = TestAccounts.Anonymous(factory);
        using var response = await UploadAsync(anonymous, "/Verify", "/Verify", pdf, "kiem-tra.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Verify_shows_the_long_term_validation_data_and_keeps_the_valid_outcome()
    {
        var (_, withDss, withMore) = await FilesAsync();

        var page = await VerifyAsync(withDss);
        Assert.Contains("Chữ ký số: Hợp lệ", page, StringComparison.Ordinal);
        Assert.Contains("text-success\" id=\"verify-found\"", page, StringComparison.Ordinal);
        Assert.Contains("phần thêm sau là chữ ký số, rồi dữ liệu kiểm tra dài hạn (DSS)", page, StringComparison.Ordinal);
        Assert.Contains(DssLine, page, StringComparison.Ordinal);
        Assert.Contains("trừ dữ liệu kiểm tra dài hạn thêm sau", page, StringComparison.Ordinal);

        var refused = await VerifyAsync(withMore);
        Assert.Contains("Chữ ký số: Không hợp lệ", refused, StringComparison.Ordinal);
        Assert.Contains("ngoài dữ liệu kiểm tra dài hạn (DSS), phần này còn đổi mục lục tài liệu (catalog: /OpenAction)", refused, StringComparison.Ordinal);
        Assert.DoesNotContain(DssLine, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("text-success\" id=\"verify-found\"", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_copy_with_a_DSS_is_stored_as_valid_and_its_page_says_it_carries_long_term_validation_data()
    {
        var (planId, withDss, withMore) = await FilesAsync();
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.sonky");
        var url = $"/Plans/Signed/{planId}";

        using (var refused = await UploadAsync(clerk, url, url, withMore, "ke-hoach-dss-sua.pdf"))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Contains("id=\"upload-error\"", html, StringComparison.Ordinal);
            Assert.Contains("ngoài dữ liệu kiểm tra dài hạn (DSS)", html, StringComparison.Ordinal);
        }

        var refusedHash = Convert.ToHexStringLower(SHA256.HashData(withMore));
        Assert.False(await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.AnyAsync(c => c.PlanId == planId && c.Sha256 == refusedHash)));

        using (var accepted = await UploadAsync(clerk, url, url, withDss, "ke-hoach-dss.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(withDss));
        var copy = await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.Where(c => c.PlanId == planId && c.Sha256 == hash).SingleAsync());
        Assert.Equal(SignatureTrust.Valid, copy.Trust);
        Assert.Equal(withDss, copy.Content);
        Assert.Contains(DssLine, copy.TrustNote, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Contains(DssLine + ".", page, StringComparison.Ordinal);
    }
}
