using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// The deployment's trust anchors, loaded once: every certificate of <see cref="SigningOptions.TrustedRootsPath"/>,
/// and CcHc's own signing certificate with the certificates of its PKCS#12 file (its chain) when one is configured —
/// including the Development demo certificate, so the demo's signed plans check as "Hợp lệ" there and nowhere else.
/// Nothing from the operating system's store is trusted.
/// </summary>
public sealed class TrustedCertificates : IDisposable
{
    private readonly SigningOptions _options;
    private readonly PlanPdfSigner _signer;
    private readonly ILogger<TrustedCertificates> _logger;
    private readonly Lazy<TrustAnchors> _anchors;

    public TrustedCertificates(SigningOptions options, PlanPdfSigner signer, ILogger<TrustedCertificates> logger)
    {
        _options = options;
        _signer = signer;
        _logger = logger;
        _anchors = new Lazy<TrustAnchors>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public TrustAnchors Anchors => _anchors.Value;

    private TrustAnchors Load()
    {
        var certificates = new List<X509Certificate2>();
        if (!string.IsNullOrWhiteSpace(_options.TrustedRootsPath))
        {
            if (Directory.Exists(_options.TrustedRootsPath))
            {
                var loaded = TrustAnchors.LoadFolder(_options.TrustedRootsPath,
                    (file, e) => _logger.LogWarning(e, "The trusted certificate {File} cannot be read; it is not trusted", file));
                certificates.AddRange(loaded);
                _logger.LogInformation("Signature checks trust {Count} certificates from {Path}", loaded.Count, _options.TrustedRootsPath);
            }
            else
            {
                _logger.LogWarning("Signing:TrustedRootsPath {Path} does not exist; no root certificate is trusted", _options.TrustedRootsPath);
            }
        }

        if (_signer.Certificate is { } own)
        {
            certificates.Add(X509CertificateLoader.LoadCertificate(own.RawData));
            certificates.AddRange(OwnChain());
        }

        if (certificates.Count == 0)
        {
            _logger.LogInformation("No trusted certificate is configured (Signing:TrustedRootsPath): every signed copy checks as \"Chưa xác định\"");
        }

        return new TrustAnchors(certificates);
    }

    /// <summary>The other certificates of the configured PKCS#12 file (its issuing CAs), without private keys.</summary>
    private List<X509Certificate2> OwnChain()
    {
        if (string.IsNullOrWhiteSpace(_options.CertificatePath))
        {
            return [];
        }

        try
        {
            var collection = X509CertificateLoader.LoadPkcs12CollectionFromFile(_options.CertificatePath, _options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            var copies = collection.Select(c => X509CertificateLoader.LoadCertificate(c.RawData)).ToList();
            foreach (var certificate in collection)
            {
                certificate.Dispose();
            }

            return copies;
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(e, "The chain of the signing certificate cannot be read from {Path}", _options.CertificatePath);
            return [];
        }
    }

    public void Dispose()
    {
        if (_anchors.IsValueCreated)
        {
            foreach (var certificate in _anchors.Value.Certificates)
            {
                certificate.Dispose();
            }
        }
    }
}
