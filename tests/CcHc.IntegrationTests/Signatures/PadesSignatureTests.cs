using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>
/// CcHc's signatures are PAdES baseline (issue 20): B-B always (ETSI.CAdES.detached, signing-certificate-v2, no
/// signingTime in the CMS), B-T with a timestamp from <see cref="TestTimestampAuthority"/> run by the test. Read back by
/// the framework, an independent ASN.1 reading, poppler's pdfsig and openssl.
/// </summary>
[Collection(SharedSignatureFiles.Name)]
public sealed class PadesSignatureTests(SignedPdfs pdfs) : IAsyncLifetime, IDisposable
{
    private readonly SignatureFiles _files = new();
    private readonly FakeTimeProvider _tsaClock = new(SignedPdfs.SigningTime.AddSeconds(2));
    private TestTimestampAuthority _tsa = null!;

    public async Task InitializeAsync() => _tsa = await TestTimestampAuthority.StartAsync(_tsaClock);

    public async Task DisposeAsync() => await _tsa.DisposeAsync();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_cms_carries_content_type_message_digest_and_signing_certificate_v2_and_no_signing_time()
    {
        var cms = Decode(CmsOf(pdfs.SignedExport));

        var signer = Assert.Single(cms.SignerInfos.Cast<SignerInfo>());
        Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value);
        var attributes = signer.SignedAttributes.Cast<CryptographicAttributeObject>().Select(a => a.Oid.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["1.2.840.113549.1.9.16.2.47", "1.2.840.113549.1.9.3", "1.2.840.113549.1.9.4"], attributes);
        Assert.DoesNotContain("1.2.840.113549.1.9.5", attributes); // signingTime: forbidden by PAdES
        Assert.Empty(signer.UnsignedAttributes); // no timestamp asked for
        Assert.Equal(pdfs.Certificate.RawData, Assert.Single(cms.Certificates).RawData);

        // ESSCertIDv2 read with AsnReader: the hash algorithm left to its default (SHA-256), the certificate's
        // SHA-256, and issuerSerial naming the issuer (directoryName) and the serial number.
        var value = signer.SignedAttributes.Cast<CryptographicAttributeObject>().Single(a => a.Oid.Value == "1.2.840.113549.1.9.16.2.47").Values[0].RawData;
        var id = new AsnReader(value, AsnEncodingRules.DER).ReadSequence().ReadSequence().ReadSequence();
        Assert.Equal(SHA256.HashData(pdfs.Certificate.RawData), id.ReadOctetString());
        var issuerSerial = id.ReadSequence();
        var directoryName = issuerSerial.ReadSequence().ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true));
        Assert.Equal(pdfs.Certificate.IssuerName.RawData, directoryName.ReadEncodedValue().ToArray());
        Assert.Equal(pdfs.Certificate.SerialNumberBytes.ToArray(), issuerSerial.ReadIntegerBytes().ToArray());
        Assert.False(id.HasData);

        // The time is the dictionary's /M, in Vietnam time.
        Assert.Contains("/SubFilter /ETSI.CAdES.detached", Encoding.Latin1.GetString(pdfs.SignedExport, pdfs.Issued.Length, pdfs.SignedExport.Length - pdfs.Issued.Length), StringComparison.Ordinal);
        Assert.Contains("/M (D:20260312101530+07'00')", Encoding.Latin1.GetString(pdfs.SignedExport), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Openssl_reads_the_signing_certificate_v2_attribute_and_no_signing_time()
    {
        var (exitCode, printed, errors) = await SignatureFiles.RunAsync(
            "openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", _files.Write("cms.der", CmsOf(pdfs.SignedExport)));

        Assert.True(exitCode == 0, errors);
        Assert.Contains("id-smime-aa-signingCertificateV2", printed, StringComparison.Ordinal);
        Assert.Contains("messageDigest", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("signingTime", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_authority_the_signature_carries_a_timestamp_over_its_value_and_checks_valid_at_the_timestamp()
    {
        var result = await SignWithAuthorityAsync();

        Assert.True(result.Timestamped);
        Assert.Equal(1, _tsa.Requests);
        var signer = Assert.Single(Decode(CmsOf(result.Pdf)).SignerInfos.Cast<SignerInfo>());
        var token = Assert.Single(signer.UnsignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.16.2.14").Values[0].RawData;
        Assert.True(Rfc3161TimestampToken.TryDecode(token, out var decoded, out _));
        Assert.Equal(SHA256.HashData(signer.GetSignature()), decoded.TokenInfo.GetMessageHash().ToArray());
        Assert.Equal(SignedPdfs.SigningTime.AddSeconds(2), decoded.TokenInfo.Timestamp);

        var verification = PdfSignatureVerifier.Verify(result.Pdf, SignedPdfs.Now, Anchors(pdfs.Certificate, _tsa.Root));
        Assert.True(verification.IsValid, verification.Message);
        var signature = Assert.Single(verification.Signatures);
        Assert.Equal(SignatureTrust.Valid, signature.Trust);
        Assert.Equal(SigningTimeSource.Timestamp, signature.SigningTimeSource);
        Assert.Equal(SignedPdfs.SigningTime.AddSeconds(2), signature.SigningTime);
        Assert.Equal(SignatureTrust.Valid, signature.Timestamp!.Trust);
        Assert.Contains(signature.TrustFindings, f => f.StartsWith("Thời điểm ký theo dấu thời gian: 12/03/2026 10:15:32", StringComparison.Ordinal));

        var file = Path.Combine(PdfTools.ArtifactsDirectory("signatures"), "pades-b-t.pdf");
        await File.WriteAllBytesAsync(file, result.Pdf);
        var report = await PdfTools.RunAsync("pdfsig", file);
        Assert.True(report.Contains("Signature Type: ETSI.CAdES.detached", StringComparison.Ordinal), report);
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Openssl_ts_verifies_the_token_against_the_authority_root_and_the_signature_value()
    {
        var result = await SignWithAuthorityAsync();
        var signer = Decode(CmsOf(result.Pdf)).SignerInfos[0];
        var token = signer.UnsignedAttributes.Cast<CryptographicAttributeObject>().Single(a => a.Oid.Value == "1.2.840.113549.1.9.16.2.14").Values[0].RawData;

        var (exitCode, output, errors) = await SignatureFiles.RunAsync("openssl", "ts", "-verify", "-token_in",
            "-in", _files.Write("token.der", token),
            "-digest", Convert.ToHexString(SHA256.HashData(signer.GetSignature())),
            "-CAfile", _files.Write("tsa-root.pem", Encoding.ASCII.GetBytes(_tsa.Root.ExportCertificatePem())),
            "-attime", SignedPdfs.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains("Verification: OK", output, StringComparison.Ordinal);

        var (otherExit, otherOutput, _) = await SignatureFiles.RunAsync("openssl", "ts", "-verify", "-token_in",
            "-in", _files.PathOf("token.der"), "-digest", Convert.ToHexString(SHA256.HashData(pdfs.Issued)), "-CAfile", _files.PathOf("tsa-root.pem"));
        Assert.NotEqual(0, otherExit);
        Assert.DoesNotContain("Verification: OK", otherOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timestamp_from_an_authority_nobody_trusts_leaves_the_signature_undetermined()
    {
        var result = await SignWithAuthorityAsync();

        var signature = Assert.Single(PdfSignatureVerifier.Verify(result.Pdf, SignedPdfs.Now, Anchors(pdfs.Certificate)).Signatures);

        Assert.True(signature.DigestMatches);
        Assert.Equal(SignatureTrust.Undetermined, signature.Trust);
        Assert.Equal(SignatureTrust.Undetermined, signature.Timestamp!.Trust);
        Assert.Equal(SigningTimeSource.SignatureDictionary, signature.SigningTimeSource); // an untrusted timestamp dates nothing
        Assert.Contains(signature.TrustFindings, f => f.Contains("Đơn vị cấp dấu thời gian \"Dịch vụ cấp dấu thời gian Thử nghiệm\" chưa được tin cậy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_over_another_value_makes_the_signature_invalid()
    {
        // The authority's genuine token, but over the hash of something else than this signature's value.
        var result = await PdfSigner.SignAsync(pdfs.Issued, pdfs.Certificate, SignedPdfs.Appearance,
            (_, _) => Task.FromResult<byte[]?>(_tsa.CreateToken("2.16.840.1.101.3.4.2.1", SHA256.HashData(pdfs.OtherPlan))), CancellationToken.None);

        var verification = PdfSignatureVerifier.Verify(result.Pdf, SignedPdfs.Now, Anchors(pdfs.Certificate, _tsa.Root));

        Assert.True(result.Timestamped);
        var signature = Assert.Single(verification.Signatures);
        Assert.True(signature.DigestMatches); // the document is intact; its timestamp is not its own
        Assert.Equal(SignatureTrust.Invalid, signature.Trust);
        Assert.Equal(SignatureTrust.Invalid, verification.Trust);
        Assert.Contains(signature.TrustFindings, f => f.StartsWith("Dấu thời gian không khớp với chữ ký", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_whose_signature_was_altered_makes_the_signature_invalid()
    {
        var result = await PdfSigner.SignAsync(pdfs.Issued, pdfs.Certificate, SignedPdfs.Appearance, async (signer, _) =>
        {
            var token = _tsa.CreateToken("2.16.840.1.101.3.4.2.1", SHA256.HashData(signer.GetSignature()));
            var tokenSignature = new SignedCms();
            tokenSignature.Decode(token);
            var value = tokenSignature.SignerInfos[0].GetSignature();
            var at = token.AsSpan().LastIndexOf(value);
            token[at + 10] ^= 0x01; // one bit of the authority's RSA signature
            return await Task.FromResult(token);
        }, CancellationToken.None);

        var signature = Assert.Single(PdfSignatureVerifier.Verify(result.Pdf, SignedPdfs.Now, Anchors(pdfs.Certificate, _tsa.Root)).Signatures);

        Assert.Equal(SignatureTrust.Invalid, signature.Trust);
        Assert.Contains(signature.TrustFindings, f => f.StartsWith("Chữ ký của đơn vị cấp dấu thời gian không khớp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TimestampAnswer.Unavailable)]
    [InlineData(TimestampAnswer.Rejected)]
    [InlineData(TimestampAnswer.WrongNonce)]
    public async Task An_authority_that_gives_no_usable_token_leaves_a_valid_b_b_signature(TimestampAnswer answer)
    {
        _tsa.Answer = answer;

        var result = await SignWithAuthorityAsync();

        Assert.False(result.Timestamped);
        Assert.Equal(1, _tsa.Requests);
        Assert.Empty(Decode(CmsOf(result.Pdf)).SignerInfos[0].UnsignedAttributes);
        var verification = PdfSignatureVerifier.Verify(result.Pdf, SignedPdfs.Now, Anchors(pdfs.Certificate));
        Assert.Equal(SignatureTrust.Valid, verification.Trust);
        Assert.Null(verification.LastSignature!.Timestamp);
    }

    [Fact]
    public async Task An_authority_nobody_listens_for_gives_no_token_within_the_timeout()
    {
        var closed = new Uri(_tsa.Url, "/");
        await _tsa.DisposeAsync();
        _tsa = await TestTimestampAuthority.StartAsync(_tsaClock); // for DisposeAsync; the old port is closed now

        var started = TimeProvider.System.GetTimestamp();
        var result = await SignWithAuthorityAsync(closed);

        Assert.False(result.Timestamped);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(10));
        Assert.True(PdfSignatureVerifier.Verify(result.Pdf, SignedPdfs.Now).IsValid);
    }

    private async Task<PdfSigningResult> SignWithAuthorityAsync(Uri? url = null)
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var client = new TimestampClient(services.GetRequiredService<IHttpClientFactory>(),
            new SigningOptions { TimestampUrl = (url ?? _tsa.Url).ToString(), TimestampTimeoutSeconds = 5 }, NullLogger<TimestampClient>.Instance);
        return await PdfSigner.SignAsync(pdfs.Issued, pdfs.Certificate, SignedPdfs.Appearance, client.TimestampAsync, CancellationToken.None);
    }

    private static TrustAnchors Anchors(params X509Certificate2[] certificates) =>
        new(certificates.Select(c => X509CertificateLoader.LoadCertificate(c.RawData)));

    private static SignedCms Decode(byte[] cms)
    {
        var decoded = new SignedCms();
        decoded.Decode(cms);
        return decoded;
    }

    /// <summary>The CMS of the last signature: the hex of the last /Contents, without the zeros that pad it.</summary>
    public static byte[] CmsOf(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.LastIndexOf("/Contents <", StringComparison.Ordinal) + "/Contents <".Length;
        var hex = Convert.FromHexString(text[start..text.IndexOf('>', start)]);
        AsnDecoder.ReadEncodedValue(hex, AsnEncodingRules.BER, out _, out _, out var consumed);
        return hex[..consumed];
    }
}
