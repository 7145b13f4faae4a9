using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Office;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>
/// A plan version (<see cref="PlanDetailsQuery"/>) and its workflow: each step is one command (<see cref="TakePlanStep"/>,
/// <see cref="StartNextVersion"/>, <see cref="AddPlanComment"/>, <see cref="AddItemComment"/>) that decides who may take
/// it; "Trình", "Phê duyệt" and "Ban hành" first ask for confirmation (<see cref="OnPostConfirmAsync"/>); a plan of another
/// commune is 404 (the tenant filter does not find it).
/// </summary>
public sealed class DetailsModel(PlanDetailsQuery query, OversightNotices notices, TimeProvider clock) : PageModel
{
    /// <summary>The office's requests to revise a version of this plan (open ones first to read), and the reviewer's reason.</summary>
    public IReadOnlyList<RevisionRequest> RevisionRequests { get; private set; } = [];

    [BindProperty]
    public string? RevisionReason { get; set; }

    /// <summary>Whether the caller may ask to revise this version: an issued version, a reviewer of the overseeing office.</summary>
    public bool MayRequestRevision =>
        View.Plan.Status == PlanStatus.Issued && RequestPlanRevision.MayRequest(User, View.Commune.OversightOfficeId)
        && !RevisionRequests.Any(r => r.IsOpen && r.PlanId == View.Plan.Id);

    public PlanDetails Details { get; private set; } = default!;

    public PlanView View => Details.View;

    public ConcurrencyConflict? Conflict { get; private set; }

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? NewComment { get; set; }

    /// <summary>A comment on one item (<see cref="ItemId"/>), by the chairman or the reviewer.</summary>
    [BindProperty]
    public string? ItemComment { get; set; }

    [BindProperty]
    public Guid? ItemId { get; set; }

    /// <summary>The step the user asked to take and is asked to confirm ("Trình", "Phê duyệt", "Ban hành").</summary>
    [BindProperty]
    public PlanAction? ConfirmAction { get; set; }

    /// <summary>The step waiting for the user's confirmation on this render; null: none.</summary>
    public PlanAction? Confirming { get; private set; }

    [BindProperty]
    public string? DocumentNumber { get; set; }

    [BindProperty]
    public DateOnly? IssueDate { get; set; }

    /// <summary>The chairman's tick: "I have seen the source's discrepancies".</summary>
    [BindProperty]
    public bool AcknowledgeDiscrepancies { get; set; }

    /// <summary>The source's own discrepancies, listed beside the submit and approve buttons.</summary>
    public IReadOnlyList<string> Discrepancies => SourceDiscrepancies.Of(View.Plan, View.Evaluation);

    /// <summary>The appendix citing another number or date than the document's (seed 001), shown at every state.</summary>
    public string? CitationMismatch => SourceDiscrepancies.CitationMismatch(View.Plan);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, [FromServices] TakePlanStep step, CancellationToken ct) => StepAsync(id, PlanAction.Submit, step, ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, [FromServices] TakePlanStep step, CancellationToken ct) => StepAsync(id, PlanAction.Return, step, ct);

    public Task<IActionResult> OnPostResumeAsync(Guid id, [FromServices] TakePlanStep step, CancellationToken ct) => StepAsync(id, PlanAction.ResumeDrafting, step, ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, [FromServices] TakePlanStep step, CancellationToken ct) => StepAsync(id, PlanAction.Approve, step, ct);

    public Task<IActionResult> OnPostIssueAsync(Guid id, [FromServices] TakePlanStep step, CancellationToken ct) => StepAsync(id, PlanAction.Issue, step, ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, [FromServices] TakePlanStep step, CancellationToken ct) => StepAsync(id, PlanAction.Withdraw, step, ct);

    /// <summary>
    /// The confirmation step of "Trình", "Phê duyệt" and "Ban hành", without JavaScript: the page comes back with the
    /// question and a form that posts the step itself with what was typed. Nothing changes here; the step's own handler
    /// decides everything again (a form posted straight to it is taken as before).
    /// </summary>
    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (Details is null)
        {
            return result;
        }

        if (ConfirmAction is not { } action || !PlanWorkflow.NeedsConfirmation(action)
            || !PlanOperations.Allows(User, Details.Resource with { Status = PlanWorkflow.Moves.First(m => m.Action == action).From }, PlanOperations.Step(action)))
        {
            return Forbid();
        }

        if (!PlanWorkflow.CanPerform(View.Plan.Status, action))
        {
            ModelState.AddModelError(string.Empty,
                $"Không thể {PlanWorkflow.ActionLabel(action)} khi kế hoạch đang ở trạng thái \"{PlanWorkflow.StatusLabel(View.Plan.Status)}\".");
        }
        else if (action == PlanAction.Issue && string.IsNullOrWhiteSpace(DocumentNumber))
        {
            ModelState.AddModelError(PlanStep.DocumentNumberKey, "Nhập số văn bản, ví dụ 27.");
        }
        else
        {
            Confirming = action;
        }

        return result;
    }

    /// <summary>
    /// A comment on one item. The command answers with the item's drafter (<see cref="ItemCommentPosted.DrafterId"/>):
    /// the account "a comment on an item you drafted" is for.
    /// </summary>
    public async Task<IActionResult> OnPostItemCommentAsync(Guid id, [FromServices] AddItemComment command, CancellationToken ct)
    {
        var result = await command.RunAsync(User, id, ItemId ?? Guid.Empty, ItemComment, ct);
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(null, null, new { id }, "item-" + result.Value!.ItemId);
        }, () => LoadAsync(id, ct));
    }

    public async Task<IActionResult> OnPostNewVersionAsync(Guid id, [FromServices] StartNextVersion command, CancellationToken ct)
    {
        var result = await command.RunAsync(User, id, ct);
        return await this.AnswerAsync(result, () => Redirect(result.Value, result.Message), () => LoadAsync(id, ct));
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, [FromServices] AddPlanComment command, CancellationToken ct)
    {
        var result = await command.RunAsync(User, id, NewComment, ct);
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(null, null, new { id }, "comments");
        }, () => LoadAsync(id, ct));
    }

    public async Task<IActionResult> OnPostRevisionAsync(Guid id, [FromServices] RequestPlanRevision command, CancellationToken ct)
    {
        var result = await command.RunAsync(User, id, RevisionReason, ct);
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(null, null, new { id }, "revision-requests");
        }, () => LoadAsync(id, ct));
    }

    private async Task<IActionResult> StepAsync(Guid id, PlanAction action, TakePlanStep command, CancellationToken ct)
    {
        var result = await command.RunAsync(User, id, new PlanStep(action, ConcurrencyToken, Comment, DocumentNumber, IssueDate, AcknowledgeDiscrepancies), ct);
        Conflict = result.Conflict;
        return await this.AnswerAsync(result, () => Redirect(id, result.Message), () => LoadAsync(id, ct));
    }

    private RedirectToPageResult Redirect(Guid id, string? message)
    {
        Message = message;
        return RedirectToPage(new { id });
    }

    /// <summary>Loads the page once; the form's token is the one just read, so a step retried after a refusal is current.</summary>
    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(id, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        RevisionRequests = await notices.OfLineageAsync(details.View.Plan.LineageId, cancellationToken);
        ConcurrencyToken = details.View.ConcurrencyToken;
        ModelState.Remove(nameof(ConcurrencyToken));
        IssueDate ??= VietnamTime.Today(clock);
        return Page();
    }
}
