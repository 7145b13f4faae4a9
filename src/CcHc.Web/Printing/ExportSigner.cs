using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Signatures;
using Microsoft.Extensions.Logging;

namespace CcHc.Web.Printing;

/// <summary>A frozen export signed by CcHc, and the note to show with it (the timestamp authority gave no timestamp).</summary>
public sealed record SignedExport(byte[] Pdf, bool Timestamped, string? Note);

/// <summary>
/// Signs the frozen PDF of an issued report with the deployment's certificate (<see cref="PlanPdfSigner"/>, PAdES B-T
/// where <c>Signing:TimestampUrl</c> answers, else B-B) and checks CcHc's own signature before it is served: only a
/// "Hợp lệ" one is. The plans' exports keep their own path (<see cref="PlanExports"/>, stored as a signed copy).
/// </summary>
public sealed class ExportSigner(PlanPdfSigner signer, CommuneSeals seals, TrustedCertificates trusted, TimeProvider clock, ILogger<ExportSigner> logger)
{
    /// <summary>Said with a signed export whose signature has no timestamp although an authority is configured.</summary>
    public const string NoTimestampNote =
        "Máy chủ cấp dấu thời gian không cấp được dấu thời gian lúc ký: chữ ký số của CcHc không có dấu thời gian (PAdES B-B), thời điểm ký là giờ của máy chủ CcHc.";

    public bool IsConfigured => signer.IsConfigured;

    /// <summary>The note for a signature made with or without a timestamp, or null when there is nothing to say.</summary>
    public string? NoteFor(bool timestamped) => signer.TimestampConfigured && !timestamped ? NoTimestampNote : null;

    /// <summary>
    /// The PDF signed in the name of the commune's people's committee, with the commune's seal
    /// (<see cref="CommuneSeals"/>) in its appearance, or null when no certificate is configured. Plans and reports both
    /// sign through here.
    /// </summary>
    public async Task<PdfSigningResult?> SignForCommuneAsync(byte[] pdf, Commune commune, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commune);
        if (!signer.IsConfigured)
        {
            return null;
        }

        var seal = await seals.CurrentAsync(commune.Id, cancellationToken);
        return await signer.TrySignAsync(pdf, "Ủy ban nhân dân " + commune.Name, seal, cancellationToken);
    }

    /// <summary>The signed report PDF, or null when no certificate is configured or CcHc's own signature does not check "Hợp lệ".</summary>
    public async Task<SignedExport?> SignAsync(byte[] frozen, Commune commune, CancellationToken cancellationToken)
    {
        if (await SignForCommuneAsync(frozen, commune, cancellationToken) is not { } result)
        {
            return null;
        }

        var verification = PdfSignatureVerifier.Verify(result.Pdf, clock.GetUtcNow(), trusted.Anchors);
        if (!verification.IsValid || verification.Trust != SignatureTrust.Valid || !PdfSignatureVerifier.StartsWithRevision(result.Pdf, frozen))
        {
            logger.LogError("CcHc's own signature on a report is not \"Hợp lệ\" ({Message} {Findings}); the report is served unsigned",
                verification.Message, string.Join(" ", verification.TrustFindings));
            return null;
        }

        return new SignedExport(result.Pdf, result.Timestamped, NoteFor(result.Timestamped));
    }

    /// <summary>What to say next to a signed report's PDF: its level, the timestamp's time, or that the authority gave none.</summary>
    public string Describe(byte[] signedPdf)
    {
        // The time given only decides IsExpired, which is not shown here.
        var stamp = PdfSignatureVerifier.Verify(signedPdf, DateTimeOffset.UnixEpoch).LastSignature?.Timestamp;
        return stamp is { Time: { } time }
            ? "Bản PDF đã ký số bởi CcHc, có dấu thời gian (PAdES B-T). " + TimestampCheck.TimeLine(time) + "."
            : signer.TimestampConfigured ? NoTimestampNote : "Bản PDF đã ký số bởi CcHc (PAdES B-B).";
    }

    /// <summary>"Bao-cao-….pdf" → "Bao-cao-…-da-ky.pdf".</summary>
    public static string SignedFileName(string fileName) => Path.GetFileNameWithoutExtension(fileName) + "-da-ky.pdf";
}
