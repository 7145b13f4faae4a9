using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Reports;

/// <summary>
/// The report's document, PDF and XLSX pages, opened one way (<see cref="ReportQuery"/> for reading): 404 outside the
/// caller's scope, 403 without a reading role, a plain message with 409 when the version is not issued yet; then the
/// page's own output from the loaded <see cref="ReportView"/>.
/// </summary>
public abstract class ReportFilePageModel(ReportQuery query) : PageModel
{
    public string? Problem { get; protected set; }

    public Guid PlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken)
    {
        var result = await query.LoadAsync(User, planId, ReportOperations.Read, cancellationToken);
        if (result.Value is not { } report)
        {
            return await this.AnswerAsync(result, Page, () => Task.FromResult<IActionResult>(Page()));
        }

        PlanId = planId;
        return report.View is { } view
            ? await RespondAsync(view, cancellationToken)
            : Refuse(ReportView.NotIssuedMessage, StatusCodes.Status409Conflict);
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
