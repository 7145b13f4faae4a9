using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.ProgressReports;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.ProgressReports;

/// <summary>The progress report as the document will read (the print template itself): the preview of what the PDF prints.</summary>
[CcHc.Web.Hosting.DocumentView]
public sealed class DocumentModel(ProgressReportQuery query, ProgressExports exports) : PageModel
{
    public string? Problem { get; private set; }

    public Guid PlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, string period, CancellationToken cancellationToken)
    {
        var result = await query.LoadAsync(User, planId, period, ReportOperations.Read, cancellationToken);
        if (result.Value is not { } report)
        {
            return await this.AnswerAsync(result, Page, () => Task.FromResult<IActionResult>(Page()));
        }

        PlanId = planId;
        if (report.View is not { } view)
        {
            Problem = report.Problem;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return Content(await exports.HtmlAsync(view.Content), "text/html; charset=utf-8");
    }
}
