using CcHc.Domain.Communes;
using CcHc.Web.Features;
using CcHc.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Communes;

/// <summary>Creates a commune (no id) or edits one (<see cref="EditCommune"/>). Administrators only.</summary>
public sealed class EditModel(EditCommune editCommune) : PageModel
{
    [BindProperty]
    public CommuneInput Input { get; set; } = new();

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    public bool IsNew { get; private set; }

    public IReadOnlyList<OversightOffice> Offices { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await ShowAsync(id, cancellationToken) is not { } editor)
        {
            return NotFound();
        }

        Input = editor.Stored ?? Input;
        ConcurrencyToken = editor.ConcurrencyToken;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var result = await editCommune.SaveAsync(id, Input, ConcurrencyToken, ModelState.IsValid, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Index");
        }, async () =>
        {
            if (await ShowAsync(id, cancellationToken) is not { } editor)
            {
                return NotFound();
            }

            // After a conflict the next save is based on what is now stored, so the administrator reapplies their change deliberately.
            Conflict = result.Conflict;
            if (result.Status == CommandStatus.Stale)
            {
                ModelState.Remove(nameof(ConcurrencyToken));
                ConcurrencyToken = editor.ConcurrencyToken;
            }

            return Page();
        });
    }

    private async Task<CommuneEditor?> ShowAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        var editor = await editCommune.LoadAsync(id, cancellationToken);
        Offices = editor?.Offices ?? [];
        return editor;
    }
}
