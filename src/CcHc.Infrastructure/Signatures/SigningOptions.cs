using Microsoft.Extensions.Configuration;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// Settings "Signing:*". Where <see cref="CertificatePath"/> is set, issuing a plan signs its PDF with that PKCS#12
/// certificate (the password from configuration or the environment, e.g. <c>Signing__CertificatePassword</c>; never
/// in the repository). <see cref="UseDemoCertificate"/> (Development only) creates a self-signed demo certificate in
/// the data directory on first run instead. <see cref="TrustedRootsPath"/> is the folder of .cer/.crt files whose
/// certificates are the trust anchors of signature checks (<see cref="TrustedCertificates"/>).
/// </summary>
public sealed class SigningOptions
{
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool UseDemoCertificate { get; set; }

    /// <summary>A folder of .cer/.crt/.pem certificates trusted as anchors (e.g. the Ban Cơ yếu Chính phủ root CAs).</summary>
    public string? TrustedRootsPath { get; set; }

    /// <summary>
    /// The URL of an RFC 3161 timestamp authority (e.g. the government's timestamp service). When set, CcHc's signatures
    /// carry a timestamp over the signature value (PAdES B-T); when the authority does not answer, the signature is made
    /// without one (B-B), a warning is logged and the page of the signed export says so.
    /// </summary>
    public string? TimestampUrl { get; set; }

    /// <summary>How long to wait for the timestamp authority (seconds, default 10).</summary>
    public int TimestampTimeoutSeconds { get; set; } = 10;

    public static SigningOptions From(IConfiguration configuration)
    {
        var options = new SigningOptions();
        configuration.GetSection("Signing").Bind(options);
        return options;
    }
}
