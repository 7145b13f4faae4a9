using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<PlanPdfSigner> _logger;
    private readonly TimestampClient _timestamps;
    private readonly Lazy<X509Certificate2?> _certificate;

    /// <summary>The demo certificate's keys in the file store (shared by every instance on the database).</summary>
    public const string DemoCertificateKey = "signing/demo-certificate.p12";

    public const string DemoPasswordKey = "signing/demo-certificate.password";

    public PlanPdfSigner(
        SigningOptions options, DatabaseOptions storage, TimeProvider clock, IServiceScopeFactory scopes, TimestampClient timestamps, ILogger<PlanPdfSigner> logger)
    {
        _timestamps = timestamps;
        _options = options;
        _storage = storage;
        _clock = clock;
        _scopes = scopes;
        _logger = logger;
        _certificate = new Lazy<X509Certificate2?>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.CertificatePath) || _options.UseDemoCertificate;

    /// <summary>The certificate issuing signs with, or null when none is configured or it cannot be opened.</summary>
    public X509Certificate2? Certificate => IsConfigured ? _certificate.Value : null;

    /// <summary>Whether signatures are to carry a timestamp (<see cref="SigningOptions.TimestampUrl"/>).</summary>
    public bool TimestampConfigured => _timestamps.IsConfigured;

    /// <summary>
    /// The PDF with one more incremental update carrying a PAdES signature — B-T when a timestamp authority is configured
    /// and answers, else B-B (the authority being down never stops issuing) — or null when signing is not configured.
    /// </summary>
    public async Task<PdfSigningResult?> TrySignAsync(byte[] pdf, string organisation, byte[]? sealPng, CancellationToken cancellationToken)
    {
        if (Certificate is not { } certificate)
        {
            return null;
        }

        var appearance = new SignatureAppearance { Organisation = organisation, SigningTime = _clock.GetUtcNow(), SealPng = sealPng };
        var result = await PdfSigner.SignAsync(pdf, certificate, appearance, _timestamps.IsConfigured ? _timestamps.TimestampAsync : null, cancellationToken);
        if (_timestamps.IsConfigured && !result.Timestamped)
        {
            _logger.LogWarning("The export for {Organisation} is signed without a timestamp (PAdES B-B): the timestamp authority gave none", organisation);
        }

        return result;
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

    /// <summary>
    /// Outside production: a self-signed "CcHc DEMO — không có giá trị pháp lý" certificate kept in the file store (the
    /// database), so every instance on the database signs with the same one and trusts the others' PDFs. Made on first
    /// use (or taken from {DataDirectory}/signing, where older versions kept it); two instances making it at once: the
    /// one whose save collides takes the one saved.
    /// </summary>
    private X509Certificate2 LoadOrCreateDemo()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CcHcDbContext>();
        if (Stored(db) is { } stored)
        {
            return SigningCertificate.Load(stored.Pkcs12, stored.Password);
        }

        var folder = Path.Combine(_storage.DataDirectory, "signing");
        var file = Path.Combine(folder, "demo-certificate.p12");
        var passwordFile = Path.Combine(folder, "demo-certificate.password");
        byte[] pkcs12;
        string password;
        if (File.Exists(file) && File.Exists(passwordFile))
        {
            (pkcs12, password) = (File.ReadAllBytes(file), File.ReadAllText(passwordFile).Trim());
            _logger.LogInformation("The demo signing certificate {Path} moves into the database", file);
        }
        else
        {
            password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            pkcs12 = DemoCertificate.CreatePkcs12("CcHc DEMO", password, _clock.GetUtcNow());
            _logger.LogWarning("Created the demo signing certificate (kept in the database): it has no legal value");
        }

        var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
        files.Add(DemoCertificateKey, pkcs12);
        files.Add(DemoPasswordKey, System.Text.Encoding.UTF8.GetBytes(password));
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException e)
        {
            _logger.LogInformation(e, "Another instance stored the demo signing certificate first: using that one");
            db.ChangeTracker.Clear();
            (pkcs12, password) = Stored(db) ?? throw new PdfSigningException("The demo signing certificate could not be stored.", e);
        }

        return SigningCertificate.Load(pkcs12, password);
    }

    private static (byte[] Pkcs12, string Password)? Stored(CcHcDbContext db)
    {
        var stored = db.StoredFiles.AsNoTracking().Where(f => f.Key == DemoCertificateKey || f.Key == DemoPasswordKey)
            .Select(f => new { f.Key, f.Content }).ToList();
        var pkcs12 = stored.SingleOrDefault(f => f.Key == DemoCertificateKey)?.Content;
        var password = stored.SingleOrDefault(f => f.Key == DemoPasswordKey)?.Content;
        return pkcs12 is null || password is null ? null : (pkcs12, System.Text.Encoding.UTF8.GetString(password));
    }

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value?.Dispose();
        }
    }
}
