using CcHc.Web.Features.Criteria;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>A set as .xlsx in the import format (<see cref="ExportCriteriaSet"/>). Administrators, and the reviewer of the set's province (Features/Authorization/CriteriaSetAuthorization).</summary>
public sealed class ExportModel(ExportCriteriaSet exportCriteriaSet) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await exportCriteriaSet.RunAsync(id, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
}
