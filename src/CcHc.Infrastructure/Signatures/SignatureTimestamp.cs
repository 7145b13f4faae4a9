using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Infrastructure.Signatures;

/// <summary>The check of a signature's RFC 3161 timestamp (the unsigned attribute id-aa-timeStampToken).</summary>
/// <param name="Trust">Hợp lệ: the token's signature holds, its imprint is the hash of the signature value, and the
/// authority's certificate chains to an anchor at the timestamp's time. Không hợp lệ: the imprint or the token's
/// signature does not match, or the authority's certificate fails its own checks. Chưa xác định: the authority is not trusted.</param>
/// <param name="Time">The time the token states (genTime), or null when the token cannot be read.</param>
/// <param name="Authority">The common name of the authority's certificate.</param>
public sealed record TimestampCheck(SignatureTrust Trust, DateTimeOffset? Time, string? Authority, IReadOnlyList<string> Findings)
{
    /// <summary>"Thời điểm ký theo dấu thời gian: dd/MM/yyyy HH:mm:ss" in Vietnam time.</summary>
    public static string TimeLine(DateTimeOffset time) =>
        "Thời điểm ký theo dấu thời gian: " + VietnamTime.ToVietnam(time).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads and checks the timestamp token of a CMS signer: a pure function of the token, the signer and the anchors (the
/// same anchors as signers' certificates: <see cref="SigningOptions.TrustedRootsPath"/> and CcHc's own chain).
/// </summary>
public static class SignatureTimestamps
{
    /// <summary>The check of the first timestamp token of <paramref name="signer"/>, or null when it carries none.</summary>
    public static TimestampCheck? Check(SignerInfo signer, TrustAnchors anchors)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(anchors);
        var attribute = signer.UnsignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == CadesAttributes.TimestampToken);
        if (attribute is null)
        {
            return null;
        }

        if (attribute.Values.Count != 1 || !Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _))
        {
            return new TimestampCheck(SignatureTrust.Invalid, null, null, [attribute.Values.Count == 1 && IsTokenWithBrokenSignature(attribute.Values[0].RawData)
                ? BrokenTokenSignature
                : "Dấu thời gian kèm chữ ký không đọc được, nên không được công nhận."]);
        }

        var info = token.TokenInfo;
        var time = info.Timestamp;
        var line = TimestampCheck.TimeLine(time);
        if (Hash(info.HashAlgorithmId.Value, signer.GetSignature()) is not { } hash)
        {
            return new TimestampCheck(SignatureTrust.Undetermined, time, null, [$"Dấu thời gian dùng thuật toán băm {info.HashAlgorithmId.Value} CcHc chưa kiểm tra được."]);
        }

        if (!CryptographicOperations.FixedTimeEquals(hash, info.GetMessageHash().Span))
        {
            return new TimestampCheck(SignatureTrust.Invalid, time, null,
                ["Dấu thời gian không khớp với chữ ký (giá trị băm trong dấu thời gian khác giá trị băm của chữ ký): dấu thời gian không thuộc chữ ký này."]);
        }

        var tokenCms = token.AsSignedCms();
        var supplied = tokenCms.Certificates.Cast<X509Certificate2>().ToList();
        if (!token.VerifySignatureForSignerInfo(signer, out var authority, new X509Certificate2Collection(anchors.Certificates.ToArray())) || authority is null)
        {
            return tokenCms.SignerInfos.Count == 1 && tokenCms.SignerInfos[0].Certificate is null && supplied.Count == 0
                ? new TimestampCheck(SignatureTrust.Undetermined, time, null,
                    ["Dấu thời gian không kèm chứng thư của đơn vị cấp dấu thời gian, nên chưa xác minh được dấu thời gian."])
                : new TimestampCheck(SignatureTrust.Invalid, time, null, [BrokenTokenSignature]);
        }

        var name = authority.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        var chain = CertificateChainValidator.Validate(authority, supplied, anchors, time);
        return chain.Trust switch
        {
            SignatureTrust.Valid => new TimestampCheck(SignatureTrust.Valid, time, name,
                [$"{line} (dấu thời gian do \"{name}\" cấp, khớp với chữ ký, chứng thư của đơn vị cấp dấu thời gian dẫn tới chứng thư tin cậy)."]),
            SignatureTrust.Invalid => new TimestampCheck(SignatureTrust.Invalid, time, name,
                [.. chain.Findings.Select(f => "Dấu thời gian: " + f)]),
            _ => new TimestampCheck(SignatureTrust.Undetermined, time, name,
                [$"Đơn vị cấp dấu thời gian \"{name}\" chưa được tin cậy, nên thời điểm ký theo dấu thời gian chưa được xác nhận.", .. chain.Findings.Select(f => "Dấu thời gian: " + f)]),
        };
    }

    private const string BrokenTokenSignature =
        "Chữ ký của đơn vị cấp dấu thời gian không khớp với dấu thời gian (hoặc chứng thư của đơn vị không dùng để cấp dấu thời gian): dấu thời gian không được công nhận.";

    /// <summary>A CMS of content type id-ct-TSTInfo with one signer whose signature does not hold (the framework refuses to decode it as a token).</summary>
    private static bool IsTokenWithBrokenSignature(byte[] raw)
    {
        try
        {
            var cms = new SignedCms();
            cms.Decode(raw);
            if (cms.ContentInfo.ContentType.Value != "1.2.840.113549.1.9.16.1.4" || cms.SignerInfos.Count != 1 || cms.Certificates.Count == 0)
            {
                return false;
            }

            cms.CheckSignature(verifySignatureOnly: true);
            return false;
        }
        catch (CryptographicException)
        {
            return true;
        }
    }

    private static byte[]? Hash(string? algorithm, byte[] data) => algorithm switch
    {
        CadesAttributes.Sha256 => SHA256.HashData(data),
        "2.16.840.1.101.3.4.2.2" => SHA384.HashData(data),
        "2.16.840.1.101.3.4.2.3" => SHA512.HashData(data),
        _ => null,
    };

}
