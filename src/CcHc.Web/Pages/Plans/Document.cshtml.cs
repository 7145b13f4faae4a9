using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>The plan as the document will read (the print template itself): the chairman's review and the print preview.</summary>
[CcHc.Web.Hosting.DocumentView]
public sealed class DocumentModel(PlanDownloads downloads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await downloads.DocumentHtmlAsync(id, cancellationToken) is { } html ? Content(html, "text/html; charset=utf-8") : NotFound();
}
