using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CcHc.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// Signs issued plans' PDFs with the deployment's certificate, where one is configured (<see cref="SigningOptions"/>).
/// The certificate is loaded once; a missing or unreadable one is logged and signing is skipped, so issuing still
/// works and the clerk uploads the copy signed with the provincial tool instead.
/// </summary>
public sealed class PlanPdfSigner : IDisposable
{
    private readonly SigningOptions _options;
    private readonly DatabaseOptions _storage;
    private readonly TimeProvider _clock;
    private readonly ILogger<PlanPdfSigner> _logger;
    private readonly Lazy<X509Certificate2?> _certificate;

    public PlanPdfSigner(SigningOptions options, DatabaseOptions storage, TimeProvider clock, ILogger<PlanPdfSigner> logger)
    {
        _options = options;
        _storage = storage;
        _clock = clock;
        _logger = logger;
        _certificate = new Lazy<X509Certificate2?>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.CertificatePath) || _options.UseDemoCertificate;

    /// <summary>The certificate issuing signs with, or null when none is configured or it cannot be opened.</summary>
    public X509Certificate2? Certificate => IsConfigured ? _certificate.Value : null;

    /// <summary>The PDF with one more incremental update carrying the signature, or null when signing is not configured.</summary>
    public byte[]? TrySign(byte[] pdf, string organisation)
    {
        if (Certificate is not { } certificate)
        {
            return null;
        }

        return PdfSigner.Sign(pdf, certificate, new SignatureAppearance { Organisation = organisation, SigningTime = _clock.GetUtcNow() });
    }

    private X509Certificate2? Load()
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(_options.CertificatePath))
            {
                _logger.LogInformation("Signing issued plans with the certificate in {Path}", _options.CertificatePath);
                return SigningCertificate.Load(_options.CertificatePath, _options.CertificatePassword);
            }

            return LoadOrCreateDemo();
        }
        catch (Exception e) when (e is PdfSigningException or IOException or UnauthorizedAccessException or CryptographicException)
        {
            _logger.LogError(e, "The signing certificate cannot be opened; issued plans are not signed by CcHc");
            return null;
        }
    }

    /// <summary>Development: a self-signed "CcHc DEMO — không có giá trị pháp lý" certificate kept in the data directory.</summary>
    private X509Certificate2 LoadOrCreateDemo()
    {
        var folder = Path.Combine(_storage.DataDirectory, "signing");
        var file = Path.Combine(folder, "demo-certificate.p12");
        var passwordFile = Path.Combine(folder, "demo-certificate.password");
        if (!File.Exists(file) || !File.Exists(passwordFile))
        {
            Directory.CreateDirectory(folder);
            var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            File.WriteAllText(passwordFile, password);
            File.WriteAllBytes(file, DemoCertificate.CreatePkcs12("CcHc DEMO", password, _clock.GetUtcNow()));
            _logger.LogWarning("Created the demo signing certificate {Path}: it has no legal value", file);
        }

        return SigningCertificate.Load(file, File.ReadAllText(passwordFile).Trim());
    }

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value?.Dispose();
        }
    }
}
