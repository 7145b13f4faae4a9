using CcHc.Web.Features;
using CcHc.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Units;

/// <summary>
/// A unit's predecessors as the list names them (<see cref="UnitDirectory"/>): the administrator corrects an entry,
/// links it to a CcHc commune before 01/7/2025, marks it reviewed, adds or removes one; and the unit's recorded changes.
/// Administrators only.
/// </summary>
public sealed class PredecessorsModel(UnitDirectory directory) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public Guid EntryId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty(Name = "Partial")]
    public bool IsPartial { get; set; }

    [BindProperty]
    public Guid? PredecessorCommuneId { get; set; }

    [BindProperty]
    public bool Reviewed { get; set; }

    public PredecessorEditor Editor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await directory.SaveAsync(id, EntryId, Input, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await directory.AddAsync(id, Input, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await directory.RemoveAsync(id, EntryId, cancellationToken), cancellationToken);

    private PredecessorInput Input => new(Name, IsPartial, PredecessorCommuneId, Reviewed);

    private Task<IActionResult> AnswerAsync(Guid id, CommandResult result, CancellationToken cancellationToken) =>
        this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage("Predecessors", new { id });
        }, async () => await LoadAsync(id, cancellationToken) ? Page() : NotFound());

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await directory.EditorAsync(id, cancellationToken) is not { } editor)
        {
            return false;
        }

        Editor = editor;
        return true;
    }
}
