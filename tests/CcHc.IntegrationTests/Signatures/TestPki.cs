using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using CcHc.Infrastructure.Signatures;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>
/// A home-made PKI built with the framework for the chain tests: root → intermediate → signer, and the certificates an
/// attacker or a careless CA would produce — a look-alike chain with the same names and other keys, an expired signer,
/// a signer without key usage. Names are those of the forged signature of issue 12.
/// </summary>
public sealed class TestPki : IDisposable
{
    public const string RootName = "CN=Root CA Thử nghiệm CcHc, O=Ban Cơ yếu Thử nghiệm, C=VN";
    public const string IntermediateName = "CN=CA Thử nghiệm cấp 2, O=Ban Cơ yếu Thử nghiệm, C=VN";
    public const string SignerName = "CN=Chủ tịch UBND xã Cẩm Sơn, O=UBND xã Cẩm Sơn, L=Hà Tĩnh, C=VN";

    public TestPki(DateTimeOffset signingTime)
    {
        var from = signingTime.AddYears(-2);
        var to = signingTime.AddYears(3);
        Root = Authority(RootName, null, from, to.AddYears(5));
        Intermediate = Authority(IntermediateName, Root, from, to.AddYears(2));
        Signer = EndEntity(SignerName, Intermediate, from.AddYears(1), to, X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation);

        LookAlikeRoot = Authority(RootName, null, from, to.AddYears(5));
        LookAlikeIntermediate = Authority(IntermediateName, LookAlikeRoot, from, to.AddYears(2));
        LookAlikeSigner = EndEntity(SignerName, LookAlikeIntermediate, from.AddYears(1), to, X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation);

        ExpiredSigner = EndEntity(SignerName, Intermediate, signingTime.AddYears(-2), signingTime.AddDays(-1), X509KeyUsageFlags.DigitalSignature);
        SignerWithoutKeyUsage = EndEntity(SignerName, Intermediate, from.AddYears(1), to, null);
        SignerForEncipherment = EndEntity(SignerName, Intermediate, from.AddYears(1), to, X509KeyUsageFlags.KeyEncipherment);
    }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Intermediate { get; }

    public X509Certificate2 Signer { get; }

    public X509Certificate2 LookAlikeRoot { get; }

    public X509Certificate2 LookAlikeIntermediate { get; }

    public X509Certificate2 LookAlikeSigner { get; }

    public X509Certificate2 ExpiredSigner { get; }

    public X509Certificate2 SignerWithoutKeyUsage { get; }

    public X509Certificate2 SignerForEncipherment { get; }

    /// <summary>The anchors of a deployment that trusts this PKI's root (its public certificate only).</summary>
    public TrustAnchors Anchors => new([X509CertificateLoader.LoadCertificate(Root.RawData)]);

    /// <summary>
    /// A CMS as a provincial tool writes it: SHA-256, signingTime signed, the signer's certificate and the CAs above it
    /// in the SignedData's certificates.
    /// </summary>
    public static byte[] Cms(byte[] content, X509Certificate2 signer, DateTimeOffset signingTime, params X509Certificate2[] chain)
    {
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signer)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        foreach (var certificate in chain)
        {
            cmsSigner.Certificates.Add(X509CertificateLoader.LoadCertificate(certificate.RawData));
        }

        cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(signingTime.UtcDateTime));
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.ComputeSignature(cmsSigner, silent: true);
        return cms.Encode();
    }

    /// <summary>The PDF signed by <paramref name="signer"/> with <paramref name="chain"/> carried in the CMS.</summary>
    public static byte[] Sign(byte[] pdf, X509Certificate2 signer, SignatureAppearance appearance, params X509Certificate2[] chain)
    {
        var prepared = PdfSigner.Prepare(pdf, signer, appearance);
        return prepared.Embed(Cms(prepared.SignedContent(), signer, appearance.SigningTime, chain));
    }

    /// <summary>
    /// The CMS with one byte of <paramref name="certificate"/>'s subject changed ("Chủ tịch" → "Chủ tịci"): the certificate
    /// still parses, the CMS still verifies with its key, but the certificate no longer matches its issuer's signature.
    /// </summary>
    public static byte[] WithTamperedCertificate(byte[] cms, X509Certificate2 certificate, string inSubject) =>
        WithTamperedCertificate(cms, certificate, System.Text.Encoding.UTF8.GetBytes(inSubject));

    /// <summary>The CMS with the last byte of <paramref name="pattern"/>, inside <paramref name="certificate"/>, flipped.</summary>
    public static byte[] WithTamperedCertificate(byte[] cms, X509Certificate2 certificate, byte[] pattern)
    {
        var copy = (byte[])cms.Clone();
        var at = copy.AsSpan().IndexOf(certificate.RawData);
        Assert.True(at >= 0, "the certificate is not in the CMS");
        var inside = copy.AsSpan(at, certificate.RawData.Length).IndexOf(pattern);
        Assert.True(inside >= 0, "the bytes are not in the certificate");
        copy[at + inside + pattern.Length - 1] ^= 0x01;
        return copy;
    }

    private static X509Certificate2 Authority(string name, X509Certificate2? issuer, DateTimeOffset from, DateTimeOffset to)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        if (issuer is null)
        {
            return request.CreateSelfSigned(from, to);
        }

        using var issued = request.Create(issuer, from, to, RandomNumberGenerator.GetBytes(12));
        return issued.CopyWithPrivateKey(key);
    }

    private static X509Certificate2 EndEntity(string name, X509Certificate2 issuer, DateTimeOffset from, DateTimeOffset to, X509KeyUsageFlags? usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, 0, critical: true));
        if (usage is { } flags)
        {
            request.CertificateExtensions.Add(new X509KeyUsageExtension(flags, critical: true));
        }

        using var issued = request.Create(issuer, from, to, RandomNumberGenerator.GetBytes(12));
        return issued.CopyWithPrivateKey(key);
    }

    public void Dispose()
    {
        foreach (var certificate in new[] { Root, Intermediate, Signer, LookAlikeRoot, LookAlikeIntermediate, LookAlikeSigner, ExpiredSigner, SignerWithoutKeyUsage, SignerForEncipherment })
        {
            certificate.Dispose();
        }
    }
}
