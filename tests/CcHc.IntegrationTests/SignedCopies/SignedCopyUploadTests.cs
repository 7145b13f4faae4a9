using System.Net;
using System.Text;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.SignedCopies.SignedCopySupport;
using CcHc.Domain.Plans;

namespace CcHc.IntegrationTests.SignedCopies;

/// <summary>
/// The clerk uploads the PDF signed with the provincial tool (here: a throw-away certificate standing in for the
/// chairman's token). Each refusal says why in Vietnamese beside the file field and stores nothing.
/// </summary>
public sealed class SignedCopyUploadTests(CcHcWebApplicationFactory factory) : IClassFixture<CcHcWebApplicationFactory>
{
    private async Task<(HttpClient Clerk, Guid PlanId, byte[] Issued)> SonKyAsync()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.sonky");
        var issued = await GetBytesAsync(clerk, $"/Plans/Pdf/{planId}?exportOnly=true");
        return (clerk, planId, issued);
    }

    private async Task<string> RefusedAsync(HttpClient clerk, Guid planId, byte[] file, string name = "ke-hoach-da-ky.pdf")
    {
        var before = await CopyCountAsync(planId);
        using var response = await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", file, name);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await CopyCountAsync(planId));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var start = html.IndexOf("id=\"upload-error\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no error beside the file field");
        return html[start..Math.Min(html.Length, start + 600)];
    }

    private Task<int> CopyCountAsync(Guid planId) => DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.CountAsync(c => c.PlanId == planId));

    [Fact]
    public async Task Each_bad_file_is_refused_with_its_reason_and_nothing_is_stored()
    {
        var (clerk, planId, issued) = await SonKyAsync();
        using (clerk)
        {
            var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
            Assert.Contains("Tệp không phải là PDF.", await RefusedAsync(clerk, planId, png), StringComparison.Ordinal);

            Assert.Contains("chưa có chữ ký số", await RefusedAsync(clerk, planId, issued), StringComparison.Ordinal);

            var otherPlan = SignAsChairman(await OtherPdfAsync(factory));
            Assert.Contains("không phải là phiên bản kế hoạch này", await RefusedAsync(clerk, planId, otherPlan), StringComparison.Ordinal);

            var signed = SignAsChairman(issued);
            var flipped = (byte[])signed.Clone();
            var inRange = issued.Length / 2; // inside the first byte range, in the issued content
            flipped[inRange] ^= 0x01;
            Assert.Contains("tệp đã bị sửa sau khi ký", await RefusedAsync(clerk, planId, flipped), StringComparison.Ordinal);

            var appended = signed.Concat(Encoding.ASCII.GetBytes("\n% thêm sau khi ký\n")).ToArray();
            Assert.Contains("thêm vào sau chữ ký cuối cùng", await RefusedAsync(clerk, planId, appended), StringComparison.Ordinal);

            // Every refusal is audited with the file's hash and the reason.
            var flippedHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(flipped));
            Assert.True(await DatabaseProbe.QueryAsync(factory, db => db.AuditEntries.AnyAsync(
                a => a.Action == AuditAction.SignedCopyUpload && a.EntityId == planId.ToString() && a.Note!.Contains(flippedHash) && a.Note.Contains("từ chối: Chữ ký số không khớp"))));
            Assert.True(await DatabaseProbe.QueryAsync(factory, db => db.AuditEntries.CountAsync(
                a => a.Action == AuditAction.SignedCopyUpload && a.EntityId == planId.ToString() && a.Note!.Contains("từ chối"))) >= 5);
        }
    }

    [Fact]
    public async Task A_60_mb_file_is_refused_before_it_is_read()
    {
        var (clerk, planId, _) = await SonKyAsync();
        var before = await CopyCountAsync(planId);
        using (clerk)
        {
            using var response = await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", new byte[60 * 1024 * 1024], "lon.pdf");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var form = WebUtility.HtmlDecode(await clerk.GetStringAsync(response.Headers.Location));
            Assert.Contains(SignedCopyChecker.TooLargeMessage, form, StringComparison.Ordinal);
            Assert.Equal(before, await CopyCountAsync(planId));
        }
    }

    [Fact]
    public async Task A_self_signed_copy_is_kept_as_undetermined_and_the_reviewer_still_gets_the_export_as_the_official_file()
    {
        var (clerk, planId, issued) = await SonKyAsync();
        using (clerk)
        {
            var signed = SignAsChairman(issued);
            using var response = await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", signed, "27-KH-UBND-da-ky.pdf");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var flash = WebUtility.HtmlDecode(await clerk.GetStringAsync(response.Headers.Location));
            Assert.Contains("Đã lưu bản ký số với kết quả Chưa xác định", flash, StringComparison.Ordinal);
            Assert.Contains("KHÔNG thay thế bản chính thức", flash, StringComparison.Ordinal);
            Assert.DoesNotContain("alert-success", flash, StringComparison.Ordinal);

            var copy = await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.Where(c => c.PlanId == planId).OrderByDescending(c => c.UploadedAt).FirstAsync());
            Assert.Equal(SignedCopyMatch.IssuedBytes, copy.Match);
            Assert.Equal("UBND xã Sơn Kỳ", copy.SignerOrganisation);
            Assert.Equal(SigningTime, copy.SigningTime);
            Assert.True(copy.SelfSigned);
            Assert.Equal(SignatureTrust.Undetermined, copy.Trust);
            Assert.Contains("Chứng thư tự cấp", copy.TrustNote, StringComparison.Ordinal);

            using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");
            Assert.Equal(issued, await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}"));
            Assert.Equal(issued, await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}?exportOnly=true"));
            Assert.Equal(signed, await GetBytesAsync(reviewer, $"/Plans/Signed/{planId}?handler=Download&copyId={copy.Id}"));

            var details = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri($"/Plans/Details/{planId}", UriKind.Relative)));
            Assert.DoesNotContain("Tải PDF đã ký số", details, StringComparison.Ordinal);
            Assert.Contains("Chưa xác định", details, StringComparison.Ordinal);
            Assert.Contains("id=\"signed-not-official\"", details, StringComparison.Ordinal);
            var copies = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri($"/Plans/Signed/{planId}", UriKind.Relative)));
            Assert.Contains("Chứng thư tự cấp", copies, StringComparison.Ordinal);
            Assert.Contains("id=\"no-official-copy\"", copies, StringComparison.Ordinal);
            Assert.DoesNotContain("table-success", copies, StringComparison.Ordinal);
            Assert.True(await DatabaseProbe.QueryAsync(factory, db => db.AuditEntries.AnyAsync(a => a.EntityId == planId.ToString() && a.Note != null && a.Note.Contains(copy.FileName))));
            Assert.True(await DatabaseProbe.QueryAsync(factory, db => db.AuditEntries.AnyAsync(
                a => a.Action == AuditAction.SignedCopyUpload && a.EntityId == planId.ToString() && a.Note!.Contains(copy.Sha256) && a.Note.Contains("Chưa xác định"))));
        }
    }

    [Fact]
    public async Task Only_the_clerk_of_the_commune_uploads_and_other_communes_cannot_see_the_copies()
    {
        var (clerk, planId, issued) = await SonKyAsync();
        clerk.Dispose();
        var signed = SignAsChairman(issued);
        var before = await CopyCountAsync(planId);

        using var otherClerk = await TestAccounts.SignedInAsync(factory, "t.clerk.camson");
        using (var foreign = await UploadAsync(otherClerk, $"/Plans/Signed/{planId}", "/Account/ChangePassword", signed, "x.pdf"))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using (var page = await otherClerk.GetAsync(new Uri($"/Plans/Signed/{planId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }

        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");
        using (var notClerk = await UploadAsync(reviewer, $"/Plans/Signed/{planId}", "/Account/ChangePassword", signed, "x.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, notClerk.StatusCode); // Forbid() sends a browser to the access-denied page
            Assert.Contains("/Account/AccessDenied", notClerk.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CopyCountAsync(planId));
    }
}

/// <summary>A plan with an appendix is two print jobs joined by PdfPig: the signer and pdfsig must handle that file too.</summary>
public sealed class JoinedPdfSigningTests(CcHcWebApplicationFactory factory) : IClassFixture<CcHcWebApplicationFactory>
{
    [Fact]
    public async Task The_trieu_trach_pdf_with_its_appendix_signs_and_verifies()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, "xã Triệu Trạch");
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.trieutrach");
        var pdf = await GetBytesAsync(clerk, $"/Plans/Pdf/{planId}");

        var signed = SignAsChairman(pdf);

        var verification = CcHc.Infrastructure.Signatures.PdfSignatureVerifier.Verify(signed, DateTimeOffset.UtcNow);
        Assert.True(verification.IsValid, verification.Message);
        Assert.True(CcHc.Infrastructure.Signatures.PdfSignatureVerifier.StartsWithRevision(signed, pdf));
        var pdfsig = await PdfsigAsync(signed);
        Assert.Contains("Signature is Valid", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
    }
}
