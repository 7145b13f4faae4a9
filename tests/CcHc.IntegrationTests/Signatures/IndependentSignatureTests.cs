using System.Security.Cryptography.X509Certificates;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>
/// The CMS made by OpenSSL instead of the framework, over the byte range CcHc reserved: the verifier is not only
/// checked against its own signing code.
/// </summary>
[Collection(SharedSignatureFiles.Name)]
public sealed class IndependentSignatureTests(SignedPdfs pdfs) : IDisposable
{
    private readonly SignatureFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_signature_made_by_openssl_over_the_byte_range_is_accepted(bool withoutSignedAttributes)
    {
        var prepared = PdfSigner.Prepare(pdfs.Issued, pdfs.Certificate, SignedPdfs.Appearance);

        var signed = prepared.Embed(await OpenSslCmsAsync(prepared.SignedContent(), withoutSignedAttributes));

        var verification = PdfSignatureVerifier.Verify(signed, SignedPdfs.Now);
        Assert.True(verification.IsValid, verification.Message);
        var signature = Assert.Single(verification.Signatures);
        Assert.True(signature.DigestMatches);
        Assert.True(signature.CoversWholeFile);
        Assert.Equal(SignedPdfs.Organisation, signature.SignerOrganisation);
        Assert.Equal(withoutSignedAttributes ? SigningTimeSource.SignatureDictionary : SigningTimeSource.SignedAttribute, signature.SigningTimeSource);
        if (withoutSignedAttributes)
        {
            Assert.Equal(SignedPdfs.SigningTime, signature.SigningTime); // read from /M
        }

        var report = await PdfTools.RunAsync("pdfsig", _files.Write("openssl.pdf", signed));
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_openssl_signature_over_other_content_is_a_digest_mismatch()
    {
        var prepared = PdfSigner.Prepare(pdfs.Issued, pdfs.Certificate, SignedPdfs.Appearance);
        var content = prepared.SignedContent();
        content[100] ^= 0x01;

        var signed = prepared.Embed(await OpenSslCmsAsync(content, withoutSignedAttributes: false));

        var verification = PdfSignatureVerifier.Verify(signed, SignedPdfs.Now);
        Assert.Equal(PdfVerificationFailure.DigestMismatch, verification.Failure);
    }

    private async Task<byte[]> OpenSslCmsAsync(byte[] content, bool withoutSignedAttributes)
    {
        var certificate = _files.PathOf("cert.pem");
        var key = _files.PathOf("key.pem");
        await File.WriteAllTextAsync(certificate, pdfs.Certificate.ExportCertificatePem());
        using (var rsa = pdfs.Certificate.GetRSAPrivateKey()!)
        {
            await File.WriteAllTextAsync(key, rsa.ExportPkcs8PrivateKeyPem());
        }

        var output = _files.PathOf("signature.der");
        List<string> arguments =
        [
            "cms", "-sign", "-binary", "-md", "sha256", "-outform", "DER", "-nosmimecap",
            "-in", _files.Write("content.bin", content), "-signer", certificate, "-inkey", key, "-out", output,
        ];
        if (withoutSignedAttributes)
        {
            arguments.Add("-noattr");
        }

        var (exitCode, _, errors) = await SignatureFiles.RunAsync("openssl", [.. arguments]);
        Assert.True(exitCode == 0, errors);
        var cms = await File.ReadAllBytesAsync(output);
        Assert.NotEqual(PdfSigner.CreateCms(content, pdfs.Certificate).Encode(), cms);
        return cms;
    }
}
