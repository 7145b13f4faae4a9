using CcHc.Domain.Plans;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Signatures;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CcHc.Web.Printing;

/// <summary>
/// An export ready to send; <see cref="Sha256"/> is set for the frozen file of an issued version, <see cref="IsSigned"/>
/// when it is the version's digitally signed copy.
/// </summary>
public sealed record ExportFile(byte[] Content, string FileName, string ContentType, string? Sha256, bool IsSigned = false);

/// <summary>
/// The plan's PDF and XLSX. A draft is rendered afresh on every request. An issued version is rendered once — when it
/// is issued, or at its first download if the printer was not available then — and its exact bytes are stored with
/// their SHA-256; every later download returns those bytes, whatever changes afterwards.
/// </summary>
public sealed class PlanExports(
    CcHcDbContext db, DocumentRenderer renderer, FrozenFiles frozenFiles, ChromiumPdfPrinter printer, TrustedCertificates trusted,
    ExportSigner signing, ILogger<PlanExports> logger, TimeProvider clock)
{
    /// <summary>
    /// The PDF of the version: for an issued version, its official file (<see cref="OfficialFile"/>: the latest "Hợp lệ"
    /// signed copy, else the frozen export — a "Chưa xác định" copy is never served as the official file);
    /// <paramref name="exportOnly"/> asks for the frozen export itself.
    /// </summary>
    public async Task<ExportFile> PdfAsync(PlanContent view, CancellationToken cancellationToken, bool exportOnly = false)
    {
        var frozen = await GetOrFreezeAsync(view, IssuedFileKind.Pdf, "application/pdf", "pdf",
            () => PrintAsync(PlanDocumentModel.From(view), cancellationToken), cancellationToken);
        if (exportOnly || view.Plan.Status != PlanStatus.Issued)
        {
            return frozen;
        }

        return await OfficialSignedCopyAsync(view.Plan.Id, cancellationToken) ?? await SignAsync(view, frozen, cancellationToken) ?? frozen;
    }

    /// <summary>The version's official file when it is a signed copy (<see cref="OfficialFile"/>), or null.</summary>
    public async Task<ExportFile?> OfficialSignedCopyAsync(Guid planId, CancellationToken cancellationToken) =>
        (await OfficialFilesAsync([planId], cancellationToken)).GetValueOrDefault(planId) is { SignedCopyId: { } copyId }
            ? (await SignedCopyFilesAsync([copyId], cancellationToken))[copyId]
            : null;

    /// <summary>
    /// The official file of each version that has signed copies, decided by the domain's rule over their states (no
    /// file content is read); a version without signed copies is absent (its official file is the frozen export).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, OfficialFile>> OfficialFilesAsync(IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken) =>
        (await db.SignedCopies.AsNoTracking()
            .Where(c => EF.Parameter(planIds).Contains(c.PlanId)) // one parameter however many versions (an office of 3,321 communes)
            .Select(c => new { c.PlanId, c.Id, c.Trust, c.UploadedAt })
            .ToListAsync(cancellationToken))
        .GroupBy(c => c.PlanId)
        .ToDictionary(g => g.Key, g => OfficialFile.Of(g.Select(c => new SignedCopyState(c.Id, c.Trust, c.UploadedAt))));

    /// <summary>These signed copies as files to send, by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, ExportFile>> SignedCopyFilesAsync(IReadOnlyCollection<Guid> copyIds, CancellationToken cancellationToken) =>
        await db.SignedCopies.AsNoTracking()
            .Where(c => copyIds.Contains(c.Id))
            .Select(c => new { c.Id, File = new ExportFile(c.Content, c.FileName, "application/pdf", c.Sha256, true) })
            .ToDictionaryAsync(c => c.Id, c => c.File, cancellationToken);

    /// <summary>
    /// Where the deployment has a signing certificate, the frozen PDF is signed once (an incremental update, so its
    /// first revision stays the frozen export byte for byte) and stored as the version's first signed copy.
    /// </summary>
    private async Task<ExportFile?> SignAsync(PlanContent view, ExportFile frozen, CancellationToken cancellationToken)
    {
        if (await signing.SignForCommuneAsync(frozen.Content, view.Commune, cancellationToken) is not { Pdf: var signed, Timestamped: var timestamped })
        {
            return null;
        }

        var check = SignedCopyChecker.Check(signed, frozen.Content, clock.GetUtcNow(), trusted.Anchors, null);
        if (!check.Accepted && check.Verification.IsValid && check.Trust == SignatureTrust.Invalid)
        {
            // An intact signature whose certificate fails its checks (expired, no signing key usage): not official.
            logger.LogError("CcHc's signing certificate fails its checks; the plan is served unsigned: {Reason}", check.Error);
            return null;
        }

        if (!check.Accepted)
        {
            throw new InvalidOperationException("CcHc's own signature did not verify: " + check.Error);
        }

        if (check.Trust is not { } trust || !OfficialFile.Qualifies(trust))
        {
            logger.LogError("CcHc's own signature is not \"Hợp lệ\" ({Findings}); the plan is served unsigned", string.Join(" ", check.Verification.TrustFindings));
            return null;
        }

        var fileName = ExportSigner.SignedFileName(frozen.FileName);
        var details = signing.NoteFor(timestamped) is { } note
            ? check.Signer! with { TrustNote = check.Signer!.TrustNote is { } findings ? findings + "\n" + note : note }
            : check.Signer!;
        var copy = new SignedCopy(view.Plan.Id, fileName, signed, SignedCopyMatch.SignedByCcHc, details, "cchc", "CcHc (ký tự động khi ban hành)", clock.GetUtcNow());
        db.SignedCopies.Add(copy);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(copy).State = EntityState.Detached;
        }

        return await OfficialSignedCopyAsync(view.Plan.Id, cancellationToken);
    }

    /// <summary>The body, then the appendix printed on its own so that its page numbers restart, joined into one file.</summary>
    private async Task<byte[]> PrintAsync(PlanDocumentModel model, CancellationToken cancellationToken)
    {
        if (!model.HasAppendix)
        {
            return await printer.PrintAsync(await renderer.PlanAsync(model), cancellationToken);
        }

        var body = await printer.PrintAsync(await renderer.PlanAsync(model, PlanDocumentPart.Body), cancellationToken);
        var appendix = await printer.PrintAsync(await renderer.PlanAsync(model, PlanDocumentPart.Appendix), cancellationToken);
        return PdfJoiner.Join(body, appendix);
    }

    public Task<ExportFile> XlsxAsync(PlanContent view, CancellationToken cancellationToken) =>
        GetOrFreezeAsync(view, IssuedFileKind.Xlsx, SpreadsheetWorkbooks.ContentType, "xlsx",
            () => Task.FromResult(PlanWorkbook.Build(new PlanWorkbookData(
                view.Commune.Name, view.Plan, view.Evaluation, view.Positions.ToDictionary(p => p.Key, p => p.Value.Title), view.Commune.IssuingBodyName))), cancellationToken);

    /// <summary>
    /// The plan as a Word document (<see cref="DocxWriter"/>), from the same model as the PDF; frozen with the PDF and
    /// the XLSX once issued. Its bytes depend on the model and the issue date only.
    /// </summary>
    public Task<ExportFile> DocxAsync(PlanContent view, CancellationToken cancellationToken) =>
        GetOrFreezeAsync(view, IssuedFileKind.Docx, DocxWriter.ContentType, "docx",
            () => Task.FromResult(DocxWriter.Plan(PlanDocumentModel.From(view), DocumentDate(view.Plan))), cancellationToken);

    /// <summary>The date a plan's .docx carries in its properties: the issue date, else 1 January of the plan's year.</summary>
    public static DateOnly DocumentDate(RemediationPlan plan) => plan.IssueDate ?? new DateOnly(plan.Year, 1, 1);

    /// <summary>Freezes the files of a just-issued version; the PDF is left for the first download if no browser is available.</summary>
    public async Task FreezeAsync(PlanContent view, CancellationToken cancellationToken)
    {
        await XlsxAsync(view, cancellationToken);
        await DocxAsync(view, cancellationToken);
        try
        {
            await PdfAsync(view, cancellationToken); // also signs it where a certificate is configured
        }
        catch (PdfUnavailableException)
        {
            // Frozen at the first download on a server that can print.
        }
    }

    private async Task<ExportFile> GetOrFreezeAsync(
        PlanContent view, IssuedFileKind kind, string contentType, string extension, Func<Task<byte[]>> produce, CancellationToken cancellationToken)
    {
        var plan = view.Plan;
        var fileName = $"Ke-hoach-{ExportFileNames.Slug(view.Commune.Name)}-{plan.Year}-v{plan.VersionNumber}"
            + (plan.DocumentNumber is { } n ? $"-so-{n}" : "-du-thao") + "." + extension;
        if (plan.Status != PlanStatus.Issued)
        {
            return new ExportFile(await produce(), fileName, contentType, null);
        }

        return await frozenFiles.GetOrFreezeAsync(plan.Id, kind, fileName, contentType, produce,
            () => PlanSnapshot.VerificationCode(plan, view.Commune.Name), cancellationToken);
    }
}
