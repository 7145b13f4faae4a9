using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Reports;

/// <summary>The results report workbook (Kết quả, Nhiệm vụ); frozen bytes once issued. Audited as a download.</summary>
public sealed class XlsxModel(CcHcDbContext db, TimeProvider clock, ReportExports exports, IAuditLog audit) : PageModel
{
    public string? Problem { get; private set; }

    public Guid PlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await ReportView.PlanAsync(db, planId, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!AppRoles.All.Any(User.IsInRole))
        {
            return Forbid();
        }

        PlanId = planId;
        if (!ReportView.IsTracked(plan))
        {
            Problem = ReportView.NotIssuedMessage;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var view = await ReportView.LoadAsync(db, plan, clock, track: false, cancellationToken);
        var file = await exports.XlsxAsync(view, cancellationToken);
        await audit.WriteAsync(AuditAction.Download, "ResultsReport", planId.ToString(), plan.Plan.CommuneId, file.FileName, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
