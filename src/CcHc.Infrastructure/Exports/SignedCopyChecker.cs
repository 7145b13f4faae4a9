using CcHc.Infrastructure.Signatures;

namespace CcHc.Infrastructure.Exports;

/// <summary>The outcome of checking an uploaded signed PDF against the issued version it is meant to be.</summary>
public sealed record SignedCopyCheck(PdfVerification Verification, SignedCopyMatch? Match, SignerDetails? Signer, string? Error)
{
    public bool Accepted => Error is null;
}

/// <summary>
/// Decides whether an uploaded PDF is a signed copy of one issued version: every signature intact, the last one
/// covering the whole file, and the signed content this version — its first revision byte-identical to the issued
/// PDF (an incremental signature keeps it), or, when the signing tool rewrote the file, the same text.
/// </summary>
public static class SignedCopyChecker
{
    /// <summary>Signed copies are the PDF plus signatures and a stamp: 20 MB is far above any real plan.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string TooLargeMessage = "Tệp lớn hơn 20 MB: đây không phải bản PDF kế hoạch đã ký. Hãy tải lên đúng tệp nhận được từ công cụ ký số.";

    public const string OtherDocumentMessage =
        "Tệp đã ký không phải là phiên bản kế hoạch này: nội dung khác với bản PDF CcHc đã xuất khi ban hành. Hãy ký đúng tệp PDF tải từ trang kế hoạch (nút \"Tải PDF\").";

    public static SignedCopyCheck Check(byte[] upload, byte[] issuedPdf, DateTimeOffset now) => Check(upload, issuedPdf, now, PdfParseBudget.Default);

    /// <summary>
    /// As <see cref="Check(byte[], byte[], DateTimeOffset)"/> under <paramref name="budget"/>: the upload's structure is
    /// walked first, the signatures need no content stream, and the text comparison reads only the text.
    /// </summary>
    public static SignedCopyCheck Check(byte[] upload, byte[] issuedPdf, DateTimeOffset now, PdfParseBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(issuedPdf);
        if (upload.LongLength > MaxBytes)
        {
            return new SignedCopyCheck(new PdfVerification { IsPdf = false, FileLength = upload.LongLength }, null, null, TooLargeMessage);
        }

        if (upload.AsSpan().StartsWith("%PDF-"u8) && PdfStructureScan.Check(upload, budget) is { } refusal)
        {
            return new SignedCopyCheck(new PdfVerification { IsPdf = true, FileLength = upload.LongLength, Failure = PdfVerificationFailure.OverBudget, Message = refusal }, null, null, refusal);
        }

        var verification = PdfSignatureVerifier.Verify(upload, now, budget);
        if (!verification.IsValid)
        {
            return new SignedCopyCheck(verification, null, null, verification.Message);
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

        return match is null
            ? new SignedCopyCheck(verification, null, null, OtherDocumentMessage)
            : new SignedCopyCheck(verification, match, Describe(verification), null);
    }

    /// <summary>The signer of the last signature (the one that covers the whole file).</summary>
    public static SignerDetails Describe(PdfVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var last = verification.LastSignature ?? throw new ArgumentException("The file has no signature.", nameof(verification));
        return new SignerDetails(
            last.SignerCommonName ?? last.SignerSubject ?? "(không rõ tên)",
            last.SignerOrganisation,
            last.SigningTime,
            last.CertificateNotBefore ?? DateTimeOffset.MinValue,
            last.CertificateNotAfter ?? DateTimeOffset.MinValue,
            last.IsSelfSigned,
            last.IsExpired,
            verification.Signatures.Count);
    }
}
