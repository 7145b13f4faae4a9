using CcHc.Domain.Plans;
using CcHc.Web.Features;
using CcHc.Web.Features.Tracking;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Tasks;

/// <summary>
/// One task of a plan (<see cref="TaskDetailsQuery"/>): its item, deadline and status, the progress log and the
/// evidence. The lead posts the status with a dated note and evidence files (<see cref="RecordTaskProgress"/>); a
/// supporting position adds notes (<see cref="AddTaskNote"/>); the lead withdraws a wrong upload
/// (<see cref="WithdrawEvidence"/>); everyone else in scope reads. The status form carries
/// the task's concurrency token: after a conflict the form gets the current one, so saving again is a deliberate choice.
/// </summary>
[RequestSizeLimit(EvidenceUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceUploads.MaxRequestBytes)]
[UploadSizeGuard(MaxRequestBytes = EvidenceUploads.MaxRequestBytes)]
public sealed class DetailsModel(TaskDetailsQuery query, RecordTaskProgress recordProgress, AddTaskNote addNote, WithdrawEvidence withdrawEvidence) : PageModel
{
    public TaskDetails Details { get; private set; } = default!;

    public ConcurrencyConflict? Conflict { get; private set; }

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    [BindProperty]
    public TaskProgress Progress { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public Guid EvidenceId { get; set; }

    [BindProperty]
    public string? WithdrawReason { get; set; }

    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var result = await query.LoadAsync(User, taskId, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Details = result.Value!;
            if (TooLarge)
            {
                ModelState.AddModelError(EvidenceUploads.Field, EvidenceUploads.TooLargeMessage);
            }

            ConcurrencyToken = Details.ConcurrencyToken;
            Progress = Details.Task.Progress;
            Date = Details.Today;
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    /// <summary>The lead's update: status, dated note, evidence files.</summary>
    public async Task<IActionResult> OnPostUpdateAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var result = await recordProgress.RunAsync(User, new TaskProgressInput(taskId, ConcurrencyToken, Progress, Date, Text, Files), cancellationToken);
        return await AnswerAsync(taskId, result, cancellationToken);
    }

    /// <summary>A supporting position's note (the lead may add one too; the status stays as it is).</summary>
    public async Task<IActionResult> OnPostNoteAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var result = await addNote.RunAsync(User, new TaskNoteInput(taskId, Date, Text), cancellationToken);
        return await AnswerAsync(taskId, result, cancellationToken);
    }

    /// <summary>The lead withdraws a wrong evidence upload, with the reason; the file stays, marked.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var result = await withdrawEvidence.RunAsync(User, new EvidenceWithdrawalInput(taskId, EvidenceId, WithdrawReason), cancellationToken);
        return await AnswerAsync(taskId, result, cancellationToken);
    }

    /// <summary>Done: back to the task with the message. Refused: the page again with the user's input kept.</summary>
    private Task<IActionResult> AnswerAsync(Guid taskId, CommandResult result, CancellationToken cancellationToken) =>
        this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(new { taskId });
        }, async () =>
        {
            var reloaded = await query.LoadAsync(User, taskId, cancellationToken);
            Details = reloaded.Value!;
            if (result.Conflict is not null)
            {
                Conflict = result.Conflict;
                ModelState.Remove(nameof(ConcurrencyToken));
                ConcurrencyToken = Details.ConcurrencyToken;
            }

            return Page();
        });
}
