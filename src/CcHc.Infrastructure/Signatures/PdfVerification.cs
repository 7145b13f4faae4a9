using CcHc.Domain.Plans;

namespace CcHc.Infrastructure.Signatures;

/// <summary>Why a signed PDF is refused.</summary>
public enum PdfVerificationFailure
{
    NotPdf,
    NoSignature,
    MalformedSignature,
    TooManySignatures,
    UnsupportedSubFilter,
    DigestMismatch,
    DataAfterLastSignature,

    /// <summary>Past a limit of <see cref="PdfParseBudget"/>: not examined.</summary>
    OverBudget,
}

/// <summary>Where <see cref="PdfSignature.SigningTime"/> was read.</summary>
public enum SigningTimeSource
{
    /// <summary>The signingTime signed attribute of the CMS (covered by the signature).</summary>
    SignedAttribute,

    /// <summary>The /M entry of the signature dictionary (written by the signing tool, not covered by the CMS).</summary>
    SignatureDictionary,

    /// <summary>The genTime of an RFC 3161 timestamp on the signature that passed its checks (<see cref="TimestampCheck"/>).</summary>
    Timestamp,
}

/// <summary>One signature of a PDF, in file order.</summary>
public sealed record PdfSignature
{
    public const string AdbePkcs7Detached = "adbe.pkcs7.detached";
    public const string EtsiCadesDetached = "ETSI.CAdES.detached";

    /// <summary>1 for the first signature in the file.</summary>
    public required int Number { get; init; }

    /// <summary>The /SubFilter name without its slash, or null when the dictionary has none.</summary>
    public required string? SubFilter { get; init; }

    public bool IsSupportedSubFilter => SubFilter is AdbePkcs7Detached or EtsiCadesDetached;

    /// <summary>The four numbers of /ByteRange: offset and length of the part before the signature, then after it.</summary>
    public required IReadOnlyList<long> ByteRange { get; init; }

    /// <summary>The CMS signature verifies over the byte-range content, and its messageDigest attribute (when present) is that content's hash.</summary>
    public required bool DigestMatches { get; init; }

    /// <summary>The byte range starts at 0, ends at the end of the file, and leaves out only the /Contents hex string.</summary>
    public required bool CoversWholeFile { get; init; }

    /// <summary>The length of the revision this signature covers (ByteRange[2] + ByteRange[3]).</summary>
    public long SignedRevisionLength => ByteRange[2] + ByteRange[3];

    /// <summary>The digest algorithm of the CMS ("SHA-256"; "SHA-1" from old tools deserves a warning), or its OID when unknown.</summary>
    public string? DigestAlgorithm { get; init; }

    public string? SignerCommonName { get; init; }

    /// <summary>The O= of the signer certificate's subject.</summary>
    public string? SignerOrganisation { get; init; }

    public string? SignerSubject { get; init; }

    /// <summary>SHA-256 of the signer certificate, upper-case hex.</summary>
    public string? CertificateThumbprint { get; init; }

    public DateTimeOffset? SigningTime { get; init; }

    public SigningTimeSource? SigningTimeSource { get; init; }

    /// <summary>The check of the signature's RFC 3161 timestamp (PAdES B-T), or null when it carries none.</summary>
    public TimestampCheck? Timestamp { get; init; }

    public DateTimeOffset? CertificateNotBefore { get; init; }

    public DateTimeOffset? CertificateNotAfter { get; init; }

    /// <summary>
    /// Issuer and subject are the same name and the certificate's signature verifies with its own key: nobody else
    /// vouches for it (a demo or home-made one). Not decided by the names alone.
    /// </summary>
    public bool IsSelfSigned { get; init; }

    /// <summary>
    /// The outcome of this signature: Không hợp lệ when it does not match the content or its certificate fails its own
    /// checks; Hợp lệ only when, besides, the certificate chains to a configured anchor (<see cref="CertificateChainValidator"/>).
    /// </summary>
    public SignatureTrust Trust { get; init; } = SignatureTrust.Undetermined;

    /// <summary>Why, in Vietnamese (the chain's findings).</summary>
    public IReadOnlyList<string> TrustFindings { get; init; } = [];

    /// <summary>The certificate's validity has ended at the time given to the verifier.</summary>
    public bool IsExpired { get; init; }
}

/// <summary>The result of <see cref="PdfSignatureVerifier.Verify"/>: the signatures found and, when refused, why.</summary>
public sealed record PdfVerification
{
    public required bool IsPdf { get; init; }

    public required long FileLength { get; init; }

    public IReadOnlyList<PdfSignature> Signatures { get; init; } = [];

    /// <summary>
    /// Long-term validation data (a DSS) appended after the last signature and accepted because those updates add
    /// nothing else; null when nothing follows the last signature.
    /// </summary>
    public LongTermValidationData? LongTermValidation { get; init; }

    /// <summary>Null when the file is accepted.</summary>
    public PdfVerificationFailure? Failure { get; init; }

    /// <summary>The refusal in plain Vietnamese for the user, or null when accepted.</summary>
    public string? Message { get; init; }

    public bool IsValid => Failure is null;

    /// <summary>
    /// The outcome of the file, or null when it has no signature to judge (not a PDF, no signature): Không hợp lệ when
    /// altered (digest mismatch, data after the last signature, a broken signature dictionary) or when any signature's
    /// certificate fails its own checks; Chưa xác định when a signature cannot be checked or does not chain to an anchor;
    /// Hợp lệ only when every signature is.
    /// </summary>
    public SignatureTrust? Trust => Failure switch
    {
        PdfVerificationFailure.NotPdf or PdfVerificationFailure.NoSignature => null,
        PdfVerificationFailure.DigestMismatch or PdfVerificationFailure.DataAfterLastSignature or PdfVerificationFailure.MalformedSignature => SignatureTrust.Invalid,
        PdfVerificationFailure.UnsupportedSubFilter or PdfVerificationFailure.TooManySignatures =>
            Signatures.Any(s => s.Trust == SignatureTrust.Invalid) ? SignatureTrust.Invalid : SignatureTrust.Undetermined,
        _ => SignatureTrustText.Worst(Signatures.Select(s => s.Trust)),
    };

    /// <summary>The findings of the signatures' certificate checks, worst first, without repeats.</summary>
    public IReadOnlyList<string> TrustFindings => Signatures
        .OrderByDescending(s => s.Trust)
        .SelectMany(s => Signatures.Count == 1 ? s.TrustFindings : s.TrustFindings.Select(f => $"Chữ ký thứ {s.Number}: {f}"))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>The signature that covers the most of the file (the last one applied).</summary>
    public PdfSignature? LastSignature => Signatures.Count == 0 ? null : Signatures.MaxBy(s => s.SignedRevisionLength);
}

/// <summary>The Vietnamese messages of the refusals, in one place.</summary>
internal static class PdfVerificationMessages
{
    public const string NotPdf = "Tệp không phải là PDF.";

    public const string NoSignature = "Tệp PDF chưa có chữ ký số nào.";

    public static string Malformed(int number, string reason) =>
        $"Chữ ký số thứ {number} trong tệp bị hỏng hoặc không đúng cấu trúc PDF ({reason}), nên không kiểm tra được.";

    public static string TooMany(int max) =>
        $"Tệp có hơn {max} chữ ký số; CcHc không kiểm tra tệp có nhiều chữ ký như vậy.";

    public static string UnsupportedSubFilter(int number, string? subFilter) => subFilter is null
        ? $"Chữ ký số thứ {number} không ghi rõ định dạng (/SubFilter), nên không kiểm tra được. CcHc kiểm tra chữ ký dạng adbe.pkcs7.detached và ETSI.CAdES.detached."
        : $"Chữ ký số thứ {number} có định dạng {subFilter}, CcHc chưa kiểm tra được định dạng này. CcHc kiểm tra chữ ký dạng adbe.pkcs7.detached và ETSI.CAdES.detached.";

    public const string DigestMismatch = "Chữ ký số không khớp với nội dung: tệp đã bị sửa sau khi ký.";

    public static string DigestMismatchOf(int number, int count) => count == 1
        ? DigestMismatch
        : $"Chữ ký số thứ {number} không khớp với nội dung: tệp đã bị sửa sau khi ký.";

    public static string DssWithMore(long bytes, string what) =>
        $"Có dữ liệu được thêm vào sau chữ ký cuối cùng ({bytes} byte): ngoài dữ liệu kiểm tra dài hạn (DSS), phần này còn {what}. Phần đó không được chữ ký nào bảo vệ, nên tệp không còn đúng là bản đã ký. Hãy tải lên đúng tệp nhận được từ công cụ ký số, không mở và lưu lại bằng phần mềm khác.";

    public static string DssUnreadable(long bytes, string what) =>
        $"Có dữ liệu kiểm tra dài hạn (DSS) được thêm vào sau chữ ký cuối cùng ({bytes} byte), nhưng không được công nhận: {what}. Phần này không được chữ ký nào bảo vệ, nên tệp không còn đúng là bản đã ký.";

    public static string DataAfterLastSignature(long bytes) =>
        $"Có dữ liệu được thêm vào sau chữ ký cuối cùng ({bytes} byte): phần này không được chữ ký nào bảo vệ, nên tệp không còn đúng là bản đã ký. Hãy tải lên đúng tệp nhận được từ công cụ ký số, không mở và lưu lại bằng phần mềm khác.";
}
