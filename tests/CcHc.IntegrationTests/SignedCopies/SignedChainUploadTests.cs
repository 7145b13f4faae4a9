using System.IO.Compression;
using System.Net;
using System.Text;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Signatures;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.SignedCopies.SignedCopySupport;
using CcHc.Domain.Plans;

namespace CcHc.IntegrationTests.SignedCopies;

/// <summary>A host whose Signing:TrustedRootsPath holds the root of a home-made PKI (as a deployment holds the national roots).</summary>
public sealed class TrustedRootFactory : CcHcWebApplicationFactory
{
    public TrustedRootFactory()
    {
        var folder = Path.Combine(DataDirectory, "trusted-roots");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "root-ca.cer"), Pki.Root.RawData);
        File.WriteAllText(Path.Combine(folder, "doc-khong-phai-chung-thu.txt"), "bỏ qua");
        RootsFolder = folder;
    }

    public TestPki Pki { get; } = new(SigningTime);

    public string RootsFolder { get; }

    protected override IEnumerable<(string Key, string Value)> Settings => [("Signing:TrustedRootsPath", RootsFolder)];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Pki.Dispose();
        }
    }
}

/// <summary>
/// Issue 12, point 2, through the real host: a copy signed with a look-alike chain ("Chủ tịch UBND xã Cẩm Sơn" from a
/// home-made CA) is kept as "Chưa xác định" and never becomes what the reviewer downloads or finds in the office .zip;
/// the same plan signed through the trusted chain becomes the official file; an invalid certificate is refused.
/// </summary>
public sealed class SignedChainUploadTests(TrustedRootFactory factory) : IClassFixture<TrustedRootFactory>
{
    private static readonly SignatureAppearance Appearance = new() { Organisation = "Ủy ban nhân dân xã Cẩm Sơn", SigningTime = SigningTime };

    private async Task<(HttpClient Clerk, Guid PlanId, byte[] Issued)> SonKyAsync()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.sonky");
        return (clerk, planId, await GetBytesAsync(clerk, $"/Plans/Pdf/{planId}?exportOnly=true"));
    }

    private static async Task<byte[]> ZipPdfAsync(HttpClient reviewer, string listingMustContain)
    {
        using var archive = new ZipArchive(new MemoryStream(await GetBytesAsync(reviewer, "/Office/Index?handler=Zip")));
        var pdfs = archive.Entries.Where(e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal) && e.FullName.Contains("son-ky", StringComparison.OrdinalIgnoreCase)).ToList();
        var pdf = Assert.Single(pdfs);
        using (var listing = new StreamReader(archive.GetEntry(CcHc.Web.Pages.Office.IndexModel.ListingName)!.Open(), Encoding.UTF8))
        {
            Assert.Contains(listingMustContain, await listing.ReadToEndAsync(), StringComparison.Ordinal);
        }

        using var stream = new MemoryStream();
        await using (var entry = pdf.Open())
        {
            await entry.CopyToAsync(stream);
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task A_forged_chain_is_kept_as_undetermined_and_only_the_trusted_chain_becomes_the_official_file()
    {
        var (clerk, planId, issued) = await SonKyAsync();
        using var _ = clerk;
        var pki = factory.Pki;
        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");

        // 1. The forgery: same names as the trusted chain, other keys, its own root in the file.
        var forged = TestPki.Sign(issued, pki.LookAlikeSigner, Appearance, pki.LookAlikeIntermediate, pki.LookAlikeRoot);
        using (var response = await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", forged, "gia-mao.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(response.Headers.Location));
            Assert.Contains("kết quả Chưa xác định", page, StringComparison.Ordinal);
            Assert.Contains("không nằm trong danh sách chứng thư gốc tin cậy", page, StringComparison.Ordinal);
            Assert.Contains("không mang tên người ký hoặc xã của kế hoạch", page, StringComparison.Ordinal); // Cẩm Sơn's name on Sơn Kỳ's plan
        }

        var forgedCopy = await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.Where(c => c.PlanId == planId).OrderByDescending(c => c.UploadedAt).FirstAsync());
        Assert.Equal(SignatureTrust.Undetermined, forgedCopy.Trust);
        Assert.Equal("Chủ tịch UBND xã Cẩm Sơn", forgedCopy.SignerName);

        Assert.Equal(issued, await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}"));
        Assert.Equal(issued, await ZipPdfAsync(reviewer, "Chưa xác định"));
        var office = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Office/Index", UriKind.Relative)));
        Assert.Contains("bản ký số Chưa xác định", office, StringComparison.Ordinal);
        Assert.DoesNotContain("PDF đã ký số", office, StringComparison.Ordinal);

        // On /Verify the forgery is intact but "Chưa xác định", under a heading that is not green.
        using (var anonymous = TestAccounts.Anonymous(factory))
        using (var verify = await UploadAsync(anonymous, "/Verify", "/Verify", forged, "kiem-tra.pdf"))
        {
            var page = WebUtility.HtmlDecode(await verify.Content.ReadAsStringAsync());
            Assert.Contains("Chữ ký số: Chưa xác định", page, StringComparison.Ordinal);
            Assert.Contains("phần thêm sau là chữ ký số", page, StringComparison.Ordinal);
            Assert.DoesNotContain("text-success\" id=\"verify-found\"", page, StringComparison.Ordinal);
            Assert.Contains("text-warning\" id=\"verify-found\"", page, StringComparison.Ordinal);
            Assert.Contains(SignatureTrustText.RevocationNotChecked, page, StringComparison.Ordinal);
        }

        // 2. The same plan signed through the trusted chain becomes the official file.
        var genuine = TestPki.Sign(issued, pki.Signer, Appearance, pki.Intermediate);
        using (var response = await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", genuine, "that.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(response.Headers.Location));
            Assert.Contains("Đã nhận bản ký số — Hợp lệ", page, StringComparison.Ordinal);
            Assert.Contains("signed-official", page, StringComparison.Ordinal);
        }

        Assert.Equal(SignatureTrust.Valid, await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.Where(c => c.PlanId == planId).OrderByDescending(c => c.UploadedAt).Select(c => c.Trust).FirstAsync()));
        Assert.Equal(genuine, await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}"));
        Assert.Equal(genuine, await ZipPdfAsync(reviewer, "bản ký số Hợp lệ (bản chính thức)"));
        var details = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri($"/Plans/Details/{planId}", UriKind.Relative)));
        Assert.Contains("Tải PDF đã ký số", details, StringComparison.Ordinal);

        using (var anonymous = TestAccounts.Anonymous(factory))
        using (var verify = await UploadAsync(anonymous, "/Verify", "/Verify", genuine, "kiem-tra.pdf"))
        {
            var page = WebUtility.HtmlDecode(await verify.Content.ReadAsStringAsync());
            Assert.Contains("Chữ ký số: Hợp lệ", page, StringComparison.Ordinal);
            Assert.Contains("text-success\" id=\"verify-found\"", page, StringComparison.Ordinal);
        }

        // 3. A later forgery does not displace it: the official file stays the valid copy.
        var forgedAgain = TestPki.Sign(issued, pki.LookAlikeSigner, Appearance, pki.LookAlikeIntermediate, pki.LookAlikeRoot);
        using (var response = await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", forgedAgain, "gia-mao-2.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(genuine, await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}"));
        Assert.Equal(genuine, await ZipPdfAsync(reviewer, "Chưa xác định"));

        var audited = await DatabaseProbe.QueryAsync(factory, db => db.AuditEntries
            .Where(a => a.Action == AuditAction.SignedCopyUpload && a.EntityId == planId.ToString()).Select(a => a.Note!).ToListAsync());
        Assert.Contains(audited, n => n.Contains(forgedCopy.Sha256, StringComparison.Ordinal) && n.Contains("Chưa xác định, đã lưu", StringComparison.Ordinal));
        Assert.Contains(audited, n => n.Contains("Hợp lệ, đã lưu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_expired_or_tampered_certificate_is_refused_as_invalid_and_the_refusal_is_audited()
    {
        var (clerk, planId, issued) = await SonKyAsync();
        using var _ = clerk;
        var pki = factory.Pki;
        var before = await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.CountAsync(c => c.PlanId == planId));

        var expired = TestPki.Sign(issued, pki.ExpiredSigner, Appearance, pki.Intermediate);
        var prepared = PdfSigner.Prepare(issued, pki.Signer, Appearance);
        var tampered = prepared.Embed(TestPki.WithTamperedCertificate(TestPki.Cms(prepared.SignedContent(), pki.Signer, SigningTime, pki.Intermediate), pki.Signer, "Chủ tịch"));
        foreach (var (file, reason) in new[] { (expired, "không còn hiệu lực vào thời điểm ký"), (tampered, "không phải của tổ chức cấp") })
        {
            using var response = await UploadAsync(clerk, $"/Plans/Signed/{planId}", $"/Plans/Signed/{planId}", file, "khong-hop-le.pdf");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var error = page[page.IndexOf("id=\"upload-error\"", StringComparison.Ordinal)..];
            Assert.Contains("Chữ ký số Không hợp lệ", error, StringComparison.Ordinal);
            Assert.Contains(reason, error, StringComparison.Ordinal);

            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
            Assert.True(await DatabaseProbe.QueryAsync(factory, db => db.AuditEntries.AnyAsync(
                a => a.Action == AuditAction.SignedCopyUpload && a.Note!.Contains(hash) && a.Note.Contains("từ chối: Chữ ký số Không hợp lệ") && a.UserName == "t.clerk.sonky")));
        }

        Assert.Equal(before, await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.CountAsync(c => c.PlanId == planId)));
    }
}
