using CcHc.Domain.Positions;
using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Communes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Positions;

/// <summary>
/// A commune's titles and organisations (<see cref="PositionCatalogueEditor"/>): the standard titles, the commune's own titles
/// and its organisations with their contact titles; add one (or a suggested organisation), rename, change a contact.
/// The commune's clerk, or an administrator.
/// </summary>
[Authorize(Roles = PositionCatalogueOperations.Roles)]
public sealed class IndexModel(PositionCatalogueEditor catalogue) : PageModel
{
    [BindProperty]
    public NewPositionInput Add { get; set; } = new();

    /// <summary>The row a rename or contact form was posted from.</summary>
    [BindProperty]
    public Guid PositionId { get; set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? SeenName { get; set; }

    [BindProperty]
    public Guid? ContactPositionId { get; set; }

    [BindProperty]
    public Guid? SeenContactPositionId { get; set; }

    [BindProperty]
    public string? Suggestion { get; set; }

    /// <summary>A group's members as its form posts them.</summary>
    [BindProperty]
    public List<Guid> MemberIds { get; set; } = [];

    [TempData]
    public string? Message { get; set; }

    public PositionCatalogueView View { get; private set; } = default!;

    public ConcurrencyConflict? Conflict { get; private set; }

    /// <summary>Which form the errors shown belong to (Add, Rename, Contact), and for a row, which row.</summary>
    public string? PostedForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid communeId, CancellationToken cancellationToken) =>
        await ShowAsync(communeId, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(Guid communeId, CancellationToken cancellationToken) =>
        await AnswerAsync(communeId, PositionCatalogueEditor.AddPrefix,
            await catalogue.AddAsync(User, communeId, Add, ModelState.IsValid, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostSuggestAsync(Guid communeId, CancellationToken cancellationToken) =>
        await AnswerAsync(communeId, PositionCatalogueEditor.AddPrefix,
            await catalogue.AddSuggestedAsync(User, communeId, Suggestion, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRenameAsync(Guid communeId, CancellationToken cancellationToken) =>
        await AnswerAsync(communeId, PositionCatalogueEditor.RenamePrefix,
            await catalogue.RenameAsync(User, communeId, PositionId, NewName, SeenName, ModelState.IsValid, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostContactAsync(Guid communeId, CancellationToken cancellationToken) =>
        await AnswerAsync(communeId, PositionCatalogueEditor.ContactPrefix,
            await catalogue.SetContactAsync(User, communeId, PositionId, ContactPositionId, SeenContactPositionId, ModelState.IsValid, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(Guid communeId, CancellationToken cancellationToken) =>
        await AnswerAsync(communeId, PositionCatalogueEditor.RemovePrefix,
            await catalogue.RemoveAsync(User, communeId, PositionId, SeenName, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostMembersAsync(Guid communeId, CancellationToken cancellationToken) =>
        await AnswerAsync(communeId, PositionCatalogueEditor.MembersPrefix,
            await catalogue.SetMembersAsync(User, communeId, PositionId, MemberIds, cancellationToken), cancellationToken);

    /// <summary>The kinds the add form offers, organisation first.</summary>
    public static IReadOnlyList<(PositionKind Kind, string Label)> Kinds { get; } =
        [(PositionKind.Organisation, "Tổ chức, đơn vị"), (PositionKind.Official, "Chức danh riêng của xã"), (PositionKind.Group, "Nhóm (gồm nhiều chức danh, tổ chức)")];

    private async Task<IActionResult> AnswerAsync(Guid communeId, string form, CommandResult result, CancellationToken cancellationToken)
    {
        PostedForm = form;
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(new { communeId });
        }, async () =>
        {
            Conflict = result.Conflict;
            return await ShowAsync(communeId, cancellationToken);
        });
    }

    private async Task<IActionResult> ShowAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var loaded = await catalogue.LoadAsync(User, communeId, cancellationToken);
        switch (loaded.Status)
        {
            case CommandStatus.NotFound:
                return NotFound();
            case CommandStatus.Forbidden:
                return Forbid();
        }

        View = loaded.Value!;
        return Page();
    }
}
