using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>
/// The plan version as PDF: the same HTML as the preview, printed by headless Chromium; for an issued version, the
/// frozen bytes. Audited as a download. Without a browser on the server the page says so in plain words.
/// </summary>
public sealed class PdfModel(CcHcDbContext db, PlanExports exports, IAuditLog audit) : PageModel
{
    public string? Problem { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary>
    /// An issued version is served as its official file — the latest signed copy when there is one; "exportOnly" asks
    /// for the export CcHc froze at issue (labelled "PDF chưa ký").
    /// </summary>
    public async Task<IActionResult> OnGetAsync(Guid id, bool exportOnly, CancellationToken cancellationToken)
    {
        var view = await PlanView.LoadAsync(db, id, track: false, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        PlanId = id;
        try
        {
            var file = await exports.PdfAsync(view, cancellationToken, exportOnly);
            await audit.WriteAsync(AuditAction.Download, "RemediationPlan", id.ToString(), view.Plan.CommuneId, file.FileName, cancellationToken);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (PdfUnavailableException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }
}
