using CcHc.Web.Features;
using CcHc.Web.Features.Criteria;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>
/// Deleting a set (<see cref="DeleteCriteriaSet"/>): the page asks for confirmation and says what uses the set, in
/// which case it cannot be deleted. Administrators, and reviewers for their province's sets (the folder's rule).
/// </summary>
public sealed class DeleteModel(DeleteCriteriaSet deleteCriteriaSet) : PageModel
{
    public CriteriaSetUses Set { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await deleteCriteriaSet.UsesAsync(id, cancellationToken) is not { } uses)
        {
            return NotFound();
        }

        Set = uses;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await deleteCriteriaSet.RunAsync(id, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Index");
        }, async () =>
        {
            if (await deleteCriteriaSet.UsesAsync(id, cancellationToken) is not { } uses)
            {
                return NotFound();
            }

            Set = uses;
            return Page();
        });
    }
}
