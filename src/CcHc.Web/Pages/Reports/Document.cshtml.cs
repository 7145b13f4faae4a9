using CcHc.Infrastructure.Persistence;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;

namespace CcHc.Web.Pages.Reports;

/// <summary>The report as the document will read (the print template itself): the preview of what the PDF prints.</summary>
public sealed class DocumentModel(CcHcDbContext db, TimeProvider clock, ReportExports exports) : ReportFilePageModel(db, clock)
{
    protected override async Task<IActionResult> RespondAsync(ReportView view, CancellationToken cancellationToken) =>
        Content(await exports.HtmlAsync(view.Content), "text/html; charset=utf-8");
}
