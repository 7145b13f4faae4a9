using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Web.Pages.Assessments;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>
/// The plan version as PDF: the same HTML as the preview, printed by headless Chromium. Audited as a download.
/// Without a browser on the server the page says so in plain words; the rest of the app is unaffected.
/// </summary>
public sealed class PdfModel(CcHcDbContext db, PlanDocumentRenderer renderer, ChromiumPdfPrinter printer, IAuditLog audit) : PageModel
{
    public string? Problem { get; private set; }

    public Guid PlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await PlanView.LoadAsync(db, id, track: false, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        PlanId = id;
        try
        {
            var html = await renderer.RenderAsync(PlanDocumentModel.From(view));
            var pdf = await printer.PrintAsync(html, cancellationToken);
            var fileName = $"Ke-hoach-{ExportModel.Slug(view.Commune.Name)}-{view.Plan.Year}-v{view.Plan.VersionNumber}.pdf";
            await audit.WriteAsync(AuditAction.Download, "RemediationPlan", id.ToString(), view.Plan.CommuneId, fileName, cancellationToken);
            return File(pdf, "application/pdf", fileName);
        }
        catch (PdfUnavailableException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }
}
