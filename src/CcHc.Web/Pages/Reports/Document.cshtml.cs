using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Reports;

/// <summary>The report as the document will read (the print template itself): the preview of what the PDF prints.</summary>
public sealed class DocumentModel(CcHcDbContext db, TimeProvider clock, ReportExports exports) : PageModel
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
        return Content(await exports.HtmlAsync(view), "text/html; charset=utf-8");
    }
}
