using CcHc.Domain.Plans;
using CcHc.Web.Features;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>One remediation item (<see cref="EditPlanItem"/>): clerk only, draft only; a stale save shows what the other person saved.</summary>
public sealed class EditItemModel(EditPlanItem command) : PageModel
{
    [BindProperty]
    public PlanItemInput Input { get; set; } = new();

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    public PlanView View { get; private set; } = default!;

    public RemediationItem? Item { get; private set; }

    /// <summary>The index catalogues of the plan's indices, whose components an item may link.</summary>
    public IReadOnlyList<CcHc.Domain.Criteria.CriteriaSet> Catalogues { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, Guid? itemId, CancellationToken cancellationToken)
    {
        var form = await command.FormAsync(User, planId, itemId, cancellationToken);
        return await this.AnswerAsync(form, () =>
        {
            Show(form.Value!, refreshToken: true);
            Input = (Item is null ? new PlanItemInput() : PlanItemInput.From(Item)).Padded();
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, Guid? itemId, CancellationToken cancellationToken)
    {
        var result = await command.SaveAsync(User, planId, itemId, ModelState.IsValid ? Input : null, ConcurrencyToken, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Details", null, new { id = planId }, result.Value is { } saved ? $"item-{saved}" : null);
        }, () => RedisplayAsync(planId, itemId, result, cancellationToken));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid planId, Guid itemId, CancellationToken cancellationToken)
    {
        var result = await command.DeleteAsync(User, planId, itemId, ConcurrencyToken, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Details", new { id = planId });
        }, () => RedisplayAsync(planId, itemId, result, cancellationToken));
    }

    /// <summary>The deadline preview: how a typed wording will print and when it falls due.</summary>
    public async Task<IActionResult> OnGetPreviewDeadlineAsync(Guid planId, string? text, CancellationToken cancellationToken)
    {
        var result = await command.PreviewDeadlineAsync(User, planId, text, cancellationToken);
        return await this.AnswerAsync(result, () => result.Value is { } deadline
            ? new JsonResult(new { ok = true, wording = deadline.Wording, due = Formatting.Date(deadline.DueDate) })
            : new JsonResult(new { ok = false, message = "Chưa hiểu thời hạn này. Ví dụ: \"Quý II năm 2024\", \"Trước ngày 15/12/2024\", \"Cả năm\"." }),
            () => Task.FromResult<IActionResult>(BadRequest()));
    }

    /// <summary>The user's input again, beside the errors; after a stale save the next one is based on what is now stored.</summary>
    private async Task<IActionResult> RedisplayAsync(Guid planId, Guid? itemId, CommandResult result, CancellationToken cancellationToken)
    {
        var form = await command.FormAsync(User, planId, itemId, cancellationToken);
        if (form.Value is null)
        {
            // The item itself is gone (deleted meanwhile): the form shows the input as a new item's.
            form = await command.FormAsync(User, planId, null, cancellationToken);
        }

        Show(form.Value!, refreshToken: result.Status == CommandStatus.Stale);
        Conflict = result.Conflict;
        Input.Padded();
        return Page();
    }

    /// <summary>The commune's accounts the item may name (id → name).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> People { get; private set; } = [];

    private void Show(PlanItemForm form, bool refreshToken)
    {
        (View, Item, Catalogues, People) = (form.View, form.Item, form.Catalogues, form.People);
        if (refreshToken)
        {
            ConcurrencyToken = form.ConcurrencyToken;
            ModelState.Remove(nameof(ConcurrencyToken));
        }
    }
}
