using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Features.Criteria;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>
/// The criteria sets with their size and how many assessments use them, and the way in: the .xlsx template
/// (OnGetTemplate), import, copy to another year, edit, export, delete. Administrators see every set, a province's
/// reviewer the sets of its province (Features/Authorization/CriteriaSetAuthorization).
/// </summary>
public sealed class IndexModel(CriteriaSetList criteriaSetList) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<CriteriaSetRow> Sets { get; private set; } = [];

    /// <summary>The reviewer's province (its sets only); null for an administrator, who sees every set.</summary>
    public string? Province { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        (Sets, Province) = await criteriaSetList.LoadAsync(User, cancellationToken);

    /// <summary>The empty template: the four columns with three example rows and a sheet of instructions.</summary>
    public IActionResult OnGetTemplate() =>
        File(SpreadsheetWorkbooks.CriteriaSetTemplate(), SpreadsheetWorkbooks.ContentType, "mau-bo-tieu-chi.xlsx");
}
