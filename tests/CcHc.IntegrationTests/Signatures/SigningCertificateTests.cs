using System.Security.Cryptography.X509Certificates;
using CcHc.Infrastructure.Signatures;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>One demo certificate as a password-protected PKCS#12 file (an RSA key is made once: it is the slow part).</summary>
public sealed class DemoPkcs12
{
    public const string Password = "Mật-khẩu 1";

    public static readonly DateTimeOffset Now = new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);

    public byte[] Bytes { get; } = DemoCertificate.CreatePkcs12("Ủy ban nhân dân xã Sơn Kỳ", Password, Now);
}

/// <summary>The demo certificate as a PKCS#12 file, loaded back for signing.</summary>
public sealed class SigningCertificateTests(DemoPkcs12 pkcs12) : IClassFixture<DemoPkcs12>, IDisposable
{
    private readonly SignatureFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_demo_certificate_round_trips_through_a_pkcs12_file_with_its_key_for_five_years()
    {
        using var certificate = SigningCertificate.Load(_files.Write("demo.p12", pkcs12.Bytes), DemoPkcs12.Password);

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal(DemoCertificate.CommonName, certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false));
        Assert.Contains("O=Ủy ban nhân dân xã Sơn Kỳ", certificate.Subject, StringComparison.Ordinal);
        Assert.Equal(certificate.Subject, certificate.Issuer);
        Assert.Equal(DemoPkcs12.Now.UtcDateTime, certificate.NotBefore.ToUniversalTime());
        Assert.Equal(DemoPkcs12.Now.AddYears(5).UtcDateTime.Date, certificate.NotAfter.ToUniversalTime().Date);
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, usage.KeyUsages);
        Assert.Equal(2048, certificate.GetRSAPublicKey()!.KeySize);
    }

    [Fact]
    public void A_wrong_password_is_a_plain_message()
    {
        var path = _files.Write("demo.p12", pkcs12.Bytes);

        var refusal = Assert.Throws<PdfSigningException>(() => SigningCertificate.Load(path, "sai"));

        Assert.StartsWith("Không mở được tệp chứng thư số: sai mật khẩu", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pkcs12_without_a_private_key_is_refused()
    {
        using var certificate = SigningCertificate.Load(pkcs12.Bytes, DemoPkcs12.Password);
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        var bytes = publicOnly.Export(X509ContentType.Pkcs12, "x");

        var refusal = Assert.Throws<PdfSigningException>(() => SigningCertificate.Load(bytes!, "x"));

        Assert.Equal("Tệp chứng thư số không chứa khóa bí mật, nên không dùng để ký được.", refusal.Message);
    }
}
