using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// A self-signed certificate for demonstrations and tests: its common name says it has no legal value, and every
/// verifier reports it as self-signed. A real deployment signs with a certificate from a licensed CA.
/// </summary>
public static class DemoCertificate
{
    public const string CommonName = "CcHc DEMO — không có giá trị pháp lý";

    public static readonly TimeSpan Validity = TimeSpan.FromDays((5 * 365) + 1);

    /// <summary>A new RSA-2048 certificate with its private key, valid from <paramref name="notBefore"/> to <paramref name="notAfter"/>.</summary>
    public static X509Certificate2 Create(string organisation, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("VN");
        subject.AddOrganizationName(organisation);
        subject.AddCommonName(CommonName);

        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    /// <summary>A certificate valid for five years from <paramref name="now"/>, as a password-protected PKCS#12 file's bytes.</summary>
    public static byte[] CreatePkcs12(string organisation, string password, DateTimeOffset now)
    {
        using var certificate = Create(organisation, now, now + Validity);
        return certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password);
    }
}

/// <summary>Loads the PKCS#12 (.p12/.pfx) file the signer uses; where the file lives is the host's business.</summary>
public static class SigningCertificate
{
    public static X509Certificate2 Load(string path, string? password) =>
        Opened(() => X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet));

    public static X509Certificate2 Load(byte[] pkcs12, string? password) =>
        Opened(() => X509CertificateLoader.LoadPkcs12(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet));

    private static X509Certificate2 Opened(Func<X509Certificate2> load)
    {
        try
        {
            return RequirePrivateKey(load());
        }
        catch (CryptographicException e)
        {
            throw new PdfSigningException("Không mở được tệp chứng thư số: sai mật khẩu, hoặc tệp không phải PKCS#12 (.p12/.pfx).", e);
        }
    }

    private static X509Certificate2 RequirePrivateKey(X509Certificate2 certificate)
    {
        if (certificate.HasPrivateKey)
        {
            return certificate;
        }

        certificate.Dispose();
        throw new PdfSigningException("Tệp chứng thư số không chứa khóa bí mật, nên không dùng để ký được.");
    }
}
