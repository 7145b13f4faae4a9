using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CcHc.Domain.Plans;

namespace CcHc.Infrastructure.Signatures;

/// <summary>The outcome of one signature's certificate check and why, in Vietnamese.</summary>
public sealed record SignatureTrustResult(SignatureTrust Trust, IReadOnlyList<string> Findings)
{
    public static SignatureTrustResult Of(SignatureTrust trust, params string[] findings) => new(trust, findings);
}

public static class SignatureTrustText
{
    /// <summary>Revocation (CRL/OCSP) needs the CA's servers; the check runs offline, so it is never claimed.</summary>
    public const string RevocationNotChecked =
        "Chưa kiểm tra tình trạng thu hồi chứng thư (CRL/OCSP): CcHc kiểm tra ngoại tuyến, không hỏi máy chủ của tổ chức cấp chứng thư.";

    public static string Label(SignatureTrust trust) => trust switch
    {
        SignatureTrust.Valid => "Hợp lệ",
        SignatureTrust.Invalid => "Không hợp lệ",
        _ => "Chưa xác định",
    };

    /// <summary>The Bootstrap colour of the outcome: never green unless valid.</summary>
    public static string Colour(SignatureTrust trust) => trust switch
    {
        SignatureTrust.Valid => "success",
        SignatureTrust.Invalid => "danger",
        _ => "warning",
    };

    public static SignatureTrust Worst(IEnumerable<SignatureTrust> outcomes) =>
        outcomes.DefaultIfEmpty(SignatureTrust.Undetermined).Max();
}

/// <summary>
/// The certificates a deployment trusts as anchors: the .cer/.crt files of <c>Signing:TrustedRootsPath</c> (a
/// Vietnamese deployment puts the Ban Cơ yếu Chính phủ roots there) and the chain of CcHc's own configured signing
/// certificate. Nothing else — no operating-system store — is trusted.
/// </summary>
public sealed class TrustAnchors
{
    private readonly X509Certificate2[] _certificates;

    public TrustAnchors(IEnumerable<X509Certificate2> certificates)
    {
        _certificates = certificates.DistinctBy(c => Convert.ToHexString(c.RawData)).ToArray();
    }

    /// <summary>No anchor at all: every intact signature is "Chưa xác định".</summary>
    public static TrustAnchors None { get; } = new([]);

    public IReadOnlyList<X509Certificate2> Certificates => _certificates;

    public bool Contains(X509Certificate2 certificate) =>
        _certificates.Any(c => c.RawData.AsSpan().SequenceEqual(certificate.RawData));

    /// <summary>Every .cer, .crt and .pem file of <paramref name="folder"/> (DER or PEM; a PEM file may hold several).</summary>
    public static IReadOnlyList<X509Certificate2> LoadFolder(string folder, Action<string, Exception>? unreadable = null)
    {
        var certificates = new List<X509Certificate2>();
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file).ToUpperInvariant();
            if (extension is not (".CER" or ".CRT" or ".PEM"))
            {
                continue;
            }

            try
            {
                var bytes = File.ReadAllBytes(file);
                if (bytes.AsSpan().IndexOf("-----BEGIN CERTIFICATE-----"u8) >= 0)
                {
                    var collection = new X509Certificate2Collection();
                    collection.ImportFromPem(System.Text.Encoding.ASCII.GetString(bytes));
                    certificates.AddRange(collection);
                }
                else
                {
                    certificates.Add(X509CertificateLoader.LoadCertificate(bytes));
                }
            }
            catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
            {
                unreadable?.Invoke(file, e);
            }
        }

        return certificates;
    }
}

/// <summary>
/// Checks a signer certificate the way a relying party must: each certificate's signature verified with its issuer's
/// key (a self-issued one with its own), each valid at the signing time, the signer's key usage allowing signatures,
/// each issuer a CA, and the path ending at a configured anchor; then the framework's <see cref="X509Chain"/> in
/// custom-root mode (no system store, no downloads, no revocation) must agree. A certificate that fails its own checks
/// is "Không hợp lệ"; a sound certificate whose chain does not reach an anchor is "Chưa xác định".
/// </summary>
public static class CertificateChainValidator
{
    private const int MaxDepth = 8;

    public static SignatureTrustResult Validate(X509Certificate2 signer, IEnumerable<X509Certificate2> supplied, TrustAnchors anchors, DateTimeOffset signingTime)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(anchors);
        var pool = supplied.Concat(anchors.Certificates).ToList();

        // 1. The path, each link proven by a signature; a certificate that claims an issuer whose key did not sign it fails.
        var path = new List<X509Certificate2> { signer };
        var current = signer;
        var reachedTop = false;
        while (path.Count <= MaxDepth)
        {
            if (IsSelfIssued(current))
            {
                switch (SignatureHolds(current, current))
                {
                    case false:
                        return SignatureTrustResult.Of(SignatureTrust.Invalid, Fails(current, signer, "có chữ ký không khớp với chính nội dung chứng thư: chứng thư đã bị sửa"));
                    case null:
                        return SignatureTrustResult.Of(SignatureTrust.Undetermined, Fails(current, signer, "được ký bằng thuật toán CcHc chưa kiểm tra được"));
                }

                reachedTop = true;
                break;
            }

            var named = pool.Where(c => c.SubjectName.RawData.AsSpan().SequenceEqual(current.IssuerName.RawData) && !path.Any(p => p.RawData.AsSpan().SequenceEqual(c.RawData))).ToList();
            var issuer = named.FirstOrDefault(c => SignatureHolds(current, c) == true);
            if (issuer is null)
            {
                if (named.Count > 0 && named.All(c => SignatureHolds(current, c) == false))
                {
                    return SignatureTrustResult.Of(SignatureTrust.Invalid, Fails(current, signer,
                        $"chữ ký trên chứng thư không phải của tổ chức cấp mà chứng thư ghi ({Name(current.IssuerName)}): chứng thư bị sửa hoặc giả mạo"));
                }

                break;
            }

            path.Add(issuer);
            current = issuer;
        }

        // 2. Each certificate's own checks.
        for (var i = 0; i < path.Count; i++)
        {
            var certificate = path[i];
            if (signingTime < new DateTimeOffset(certificate.NotBefore.ToUniversalTime()) || signingTime > new DateTimeOffset(certificate.NotAfter.ToUniversalTime()))
            {
                return SignatureTrustResult.Of(SignatureTrust.Invalid, Fails(certificate, signer,
                    $"không còn hiệu lực vào thời điểm ký (hiệu lực {Day(certificate.NotBefore)} – {Day(certificate.NotAfter)})"));
            }

            if (i > 0 && !IsAuthority(certificate))
            {
                return SignatureTrustResult.Of(SignatureTrust.Invalid, Fails(certificate, signer, "không phải chứng thư của tổ chức cấp chứng thư (CA) nhưng lại ký chứng thư khác"));
            }
        }

        if (!AllowsSigning(signer))
        {
            return SignatureTrustResult.Of(SignatureTrust.Invalid,
                "Chứng thư số của người ký không cho phép dùng khóa để ký số (thiếu mục đích sử dụng digitalSignature hoặc nonRepudiation).");
        }

        // 3. The anchor.
        var anchorIndex = path.FindIndex(anchors.Contains);
        if (anchorIndex < 0)
        {
            var finding = !reachedTop
                ? $"Không tìm thấy chứng thư của tổ chức cấp ({Name(current.IssuerName)}) trong tệp hoặc trong danh sách tin cậy, nên chưa xác minh được chuỗi chứng thư."
                : path.Count == 1
                    ? "Chứng thư tự cấp (người ký tự tạo), không do tổ chức cung cấp dịch vụ chứng thực chữ ký số được tin cậy cấp."
                    : $"Chuỗi chứng thư dẫn tới chứng thư gốc \"{Name(current.SubjectName)}\" không nằm trong danh sách chứng thư gốc tin cậy của hệ thống.";
            return SignatureTrustResult.Of(SignatureTrust.Undetermined, finding);
        }

        // 4. The framework's chain engine must agree when the anchor is a root (a pinned leaf or intermediate is ours alone).
        var anchor = path[anchorIndex];
        if (IsSelfIssued(anchor) && FrameworkDisagrees(signer, pool, anchor, signingTime) is { } status)
        {
            return SignatureTrustResult.Of(SignatureTrust.Undetermined, $"Bộ kiểm tra chuỗi chứng thư của hệ thống không xác nhận chuỗi này ({status}).");
        }

        return SignatureTrustResult.Of(SignatureTrust.Valid,
            $"Chuỗi chứng thư dẫn tới chứng thư tin cậy \"{Name(anchor.SubjectName)}\"; chứng thư còn hiệu lực vào thời điểm ký.");
    }

    /// <summary>Subject and issuer are the same name and the certificate's signature verifies with its own key.</summary>
    public static bool IsSelfSigned(X509Certificate2 certificate) => IsSelfIssued(certificate) && SignatureHolds(certificate, certificate) == true;

    private static bool IsSelfIssued(X509Certificate2 certificate) =>
        certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);

    private static string? FrameworkDisagrees(X509Certificate2 signer, List<X509Certificate2> pool, X509Certificate2 root, DateTimeOffset signingTime)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.ExtraStore.AddRange(pool.ToArray());
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = signingTime.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        try
        {
            if (chain.Build(signer))
            {
                return null;
            }

            var flags = chain.ChainStatus.Select(s => s.Status).Where(s => s != X509ChainStatusFlags.NoError).Distinct();
            return string.Join(", ", flags);
        }
        catch (CryptographicException e)
        {
            return e.Message;
        }
    }

    private static string Fails(X509Certificate2 certificate, X509Certificate2 signer, string why) =>
        ReferenceEquals(certificate, signer)
            ? $"Chứng thư số của người ký \"{Name(certificate.SubjectName)}\" {why}."
            : $"Chứng thư \"{Name(certificate.SubjectName)}\" trong chuỗi chứng thư {why}.";

    private static bool AllowsSigning(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage
        && (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) != 0;

    private static bool IsAuthority(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is { CertificateAuthority: true }
        && (certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is not { } usage || (usage.KeyUsages & X509KeyUsageFlags.KeyCertSign) != 0);

    private static string Day(DateTime time) => time.ToUniversalTime().AddHours(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Name(X500DistinguishedName name)
    {
        try
        {
            var common = name.EnumerateRelativeDistinguishedNames()
                .Where(r => !r.HasMultipleElements && r.GetSingleElementType().Value == "2.5.4.3")
                .Select(r => r.GetSingleElementValue())
                .LastOrDefault();
            return common ?? name.Name;
        }
        catch (CryptographicException)
        {
            return name.Name;
        }
    }

    /// <summary>
    /// Whether <paramref name="certificate"/>'s signature verifies with <paramref name="issuer"/>'s public key: true,
    /// false, or null when the algorithm is not one CcHc checks (then the chain is "cannot be checked", never valid).
    /// </summary>
    public static bool? SignatureHolds(X509Certificate2 certificate, X509Certificate2 issuer)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        try
        {
            var reader = new AsnReader(certificate.RawData, AsnEncodingRules.DER);
            var outer = reader.ReadSequence();
            var tbs = outer.ReadEncodedValue().ToArray();
            var algorithm = outer.ReadSequence();
            var oid = algorithm.ReadObjectIdentifier();
            var signature = outer.ReadBitString(out _);

            // The algorithm inside the signed part must be the one outside (RFC 5280, 4.1.1.2).
            var inner = new AsnReader(tbs, AsnEncodingRules.DER).ReadSequence();
            if (inner.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                inner.ReadEncodedValue();
            }

            inner.ReadEncodedValue(); // serial number
            if (inner.ReadSequence().ReadObjectIdentifier() != oid)
            {
                return false;
            }

            return oid switch
            {
                "1.2.840.113549.1.1.11" => Rsa(issuer, tbs, signature, HashAlgorithmName.SHA256),
                "1.2.840.113549.1.1.12" => Rsa(issuer, tbs, signature, HashAlgorithmName.SHA384),
                "1.2.840.113549.1.1.13" => Rsa(issuer, tbs, signature, HashAlgorithmName.SHA512),
                "1.2.840.113549.1.1.5" => Rsa(issuer, tbs, signature, HashAlgorithmName.SHA1),
                "1.2.840.10045.4.3.2" => Ecdsa(issuer, tbs, signature, HashAlgorithmName.SHA256),
                "1.2.840.10045.4.3.3" => Ecdsa(issuer, tbs, signature, HashAlgorithmName.SHA384),
                "1.2.840.10045.4.3.4" => Ecdsa(issuer, tbs, signature, HashAlgorithmName.SHA512),
                _ => null,
            };
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
        {
            return false;
        }
    }

    private static bool? Rsa(X509Certificate2 issuer, byte[] tbs, byte[] signature, HashAlgorithmName hash)
    {
        using var key = issuer.GetRSAPublicKey();
        return key?.VerifyData(tbs, signature, hash, RSASignaturePadding.Pkcs1);
    }

    private static bool? Ecdsa(X509Certificate2 issuer, byte[] tbs, byte[] signature, HashAlgorithmName hash)
    {
        using var key = issuer.GetECDsaPublicKey();
        return key?.VerifyData(tbs, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
    }
}
