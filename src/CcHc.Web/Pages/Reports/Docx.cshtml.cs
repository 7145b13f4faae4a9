using CcHc.Infrastructure.Auditing;
using CcHc.Web.Features.Reports;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;

namespace CcHc.Web.Pages.Reports;

/// <summary>The results report as a Word document (.docx), same content as the PDF; frozen bytes once issued. Audited as a download.</summary>
public sealed class DocxModel(ReportQuery query, ReportExports exports, IAuditLog audit) : ReportFilePageModel(query)
{
    protected override async Task<IActionResult> RespondAsync(ReportView view, CancellationToken cancellationToken)
    {
        var file = await exports.DocxAsync(view.Content, cancellationToken);
        await audit.WriteAsync(AuditAction.Download, "ResultsReport", PlanId.ToString(), view.Plan.Plan.CommuneId, file.FileName, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
