using System.IO.Compression;
using System.Net;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.SignedCopies.SignedCopySupport;
using CcHc.Domain.Plans;

namespace CcHc.IntegrationTests.SignedCopies;

/// <summary>
/// Where a certificate is configured (here the Development demo one), issuing signs the PDF: the demo Sơn Kỳ plan is
/// signed at its first export, and the reviewer of Sơn Hà downloads a signed PDF out of the box.
/// </summary>
public sealed class CcHcSigningTests(DemoSigningFactory factory) : IClassFixture<DemoSigningFactory>
{
    [Fact]
    public async Task The_reviewer_downloads_the_sonky_plan_signed_with_the_demo_certificate_and_pdfsig_agrees()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");

        var signed = await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}");
        var unsigned = await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}?exportOnly=true");

        // The signature is an incremental update of the frozen export, which stays available byte for byte.
        Assert.True(signed.Length > unsigned.Length);
        Assert.True(signed.AsSpan(0, unsigned.Length).SequenceEqual(unsigned));
        var frozen = await DatabaseProbe.QueryAsync(factory, db => db.IssuedFiles.Where(f => f.PlanId == planId && f.Kind == IssuedFileKind.Pdf).Select(f => f.Content).SingleAsync());
        Assert.Equal(frozen, unsigned);

        var pdfsig = await PdfsigAsync(signed);
        Assert.Contains("Signature is Valid", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
        Assert.Contains(DemoCertificate.CommonName, pdfsig, StringComparison.Ordinal);

        var verification = PdfSignatureVerifier.Verify(signed, DateTimeOffset.UtcNow);
        Assert.True(verification.IsValid, verification.Message);
        Assert.True(verification.LastSignature!.IsSelfSigned);

        var copy = await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.Where(c => c.PlanId == planId).SingleAsync());
        Assert.Equal(SignedCopyMatch.SignedByCcHc, copy.Match);
        Assert.True(copy.SelfSigned);
        Assert.Equal(SignatureTrust.Valid, copy.Trust); // CcHc's configured certificate is a trust anchor
        Assert.Equal(SignatureTrust.Undetermined, verification.Trust); // and nothing else's: without anchors it is not
        Assert.Equal(signed, copy.Content);

        // A second download serves the same signed bytes (signed once, not at every download).
        Assert.Equal(signed, await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}"));

        var page = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri($"/Plans/Signed/{planId}", UriKind.Relative)));
        Assert.Contains(DemoCertificate.CommonName, page, StringComparison.Ordinal);
        Assert.Contains("Chứng thư tự cấp", page, StringComparison.Ordinal);
        Assert.Contains("PDF chưa ký", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_zip_carries_the_signed_copy()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");
        var signed = await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}");

        var zip = await GetBytesAsync(reviewer, "/Office/Index?handler=Zip");
        using var archive = new ZipArchive(new MemoryStream(zip));
        var pdf = archive.Entries.Single(e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal) && e.FullName.Contains("son-ky", StringComparison.OrdinalIgnoreCase));
        using var stream = new MemoryStream();
        await using (var entry = pdf.Open())
        {
            await entry.CopyToAsync(stream);
        }

        Assert.Equal(signed, stream.ToArray());

        var office = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Office/Index", UriKind.Relative)));
        Assert.Contains("PDF đã ký số", office, StringComparison.Ordinal);
        Assert.Contains($"/Plans/Pdf/{planId}?exportOnly=true", office, StringComparison.Ordinal);
    }
}
