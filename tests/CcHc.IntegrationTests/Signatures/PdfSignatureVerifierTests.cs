using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CcHc.Infrastructure.Signatures;
using UglyToad.PdfPig.Writer;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>The verifier accepts an intact signed export and refuses, in plain Vietnamese, everything else.</summary>
[Collection(SharedSignatureFiles.Name)]
public sealed class PdfSignatureVerifierTests(SignedPdfs pdfs)
{
    [Fact]
    public void Accepts_the_export_signed_by_cchc_and_describes_the_signer()
    {
        var verification = PdfSignatureVerifier.Verify(pdfs.SignedExport, SignedPdfs.Now);

        Assert.True(verification.IsValid, verification.Message);
        Assert.True(verification.IsPdf);
        Assert.Null(verification.Failure);
        Assert.Null(verification.Message);
        var signature = Assert.Single(verification.Signatures);
        Assert.Same(signature, verification.LastSignature);
        Assert.Equal(PdfSignature.EtsiCadesDetached, signature.SubFilter);
        Assert.True(signature.DigestMatches);
        Assert.True(signature.CoversWholeFile);
        Assert.Equal(pdfs.SignedExport.Length, signature.SignedRevisionLength);
        Assert.Equal(0, signature.ByteRange[0]);
        Assert.Equal("SHA-256", signature.DigestAlgorithm);
        Assert.Equal(DemoCertificate.CommonName, signature.SignerCommonName);
        Assert.Equal(SignedPdfs.Organisation, signature.SignerOrganisation);
        Assert.Equal(SignedPdfs.SigningTime, signature.SigningTime);
        Assert.Equal(SigningTimeSource.SignatureDictionary, signature.SigningTimeSource); // PAdES: no signingTime in the CMS
        Assert.Equal(SignedPdfs.SigningTime.AddDays(-1), signature.CertificateNotBefore);
        Assert.Equal(SignedPdfs.SigningTime.AddDays(-1) + DemoCertificate.Validity, signature.CertificateNotAfter);
        Assert.True(signature.IsSelfSigned);
        Assert.False(signature.IsExpired);
        Assert.Equal(pdfs.Certificate.GetCertHashString(HashAlgorithmName.SHA256), signature.CertificateThumbprint);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("text")]
    [InlineData("empty")]
    public void Refuses_what_is_not_a_pdf(string kind)
    {
        byte[] file = kind switch
        {
            "png" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'],
            "text" => Encoding.UTF8.GetBytes("Kế hoạch khắc phục.pdf — thật ra là tệp văn bản\n%%EOF\n"),
            _ => [],
        };

        var verification = PdfSignatureVerifier.Verify(file, SignedPdfs.Now);

        Assert.False(verification.IsPdf);
        Assert.Equal(PdfVerificationFailure.NotPdf, verification.Failure);
        Assert.Equal("Tệp không phải là PDF.", verification.Message);
    }

    [Fact]
    public void Refuses_the_plain_export_which_has_no_signature()
    {
        var verification = PdfSignatureVerifier.Verify(pdfs.Issued, SignedPdfs.Now);

        Assert.True(verification.IsPdf);
        Assert.Empty(verification.Signatures);
        Assert.Equal(PdfVerificationFailure.NoSignature, verification.Failure);
        Assert.Equal("Tệp PDF chưa có chữ ký số nào.", verification.Message);
    }

    [Fact]
    public void Refuses_a_file_with_one_byte_changed_after_signing()
    {
        var flipped = (byte[])pdfs.SignedExport.Clone();
        flipped[SignatureFiles.IndexOf(flipped, "/Producer (Skia") + 12] ^= 0x01;

        var verification = PdfSignatureVerifier.Verify(flipped, SignedPdfs.Now);

        Assert.Equal(PdfVerificationFailure.DigestMismatch, verification.Failure);
        Assert.Equal("Chữ ký số không khớp với nội dung: tệp đã bị sửa sau khi ký.", verification.Message);
        Assert.False(Assert.Single(verification.Signatures).DigestMatches);
    }

    [Fact]
    public void Refuses_bytes_appended_after_the_last_signature()
    {
        byte[] appended = [.. pdfs.SignedExport, .. "\n% thêm sau khi ký\n%%EOF\n"u8];

        var verification = PdfSignatureVerifier.Verify(appended, SignedPdfs.Now);

        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, verification.Failure);
        Assert.StartsWith("Có dữ liệu được thêm vào sau chữ ký cuối cùng (", verification.Message, StringComparison.Ordinal);
        var signature = Assert.Single(verification.Signatures);
        Assert.True(signature.DigestMatches);
        Assert.False(signature.CoversWholeFile);
    }

    [Fact]
    public void Reports_a_signature_format_it_does_not_check_as_unsupported()
    {
        var other = SignatureFiles.Replace(pdfs.SignedExport, "/ETSI.CAdES.detached", "/adbe.x509.rsa_sha1 ");

        var verification = PdfSignatureVerifier.Verify(other, SignedPdfs.Now);

        Assert.Equal(PdfVerificationFailure.UnsupportedSubFilter, verification.Failure);
        Assert.Contains("adbe.x509.rsa_sha1", verification.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(verification.Signatures).IsSupportedSubFilter);
    }

    [Fact]
    public void Refuses_a_byte_range_that_points_outside_the_file_as_malformed()
    {
        var original = Encoding.ASCII.GetString(pdfs.SignedExport, SignatureFiles.IndexOf(pdfs.SignedExport, "/ByteRange ["), 47);
        var broken = SignatureFiles.Replace(pdfs.SignedExport, original, $"/ByteRange [0 10 20 {pdfs.SignedExport.Length}]".PadRight(47));

        var verification = PdfSignatureVerifier.Verify(broken, SignedPdfs.Now);

        Assert.Equal(PdfVerificationFailure.MalformedSignature, verification.Failure);
        Assert.StartsWith("Chữ ký số thứ 1 trong tệp bị hỏng", verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_the_adbe_pkcs7_detached_format_of_older_tools()
    {
        var prepared = PdfSigner.Prepare(pdfs.Issued, pdfs.Certificate, SignedPdfs.Appearance);
        var pkcs7 = prepared with { Pdf = SignatureFiles.Replace(prepared.Pdf, "/ETSI.CAdES.detached", "/adbe.pkcs7.detached") };

        var signed = pkcs7.Embed(TestPki.Cms(pkcs7.SignedContent(), pdfs.Certificate, SignedPdfs.SigningTime));

        var verification = PdfSignatureVerifier.Verify(signed, SignedPdfs.Now);
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(PdfSignature.AdbePkcs7Detached, verification.LastSignature!.SubFilter);
        Assert.Equal(SigningTimeSource.SignedAttribute, verification.LastSignature.SigningTimeSource);
    }

    [Fact]
    public void Reads_a_compact_dictionary_written_by_another_tool_with_contents_before_the_byte_range()
    {
        // No spaces between names, /Contents first, zero-padded numbers: as iText-based signing tools write it.
        var head = Encoding.ASCII.GetBytes("%PDF-1.7\n7 0 obj\n<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/adbe.pkcs7.detached/M(D:20260312101530+07'00')/Contents");
        var hex = new byte[6000];
        Array.Fill(hex, (byte)'0');
        var gapStart = head.Length;
        var gapEnd = gapStart + hex.Length + 2;
        var tailLength = "/ByteRange[0 0000000000 0000000000 0000000000]>>\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".Length;
        var tail = Encoding.ASCII.GetBytes($"/ByteRange[0 {gapStart:D10} {gapEnd:D10} {tailLength:D10}]>>\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        byte[] file = [.. head, (byte)'<', .. hex, (byte)'>', .. tail];
        var cms = PdfSigner.CreateCms([.. head, .. tail], pdfs.Certificate).Encode();
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(file, gapStart + 1);

        var verification = PdfSignatureVerifier.Verify(file, SignedPdfs.Now);

        Assert.True(verification.IsValid, verification.Message);
        var signature = Assert.Single(verification.Signatures);
        Assert.True(signature.CoversWholeFile);
        Assert.Equal(SignedPdfs.SigningTime, signature.SigningTime);
    }

    [Fact]
    public void A_signature_by_an_expired_ecdsa_certificate_is_intact_but_reported_expired()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Nguyễn Văn An, O=UBND xã Triệu Trạch, C=VN", key, HashAlgorithmName.SHA256);
        using var expired = request.CreateSelfSigned(SignedPdfs.Now.AddYears(-3), SignedPdfs.Now.AddDays(-1));
        var signed = PdfSigner.Sign(pdfs.Issued, expired, SignedPdfs.Appearance with { SigningTime = SignedPdfs.Now.AddYears(-2) });

        var verification = PdfSignatureVerifier.Verify(signed, SignedPdfs.Now);

        Assert.True(verification.IsValid, verification.Message);
        var signature = Assert.Single(verification.Signatures);
        Assert.True(signature.IsExpired);
        Assert.Equal(("Nguyễn Văn An", "UBND xã Triệu Trạch"), (signature.SignerCommonName, signature.SignerOrganisation));
        Assert.Equal(SignedPdfs.Now.AddDays(-1), signature.CertificateNotAfter);
        Assert.False(PdfSignatureVerifier.Verify(signed, SignedPdfs.Now.AddDays(-2)).LastSignature!.IsExpired);
    }

    [Fact]
    public void The_signed_export_starts_with_the_issued_revision_and_has_its_text()
    {
        Assert.True(PdfSignatureVerifier.StartsWithRevision(pdfs.SignedExport, pdfs.Issued));
        Assert.True(PdfText.SameText(pdfs.SignedExport, pdfs.Issued));
    }

    [Fact]
    public void A_signed_different_plan_neither_starts_with_the_issued_revision_nor_has_its_text()
    {
        var otherSigned = PdfSigner.Sign(pdfs.OtherPlan, pdfs.Certificate, SignedPdfs.Appearance);

        Assert.True(PdfSignatureVerifier.Verify(otherSigned, SignedPdfs.Now).IsValid);
        Assert.False(PdfSignatureVerifier.StartsWithRevision(otherSigned, pdfs.Issued));
        Assert.False(PdfText.SameText(otherSigned, pdfs.Issued));
    }

    [Fact]
    public void The_issued_prefix_alone_or_an_unsigned_longer_file_is_not_a_signed_revision()
    {
        byte[] longer = [.. pdfs.Issued, .. "\n%%EOF\n"u8];

        Assert.False(PdfSignatureVerifier.StartsWithRevision(pdfs.Issued, pdfs.Issued));
        Assert.False(PdfSignatureVerifier.StartsWithRevision(longer, pdfs.Issued));
        Assert.False(PdfSignatureVerifier.StartsWithRevision(pdfs.SignedExport, []));
    }

    [Fact]
    public void A_file_rewritten_by_the_signing_tool_keeps_the_same_text_but_not_the_same_bytes()
    {
        var rewritten = PdfMerger.Merge(new[] { pdfs.SignedExport });

        Assert.False(PdfSignatureVerifier.StartsWithRevision(rewritten, pdfs.Issued));
        Assert.True(PdfText.SameText(rewritten, pdfs.Issued));
        Assert.False(PdfText.SameText(pdfs.Joined, pdfs.Issued));
    }

    [Fact]
    public void Text_normalisation_composes_marks_and_collapses_whitespace()
    {
        Assert.Equal("Kế hoạch khắc phục", PdfText.Normalise("  Ke\u0302\u0301   hoa\u0323ch \n kha\u0306 \u0301c phu\u0323c "));
        Assert.Null(PdfText.Pages("không phải PDF"u8.ToArray()));
    }
}
