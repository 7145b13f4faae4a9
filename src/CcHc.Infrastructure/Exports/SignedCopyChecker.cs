using CcHc.Domain.Plans;
using CcHc.Infrastructure.Signatures;

namespace CcHc.Infrastructure.Exports;

/// <summary>Whose signature a plan's signed copy should carry: the signer printed in the plan, and the commune.</summary>
public sealed record ExpectedSigner(string? SignerName, string CommuneName, string? CommunePlaceName);

/// <summary>The outcome of checking an uploaded signed PDF against the issued version it is meant to be.</summary>
public sealed record SignedCopyCheck(PdfVerification Verification, SignedCopyMatch? Match, SignerDetails? Signer, string? Error)
{
    /// <summary>Stored (Hợp lệ or Chưa xác định); only a Hợp lệ copy becomes the official file.</summary>
    public bool Accepted => Error is null;

    /// <summary>The outcome of the signatures: null for a file without any (not a PDF, not signed).</summary>
    public SignatureTrust? Trust => Verification.Trust;

    /// <summary>Warnings that do not change the outcome (the certificate does not name the plan's signer or commune).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// Decides whether an uploaded PDF is a signed copy of one issued version: every signature intact, the last one
/// covering the whole file, the signers' certificates passing their own checks, and the signed content this version —
/// its first revision byte-identical to the issued PDF (an incremental signature keeps it), or, when the signing tool
/// rewrote the file, the same text. Whether the copy is "Hợp lệ" (chain to a trusted anchor) or "Chưa xác định" is
/// in <see cref="SignedCopyCheck.Trust"/>.
/// </summary>
public static class SignedCopyChecker
{
    /// <summary>Signed copies are the PDF plus signatures and a stamp: 20 MB is far above any real plan.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string TooLargeMessage = "Tệp lớn hơn 20 MB: đây không phải bản PDF kế hoạch đã ký. Hãy tải lên đúng tệp nhận được từ công cụ ký số.";

    public const string OtherDocumentMessage =
        "Tệp đã ký không phải là phiên bản kế hoạch này: nội dung khác với bản PDF CcHc đã xuất khi ban hành. Hãy ký đúng tệp PDF tải từ trang kế hoạch (nút \"Tải PDF\").";

    /// <summary>Without trust anchors: the outcome is at best "Chưa xác định".</summary>
    public static SignedCopyCheck Check(byte[] upload, byte[] issuedPdf, DateTimeOffset now) => Check(upload, issuedPdf, now, TrustAnchors.None, null, PdfParseBudget.Default);

    public static SignedCopyCheck Check(byte[] upload, byte[] issuedPdf, DateTimeOffset now, PdfParseBudget budget) => Check(upload, issuedPdf, now, TrustAnchors.None, null, budget);

    public static SignedCopyCheck Check(byte[] upload, byte[] issuedPdf, DateTimeOffset now, TrustAnchors anchors, ExpectedSigner? expected) =>
        Check(upload, issuedPdf, now, anchors, expected, PdfParseBudget.Default);

    /// <summary>
    /// Whether the upload is a signed copy of the issued file, under <paramref name="budget"/>: the upload's structure
    /// is walked first, the signatures need no content stream, and the text comparison reads only the text.
    /// </summary>
    public static SignedCopyCheck Check(byte[] upload, byte[] issuedPdf, DateTimeOffset now, TrustAnchors anchors, ExpectedSigner? expected, PdfParseBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(issuedPdf);
        ArgumentNullException.ThrowIfNull(anchors);
        if (upload.LongLength > MaxBytes)
        {
            return new SignedCopyCheck(new PdfVerification { IsPdf = false, FileLength = upload.LongLength }, null, null, TooLargeMessage);
        }

        if (upload.AsSpan().StartsWith("%PDF-"u8) && PdfStructureScan.Check(upload, budget) is { } refusal)
        {
            return new SignedCopyCheck(new PdfVerification { IsPdf = true, FileLength = upload.LongLength, Failure = PdfVerificationFailure.OverBudget, Message = refusal }, null, null, refusal);
        }

        var verification = PdfSignatureVerifier.Verify(upload, now, anchors, budget);
        if (!verification.IsValid)
        {
            return new SignedCopyCheck(verification, null, null, verification.Message);
        }

        if (verification.Trust == SignatureTrust.Invalid)
        {
            return new SignedCopyCheck(verification, null, null, "Chữ ký số Không hợp lệ: " + string.Join(" ", verification.TrustFindings));
        }

        SignedCopyMatch? match = null;
        if (PdfSignatureVerifier.StartsWithRevision(upload, issuedPdf))
        {
            match = SignedCopyMatch.IssuedBytes;
        }
        else
        {
            var text = PdfText.Read(upload, budget);
            if (text.Refusal is not null)
            {
                return new SignedCopyCheck(verification, null, null, text.Refusal);
            }

            // The issued file is CcHc's own export: read under the default budget, never the upload's.
            match = text.Pages is { } pages && PdfText.Pages(issuedPdf) is { } issued && pages.SequenceEqual(issued, StringComparer.Ordinal)
                ? SignedCopyMatch.SameText
                : null;
        }

        if (match is null)
        {
            return new SignedCopyCheck(verification, null, null, OtherDocumentMessage);
        }

        var last = verification.LastSignature!;
        List<string> warnings = expected is null
            ? []
            : [.. new[] { SignerIdentity.Warning(last.SignerSubject, expected.SignerName, expected.CommuneName, expected.CommunePlaceName) }.OfType<string>()];
        return new SignedCopyCheck(verification, match, Describe(verification, warnings), null) { Warnings = warnings };
    }

    /// <summary>The signer of the last signature (the one that covers the whole file), and the outcome with its reasons.</summary>
    public static SignerDetails Describe(PdfVerification verification, IEnumerable<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var last = verification.LastSignature ?? throw new ArgumentException("The file has no signature.", nameof(verification));
        // The long-term validation data accepted after the last signature is said with the findings (SignedCopy.TrustNote).
        IEnumerable<string> longTerm = verification.LongTermValidation is { } ltv ? [ltv.Text + "."] : [];
        var note = string.Join("\n", verification.TrustFindings.Concat(longTerm).Concat(warnings ?? []));
        return new SignerDetails(
            last.SignerCommonName ?? last.SignerSubject ?? "(không rõ tên)",
            last.SignerOrganisation,
            last.SigningTime,
            last.CertificateNotBefore ?? DateTimeOffset.MinValue,
            last.CertificateNotAfter ?? DateTimeOffset.MinValue,
            last.IsSelfSigned,
            last.IsExpired,
            verification.Signatures.Count,
            verification.Trust ?? SignatureTrust.Undetermined,
            note.Length == 0 ? null : note);
    }
}
