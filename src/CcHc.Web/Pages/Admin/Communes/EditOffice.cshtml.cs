using CcHc.Web.Features;
using CcHc.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Communes;

/// <summary>Creates (no id) or renames an upper-level Nội vụ office (<see cref="EditOffice"/>). Administrators only.</summary>
public sealed class EditOfficeModel(EditOffice editOffice) : PageModel
{
    [BindProperty]
    public OfficeInput Input { get; set; } = new();

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    public bool IsNew { get; private set; }

    public ConcurrencyConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (await editOffice.LoadAsync(id, cancellationToken) is not { } editor)
        {
            return NotFound();
        }

        Input = editor.Stored ?? Input;
        ConcurrencyToken = editor.ConcurrencyToken;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        var result = await editOffice.SaveAsync(id, Input, ConcurrencyToken, ModelState.IsValid, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Index");
        }, async () =>
        {
            // After a conflict the next save is based on what is now stored, so the administrator reapplies their change deliberately.
            Conflict = result.Conflict;
            if (result.Status == CommandStatus.Stale && await editOffice.LoadAsync(id, cancellationToken) is { } editor)
            {
                ModelState.Remove(nameof(ConcurrencyToken));
                ConcurrencyToken = editor.ConcurrencyToken;
            }

            return Page();
        });
    }
}
