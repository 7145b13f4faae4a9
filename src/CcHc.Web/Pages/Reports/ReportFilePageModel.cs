using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Reports;

/// <summary>
/// The report's document, PDF and XLSX pages: the plan version found through the caller's scope (404 otherwise), any
/// signed-in role (403 otherwise), and a plain message with 409 when the version is not issued yet; then the page's own
/// output from the loaded <see cref="ReportView"/>.
/// </summary>
public abstract class ReportFilePageModel(CcHcDbContext db, TimeProvider clock) : PageModel
{
    public string? Problem { get; protected set; }

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
            return Refuse(ReportView.NotIssuedMessage, StatusCodes.Status409Conflict);
        }

        return await RespondAsync(await ReportView.LoadAsync(db, plan, clock, track: false, cancellationToken), cancellationToken);
    }

    protected abstract Task<IActionResult> RespondAsync(ReportView view, CancellationToken cancellationToken);

    /// <summary>The page itself, saying why there is no file.</summary>
    protected IActionResult Refuse(string problem, int statusCode)
    {
        Problem = problem;
        Response.StatusCode = statusCode;
        return Page();
    }
}
