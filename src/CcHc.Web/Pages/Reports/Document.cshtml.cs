using CcHc.Web.Features.Reports;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;

namespace CcHc.Web.Pages.Reports;

/// <summary>The report as the document will read (the print template itself): the preview of what the PDF prints.</summary>
[CcHc.Web.Hosting.DocumentView]
public sealed class DocumentModel(ReportQuery query, ReportExports exports) : ReportFilePageModel(query)
{
    protected override async Task<IActionResult> RespondAsync(ReportView view, CancellationToken cancellationToken) =>
        Content(await exports.HtmlAsync(view.Content), "text/html; charset=utf-8");
}
