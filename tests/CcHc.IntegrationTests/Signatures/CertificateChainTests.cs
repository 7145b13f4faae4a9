using System.Security.Cryptography.X509Certificates;
using System.Text;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Domain.Plans;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>
/// Who signed, not only whether the bytes hold: the chain of the signer's certificate is checked up to the configured
/// anchors, each certificate against its own checks. A home-made PKI (<see cref="TestPki"/>) signs the real Chromium
/// export; the framework's SignedCms and `openssl cms` both write the signatures; pdfsig is asked where it can tell.
/// </summary>
[Collection(SharedSignatureFiles.Name)]
public sealed class CertificateChainTests(SignedPdfs pdfs) : IDisposable
{
    private readonly TestPki _pki = new(SignedPdfs.SigningTime);
    private readonly SignatureFiles _files = new();

    public void Dispose()
    {
        _pki.Dispose();
        _files.Dispose();
    }

    private byte[] Signed(X509Certificate2 signer, params X509Certificate2[] chain) => TestPki.Sign(pdfs.Issued, signer, SignedPdfs.Appearance, chain);

    [Fact]
    public async Task A_chain_to_the_configured_root_is_valid_and_without_that_root_it_is_undetermined()
    {
        var signed = Signed(_pki.Signer, _pki.Intermediate);

        var trusted = PdfSignatureVerifier.Verify(signed, SignedPdfs.Now, _pki.Anchors);
        Assert.True(trusted.IsValid, trusted.Message);
        Assert.Equal(SignatureTrust.Valid, trusted.Trust);
        Assert.Contains(trusted.TrustFindings, f => f.Contains("Root CA Thử nghiệm CcHc", StringComparison.Ordinal));
        Assert.False(trusted.LastSignature!.IsSelfSigned);

        var untrusted = PdfSignatureVerifier.Verify(signed, SignedPdfs.Now);
        Assert.True(untrusted.IsValid, untrusted.Message); // intact all the same
        Assert.Equal(SignatureTrust.Undetermined, untrusted.Trust);
        Assert.Contains(untrusted.TrustFindings, f => f.Contains("Không tìm thấy chứng thư của tổ chức cấp (Root CA Thử nghiệm CcHc)", StringComparison.Ordinal));

        // With the root in the file too, but not configured: the chain is complete and still not trusted.
        var ownRoot = PdfSignatureVerifier.Verify(Signed(_pki.Signer, _pki.Intermediate, _pki.Root), SignedPdfs.Now);
        Assert.Equal(SignatureTrust.Undetermined, ownRoot.Trust);
        Assert.Contains(ownRoot.TrustFindings, f => f.Contains("không nằm trong danh sách chứng thư gốc tin cậy", StringComparison.Ordinal));

        // pdfsig (no NSS trust database here) agrees on integrity and does not trust the home-made root either.
        var report = await PdfTools.RunAsync("pdfsig", _files.Write("trusted-chain.pdf", signed));
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Certificate Validation: Certificate is Trusted", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_intermediate_in_the_file_the_chain_cannot_be_checked()
    {
        var verification = PdfSignatureVerifier.Verify(Signed(_pki.Signer), SignedPdfs.Now, _pki.Anchors);

        Assert.Equal(SignatureTrust.Undetermined, verification.Trust);
        Assert.Contains(verification.TrustFindings, f => f.Contains("Không tìm thấy chứng thư của tổ chức cấp (CA Thử nghiệm cấp 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_look_alike_chain_with_the_same_names_and_other_keys_is_never_valid()
    {
        // The forger ships his own root: it has the trusted root's name, not its key.
        var withOwnRoot = PdfSignatureVerifier.Verify(Signed(_pki.LookAlikeSigner, _pki.LookAlikeIntermediate, _pki.LookAlikeRoot), SignedPdfs.Now, _pki.Anchors);
        Assert.True(withOwnRoot.IsValid, withOwnRoot.Message);
        Assert.Equal(SignatureTrust.Undetermined, withOwnRoot.Trust);
        Assert.Equal("Chủ tịch UBND xã Cẩm Sơn", withOwnRoot.LastSignature!.SignerCommonName);
        Assert.Contains(withOwnRoot.TrustFindings, f => f.Contains("không nằm trong danh sách chứng thư gốc tin cậy", StringComparison.Ordinal));

        // Without it, his intermediate claims the trusted root as issuer, and the root's key did not sign it.
        var claimingTheRoot = PdfSignatureVerifier.Verify(Signed(_pki.LookAlikeSigner, _pki.LookAlikeIntermediate), SignedPdfs.Now, _pki.Anchors);
        Assert.Equal(SignatureTrust.Invalid, claimingTheRoot.Trust);
        Assert.Contains(claimingTheRoot.TrustFindings, f => f.Contains("không phải của tổ chức cấp", StringComparison.Ordinal));

        // Mixing the forged signer with the real intermediate: the real intermediate's key did not sign it.
        var mixed = PdfSignatureVerifier.Verify(Signed(_pki.LookAlikeSigner, _pki.Intermediate), SignedPdfs.Now, _pki.Anchors);
        Assert.Equal(SignatureTrust.Invalid, mixed.Trust);
    }

    [Fact]
    public void An_expired_certificate_and_certificates_not_meant_for_signing_are_invalid()
    {
        var expired = PdfSignatureVerifier.Verify(Signed(_pki.ExpiredSigner, _pki.Intermediate), SignedPdfs.Now, _pki.Anchors);
        Assert.True(expired.IsValid, expired.Message);
        Assert.Equal(SignatureTrust.Invalid, expired.Trust);
        Assert.Contains(expired.TrustFindings, f => f.Contains("không còn hiệu lực vào thời điểm ký", StringComparison.Ordinal));

        foreach (var certificate in new[] { _pki.SignerWithoutKeyUsage, _pki.SignerForEncipherment })
        {
            var verification = PdfSignatureVerifier.Verify(Signed(certificate, _pki.Intermediate), SignedPdfs.Now, _pki.Anchors);
            Assert.Equal(SignatureTrust.Invalid, verification.Trust);
            Assert.Contains(verification.TrustFindings, f => f.Contains("digitalSignature hoặc nonRepudiation", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_certificate_with_a_byte_flipped_inside_fails_its_own_checks()
    {
        var prepared = PdfSigner.Prepare(pdfs.Issued, _pki.Signer, SignedPdfs.Appearance);
        var cms = TestPki.Cms(prepared.SignedContent(), _pki.Signer, SignedPdfs.SigningTime, _pki.Intermediate);
        var tampered = prepared.Embed(TestPki.WithTamperedCertificate(cms, _pki.Signer, "Chủ tịch"));

        var verification = PdfSignatureVerifier.Verify(tampered, SignedPdfs.Now, _pki.Anchors);
        var signature = Assert.Single(verification.Signatures);
        Assert.True(signature.DigestMatches); // the CMS itself still verifies with the certificate's key
        Assert.Equal("Chủ tịci UBND xã Cẩm Sơn", signature.SignerCommonName);
        Assert.Equal(SignatureTrust.Invalid, verification.Trust);

        var report = await PdfTools.RunAsync("pdfsig", _files.Write("tampered.pdf", tampered));
        Assert.DoesNotContain("Certificate Validation: Certificate is Trusted", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_signed_is_decided_by_the_signature_not_by_the_names()
    {
        var genuine = PdfSignatureVerifier.Verify(pdfs.SignedExport, SignedPdfs.Now);
        Assert.True(genuine.LastSignature!.IsSelfSigned);
        Assert.Equal(SignatureTrust.Undetermined, genuine.Trust);
        Assert.Contains(genuine.TrustFindings, f => f.Contains("Chứng thư tự cấp", StringComparison.Ordinal));

        // The same self-signed certificate trusted as an anchor (CcHc's own configured certificate) is valid.
        var anchored = PdfSignatureVerifier.Verify(pdfs.SignedExport, SignedPdfs.Now, new TrustAnchors([X509CertificateLoader.LoadCertificate(pdfs.Certificate.RawData)]));
        Assert.Equal(SignatureTrust.Valid, anchored.Trust);

        // One byte changed inside it (its key identifier): names still equal, its own signature no longer holds.
        var prepared = PdfSigner.Prepare(pdfs.Issued, pdfs.Certificate, SignedPdfs.Appearance);
        var cms = TestPki.Cms(prepared.SignedContent(), pdfs.Certificate, SignedPdfs.SigningTime);
        var keyIdentifier = Convert.FromHexString(pdfs.Certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Single().SubjectKeyIdentifier!);
        var flipped = TestPki.WithTamperedCertificate(cms, pdfs.Certificate, keyIdentifier);
        var tampered = PdfSignatureVerifier.Verify(prepared.Embed(flipped), SignedPdfs.Now, new TrustAnchors([X509CertificateLoader.LoadCertificate(pdfs.Certificate.RawData)]));
        Assert.True(tampered.Signatures[0].DigestMatches);
        Assert.False(tampered.LastSignature!.IsSelfSigned);
        Assert.Equal(SignatureTrust.Invalid, tampered.Trust);
        Assert.Contains(tampered.TrustFindings, f => f.Contains("đã bị sửa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_openssl_cms_with_the_chain_is_valid_and_pdfsig_agrees_on_the_signature()
    {
        var prepared = PdfSigner.Prepare(pdfs.Issued, _pki.Signer, SignedPdfs.Appearance);
        var certificate = _files.Write("signer.pem", Encoding.ASCII.GetBytes(_pki.Signer.ExportCertificatePem()));
        var chain = _files.Write("chain.pem", Encoding.ASCII.GetBytes(_pki.Intermediate.ExportCertificatePem()));
        string key;
        using (var rsa = _pki.Signer.GetRSAPrivateKey()!)
        {
            key = _files.Write("key.pem", Encoding.ASCII.GetBytes(rsa.ExportPkcs8PrivateKeyPem()));
        }

        var output = _files.PathOf("signature.der");
        var (exitCode, _, errors) = await SignatureFiles.RunAsync("openssl",
            "cms", "-sign", "-binary", "-md", "sha256", "-outform", "DER", "-nosmimecap",
            "-in", _files.Write("content.bin", prepared.SignedContent()), "-signer", certificate, "-inkey", key, "-certfile", chain, "-out", output);
        Assert.True(exitCode == 0, errors);
        var signed = prepared.Embed(await File.ReadAllBytesAsync(output));

        var verification = PdfSignatureVerifier.Verify(signed, SignedPdfs.Now, _pki.Anchors);
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(SignatureTrust.Valid, verification.Trust);
        Assert.Equal(SignatureTrust.Undetermined, PdfSignatureVerifier.Verify(signed, SignedPdfs.Now).Trust);

        var report = await PdfTools.RunAsync("pdfsig", _files.Write("openssl-chain.pdf", signed));
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void An_altered_file_is_invalid_whatever_its_chain()
    {
        var signed = Signed(_pki.Signer, _pki.Intermediate);
        var flipped = (byte[])signed.Clone();
        flipped[pdfs.Issued.Length / 2] ^= 0x01;

        var verification = PdfSignatureVerifier.Verify(flipped, SignedPdfs.Now, _pki.Anchors);
        Assert.Equal(PdfVerificationFailure.DigestMismatch, verification.Failure);
        Assert.Equal(SignatureTrust.Invalid, verification.Trust);
    }

    [Fact]
    public void What_was_added_after_the_issued_file_is_named()
    {
        var signed = Signed(_pki.Signer, _pki.Intermediate);
        var onlySignature = AppendedRevisions.Describe(signed, pdfs.Issued.Length, PdfSignatureVerifier.Verify(signed, SignedPdfs.Now));
        Assert.True(onlySignature.OnlySignatures);
        Assert.Equal("phần thêm sau là chữ ký số", onlySignature.Text);

        var annotated = signed.Concat(Encoding.ASCII.GetBytes(AnnotationUpdate)).ToArray();
        var afterSignature = AppendedRevisions.Describe(annotated, pdfs.Issued.Length, PdfSignatureVerifier.Verify(annotated, SignedPdfs.Now));
        Assert.False(afterSignature.OnlySignatures);
        Assert.Contains("phần thêm sau chữ ký không phải là chữ ký số (1 đối tượng PDF, chú thích (annotation) trên trang)", afterSignature.Text, StringComparison.Ordinal);

        var unsignedUpdate = pdfs.Issued.Concat(Encoding.ASCII.GetBytes(AnnotationUpdate)).ToArray();
        var noSignature = AppendedRevisions.Describe(unsignedUpdate, pdfs.Issued.Length, PdfSignatureVerifier.Verify(unsignedUpdate, SignedPdfs.Now));
        Assert.Equal("phần thêm sau không phải là chữ ký số (1 đối tượng PDF, chú thích (annotation) trên trang)", noSignature.Text);
    }

    /// <summary>An incremental update that adds a text annotation and no signature.</summary>
    public const string AnnotationUpdate = "\n900 0 obj\n<</Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (da sua)>>\nendobj\nxref\n900 1\n0000000000 00000 n \ntrailer\n<</Size 901>>\nstartxref\n0\n%%EOF\n";
}
