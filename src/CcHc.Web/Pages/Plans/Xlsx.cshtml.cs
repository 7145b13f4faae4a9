using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>The plan workbook (Tổng hợp, Chi tiết, Nhiệm vụ); frozen bytes for an issued version. Audited as a download.</summary>
public sealed class XlsxModel(CcHcDbContext db, PlanExports exports, IAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await PlanView.LoadAsync(db, id, track: false, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        var file = await exports.XlsxAsync(view, cancellationToken);
        await audit.WriteAsync(AuditAction.Download, "RemediationPlan", id.ToString(), view.Plan.CommuneId, file.FileName, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
