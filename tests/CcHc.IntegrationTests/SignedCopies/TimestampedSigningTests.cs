using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Signatures;
using CcHc.Web.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CcHc.IntegrationTests.SignedCopies.SignedCopySupport;

namespace CcHc.IntegrationTests.SignedCopies;

/// <summary>
/// A host that signs with the demo certificate and asks <see cref="TestTimestampAuthority"/> (run by the test on
/// loopback) for timestamps, trusting the authority's root through <c>Signing:TrustedRootsPath</c>.
/// </summary>
public sealed class TimestampSigningFactory : CcHcWebApplicationFactory
{
    private readonly TestDataDirectory _roots = new();

    public TimestampSigningFactory()
    {
        Authority = TestTimestampAuthority.StartAsync().GetAwaiter().GetResult();
        File.WriteAllText(Path.Combine(_roots.Path, "tsa-root.pem"), Authority.Root.ExportCertificatePem());
    }

    public TestTimestampAuthority Authority { get; }

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Signing:UseDemoCertificate", "true"),
        ("Signing:TimestampUrl", Authority.Url.ToString()),
        ("Signing:TrustedRootsPath", _roots.Path),
    ];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Authority.DisposeAsync();
        _roots.Dispose();
    }
}

/// <summary>A host configured with a timestamp authority that nobody listens for (a closed loopback port).</summary>
public sealed class DownTimestampFactory : CcHcWebApplicationFactory
{
    private static readonly Uri Closed = ClosedPort();

    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Signing:UseDemoCertificate", "true"), ("Signing:TimestampUrl", new Uri(Closed, "/tsa").ToString())];

    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}

/// <summary>
/// Issuing signs PAdES B-T where a timestamp authority is configured: the plan, the results report and the progress
/// report, as downloaded by the commune and by the office; pdfsig and the verifier agree.
/// </summary>
public sealed class TimestampedSigningTests(TimestampSigningFactory factory) : IClassFixture<TimestampSigningFactory>
{
    [Fact]
    public async Task The_issued_plan_is_signed_with_a_timestamp_and_the_signed_copy_page_dates_it_by_the_timestamp()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");

        var signed = await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}");

        var signer = (await CheckPadesAsync(signed)).Signer;
        Assert.True(factory.Authority.Requests >= 1);
        var copy = await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.Where(c => c.PlanId == planId).SingleAsync());
        Assert.Equal(SignatureTrust.Valid, copy.Trust);
        var page = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri($"/Plans/Signed/{planId}", UriKind.Relative)));
        Assert.Contains("Thời điểm ký theo dấu thời gian: ", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportSigner.NoTimestampNote, page, StringComparison.Ordinal);
        Assert.NotNull(signer);

        // The public check of the downloaded file dates the signature by its timestamp.
        using var anonymous = TestAccounts.Anonymous(factory);
        using var checkedPage = await UploadAsync(anonymous, "/Verify", "/Verify", signed, "kiem-tra.pdf");
        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        var verify = WebUtility.HtmlDecode(await checkedPage.Content.ReadAsStringAsync());
        Assert.Contains("Chữ ký số còn nguyên vẹn: nội dung không bị sửa sau khi ký", verify, StringComparison.Ordinal);
        Assert.Contains("Thời điểm ký theo dấu thời gian: ", verify, StringComparison.Ordinal);
        Assert.Contains("class=\"text-muted small signing-time-source\">theo dấu thời gian</div>", verify, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_issued_results_report_is_signed_once_and_the_office_zip_carries_the_signed_pdf()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.sonky");
        var details = $"/Reports/Details/{planId}";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri($"/Reports/Edit/{planId}", UriKind.Relative)), "report-form");
        form["Input.Summary"] = "Năm 2024, UBND xã đã tập trung chỉ đạo khắc phục các tiêu chí bị trừ điểm.";
        using (var saved = await clerk.SubmitAsync($"/Reports/Edit/{planId}", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var issued = await PlanSteps.PostAsync(clerk, details, "Issue", ("DocumentNumber", "5"), ("IssueDate", "2024-12-20")))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        var signed = await GetBytesAsync(clerk, $"/Reports/Pdf/{planId}");

        var frozen = await DatabaseProbe.QueryAsync(factory, db => db.IssuedFiles
            .Where(f => f.PlanId == planId && f.Kind == IssuedFileKind.ReportPdf).Select(f => f.Content).SingleAsync());
        Assert.True(signed.AsSpan().StartsWith(frozen)); // an incremental update of the frozen export
        await CheckPadesAsync(signed);
        Assert.Equal(signed, await GetBytesAsync(clerk, $"/Reports/Pdf/{planId}")); // signed once, served as stored

        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");
        var zip = await GetBytesAsync(reviewer, "/Office/Index?handler=Zip");
        using var archive = new ZipArchive(new MemoryStream(zip));
        var entry = archive.Entries.Single(e => e.FullName.Contains("Bao-cao-ket-qua", StringComparison.Ordinal) && e.FullName.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.EndsWith("-da-ky.pdf", entry.FullName, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        await using (var opened = entry.Open())
        {
            await opened.CopyToAsync(stream);
        }

        Assert.Equal(signed, stream.ToArray());
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains("Bản PDF đã ký số bởi CcHc, có dấu thời gian (PAdES B-T). Thời điểm ký theo dấu thời gian: ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_issued_progress_report_is_signed_and_the_office_downloads_the_signed_pdf()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        const string period = "2024-Q2";
        var details = $"/ProgressReports/Details/{planId}/{period}";
        var edit = $"/ProgressReports/Edit/{planId}/{period}";
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.sonky");
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "progress-form");
        form["Input.Summary"] = "Quý II năm 2024, UBND xã tiếp tục chỉ đạo thực hiện kế hoạch.";
        form["Input.NextFocus"] = "Hoàn thành rà soát quy chế làm việc.";
        using (var saved = await clerk.SubmitAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var issued = await PlanSteps.PostAsync(clerk, details, "Issue", ("DocumentNumber", "7"), ("IssueDate", "2024-07-10")))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");
        var signed = await GetBytesAsync(reviewer, $"/ProgressReports/File/{planId}/{period}/pdf");

        await CheckPadesAsync(signed);
        Assert.Equal(signed, await GetBytesAsync(clerk, $"/ProgressReports/File/{planId}/{period}/pdf"));
        var frozen = await DatabaseProbe.QueryAsync(factory, db => db.ProgressReportFiles
            .Where(f => f.PlanId == planId && f.Kind == IssuedFileKind.ReportPdf).Select(f => f.Content).SingleAsync());
        Assert.True(signed.AsSpan().StartsWith(frozen));
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains("-da-ky.pdf", page, StringComparison.Ordinal);
        Assert.Contains("có dấu thời gian (PAdES B-T)", page, StringComparison.Ordinal);
    }

    /// <summary>PAdES B-T as pdfsig and CcHc's verifier (with the host's anchors) read it; the CMS's timestamp over the signature value.</summary>
    private async Task<(PdfSignature Signature, SignerInfo Signer)> CheckPadesAsync(byte[] signed)
    {
        var pdfsig = await PdfsigAsync(signed);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);

        var cms = new SignedCms();
        cms.Decode(PadesSignatureTests.CmsOf(signed));
        var signer = cms.SignerInfos[0];
        Assert.Contains(signer.SignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.16.2.47");
        Assert.DoesNotContain(signer.SignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.5");
        var token = signer.UnsignedAttributes.Cast<CryptographicAttributeObject>().Single(a => a.Oid.Value == "1.2.840.113549.1.9.16.2.14").Values[0].RawData;
        Assert.True(Rfc3161TimestampToken.TryDecode(token, out var decoded, out _));
        Assert.Equal(SHA256.HashData(signer.GetSignature()), decoded.TokenInfo.GetMessageHash().ToArray());

        var anchors = factory.Services.GetRequiredService<TrustedCertificates>().Anchors;
        var verification = PdfSignatureVerifier.Verify(signed, DateTimeOffset.UtcNow, anchors);
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(SignatureTrust.Valid, verification.Trust);
        var signature = verification.LastSignature!;
        Assert.Equal(SigningTimeSource.Timestamp, signature.SigningTimeSource);
        Assert.Equal(decoded.TokenInfo.Timestamp, signature.SigningTime);
        return (signature, signer);
    }
}

/// <summary>The timestamp authority is down: issuing still signs (PAdES B-B) and the signed copy's page says why there is no timestamp.</summary>
public sealed class DownTimestampSigningTests(DownTimestampFactory factory) : IClassFixture<DownTimestampFactory>
{
    [Fact]
    public async Task The_plan_is_signed_without_a_timestamp_and_the_page_says_so()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, SonKy);
        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");

        var signed = await GetBytesAsync(reviewer, $"/Plans/Pdf/{planId}");

        var pdfsig = await PdfsigAsync(signed);
        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig, StringComparison.Ordinal);
        var cms = new SignedCms();
        cms.Decode(PadesSignatureTests.CmsOf(signed));
        Assert.Empty(cms.SignerInfos[0].UnsignedAttributes);
        var copy = await DatabaseProbe.QueryAsync(factory, db => db.SignedCopies.Where(c => c.PlanId == planId).SingleAsync());
        Assert.Equal(SignatureTrust.Valid, copy.Trust);
        var page = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri($"/Plans/Signed/{planId}", UriKind.Relative)));
        Assert.Contains(ExportSigner.NoTimestampNote, page, StringComparison.Ordinal);
    }
}
