using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Printing;
using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.ProgressReports;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.ProgressReports;

/// <summary>
/// A progress report as a file: "pdf" (the <see cref="DocumentModel"/> preview printed by headless Chromium), "xlsx"
/// or "docx"; an issued report's files are the frozen bytes. Downloads are audited. 404 outside the caller's scope
/// (and for a draft outside the commune), 409 with a message for a plan version not issued.
/// </summary>
public sealed class FileModel(ProgressReportQuery query, ProgressExports exports, IAuditLog audit) : PageModel
{
    public string? Problem { get; private set; }

    public Guid PlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, string period, string format, CancellationToken cancellationToken)
    {
        if (format is not ("pdf" or "xlsx" or "docx"))
        {
            return NotFound();
        }

        var result = await query.LoadAsync(User, planId, period, ReportOperations.Read, cancellationToken);
        if (result.Value is not { } report)
        {
            return await this.AnswerAsync(result, Page, () => Task.FromResult<IActionResult>(Page()));
        }

        PlanId = planId;
        if (report.View is not { } view)
        {
            return Refuse(report.Problem ?? ProgressReportView.NotIssuedMessage, StatusCodes.Status409Conflict);
        }

        try
        {
            var file = format switch
            {
                "pdf" => await exports.PdfAsync(view.Content, cancellationToken),
                "xlsx" => await exports.XlsxAsync(view.Content, cancellationToken),
                _ => await exports.DocxAsync(view.Content, cancellationToken),
            };
            await audit.WriteAsync(AuditAction.Download, "ProgressReport", view.Report.Id.ToString(), view.Plan.Plan.CommuneId, file.FileName, cancellationToken);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (PdfUnavailableException ex)
        {
            return Refuse(ex.Message, StatusCodes.Status503ServiceUnavailable);
        }
    }

    private PageResult Refuse(string problem, int statusCode)
    {
        Problem = problem;
        Response.StatusCode = statusCode;
        return Page();
    }
}
