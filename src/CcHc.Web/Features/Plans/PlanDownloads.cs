using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Web.Printing;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// A plan version's files for whoever may read the plan (the tenant filters: another commune's plan is not found): the
/// PDF (the official file of an issued version, or the frozen export on request), the workbook, the document's HTML and
/// a stored signed copy. Each download is audited.
/// </summary>
public sealed class PlanDownloads(CcHcDbContext db, PlanExports exports, DocumentRenderer renderer, IAuditLog audit)
{
    /// <summary>Done with the file; Invalid with the reason when the server cannot print (the page answers 503).</summary>
    public async Task<CommandResult<ExportFile>> PdfAsync(Guid planId, bool exportOnly, CancellationToken cancellationToken)
    {
        if (await PlanView.LoadAsync(db, planId, track: false, cancellationToken) is not { } view)
        {
            return CommandResult.NotFound().As<ExportFile>();
        }

        try
        {
            return await AuditedAsync(view, await exports.PdfAsync(view.Content, cancellationToken, exportOnly), cancellationToken);
        }
        catch (PdfUnavailableException ex)
        {
            return CommandResult.Invalid(FieldError.ForForm(ex.Message)).As<ExportFile>();
        }
    }

    public async Task<CommandResult<ExportFile>> XlsxAsync(Guid planId, CancellationToken cancellationToken) =>
        await PlanView.LoadAsync(db, planId, track: false, cancellationToken) is { } view
            ? await AuditedAsync(view, await exports.XlsxAsync(view.Content, cancellationToken), cancellationToken)
            : CommandResult.NotFound().As<ExportFile>();

    /// <summary>The plan as a Word document (.docx); frozen bytes for an issued version.</summary>
    public async Task<CommandResult<ExportFile>> DocxAsync(Guid planId, CancellationToken cancellationToken) =>
        await PlanView.LoadAsync(db, planId, track: false, cancellationToken) is { } view
            ? await AuditedAsync(view, await exports.DocxAsync(view.Content, cancellationToken), cancellationToken)
            : CommandResult.NotFound().As<ExportFile>();

    /// <summary>The plan as the document will read (the print template itself), or null when not found.</summary>
    public async Task<string?> DocumentHtmlAsync(Guid planId, CancellationToken cancellationToken) =>
        await PlanView.LoadAsync(db, planId, track: false, cancellationToken) is { } view
            ? await renderer.PlanAsync(PlanDocumentModel.From(view.Content))
            : null;

    public async Task<CommandResult<ExportFile>> SignedCopyAsync(Guid planId, Guid copyId, CancellationToken cancellationToken)
    {
        var copy = await db.SignedCopies.AsNoTracking()
            .Where(c => c.Id == copyId && c.PlanId == planId)
            .Select(c => new { File = new ExportFile(c.Content, c.FileName, "application/pdf", c.Sha256, true), CommuneId = db.Plans.Where(p => p.Id == c.PlanId).Select(p => p.CommuneId).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (copy is null)
        {
            return CommandResult.NotFound().As<ExportFile>();
        }

        await audit.WriteAsync(AuditAction.Download, "RemediationPlan", planId.ToString(), copy.CommuneId, copy.File.FileName, cancellationToken);
        return CommandResult.Done(copy.File);
    }

    private async Task<CommandResult<ExportFile>> AuditedAsync(PlanView view, ExportFile file, CancellationToken cancellationToken)
    {
        await audit.WriteAsync(AuditAction.Download, "RemediationPlan", view.Plan.Id.ToString(), view.Plan.CommuneId, file.FileName, cancellationToken);
        return CommandResult.Done(file);
    }
}
