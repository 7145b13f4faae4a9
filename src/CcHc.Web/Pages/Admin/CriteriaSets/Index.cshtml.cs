using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Features.Criteria;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>
/// The criteria sets with their size and how many assessments use them, and the way in: the .xlsx template
/// (OnGetTemplate), import, copy to another year, edit, export. Administrators only.
/// </summary>
public sealed class IndexModel(CriteriaSetList criteriaSetList) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<CriteriaSetRow> Sets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sets = await criteriaSetList.LoadAsync(cancellationToken);

    /// <summary>The empty template: the four columns with three example rows and a sheet of instructions.</summary>
    public IActionResult OnGetTemplate() =>
        File(SpreadsheetWorkbooks.CriteriaSetTemplate(), SpreadsheetWorkbooks.ContentType, "mau-bo-tieu-chi.xlsx");
}
