using CcHc.Infrastructure.Persistence;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>The plan as the document will read (the print template itself): the chairman's review and the print preview.</summary>
[CcHc.Web.Hosting.DocumentView]
public sealed class DocumentModel(CcHcDbContext db, DocumentRenderer renderer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await PlanView.LoadAsync(db, id, track: false, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        var html = await renderer.PlanAsync(PlanDocumentModel.From(view));
        return Content(html, "text/html; charset=utf-8");
    }
}
