using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Printing;
using CcHc.Web.Features.Reports;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;

namespace CcHc.Web.Pages.Reports;

/// <summary>
/// The results report as PDF: the preview's HTML printed by headless Chromium; for an issued report, the frozen bytes.
/// Audited as a download. Without a browser on the server, or for a plan version not issued, the page says so.
/// </summary>
public sealed class PdfModel(ReportQuery query, ReportExports exports, IAuditLog audit) : ReportFilePageModel(query)
{
    protected override async Task<IActionResult> RespondAsync(ReportView view, CancellationToken cancellationToken)
    {
        try
        {
            var file = await exports.PdfAsync(view.Content, cancellationToken);
            await audit.WriteAsync(AuditAction.Download, "ResultsReport", PlanId.ToString(), view.Plan.Plan.CommuneId, file.FileName, cancellationToken);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (PdfUnavailableException ex)
        {
            return Refuse(ex.Message, StatusCodes.Status503ServiceUnavailable);
        }
    }
}
