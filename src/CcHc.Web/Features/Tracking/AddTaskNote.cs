using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Security;

namespace CcHc.Web.Features.Tracking;

/// <summary>A note as posted: the task, the day the work was done and what was done.</summary>
public sealed record TaskNoteInput(Guid TaskId, DateOnly? Date, string? Text);

/// <summary>
/// A supporting position's note on a task of the tracked plan (the lead may add one too: its entry keeps the status as
/// it is). Staff of another position are refused; another commune's task is not found.
/// </summary>
public sealed class AddTaskNote(CcHcDbContext db, TaskDetailsQuery tasks, Notifications.Notifier notifier, TimeProvider clock)
{
    public const string DoneMessage = "Đã ghi nhận nội dung phối hợp.";

    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, TaskNoteInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (refusal, task, versions) = await tasks.LoadForChangeAsync(user, input.TaskId, TaskOperations.AddNote, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = TaskNoteForm.Check(input.Date).ToList();
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        try
        {
            TrackedPlan.Ensure(task.Plan, versions);
            var now = clock.GetUtcNow();
            var note = task.MyRole == TaskRole.Lead
                ? TaskNote.ByLead(task.Plan, task.Task.Id, user.AsActor(), input.Date!.Value, task.Today, task.Task.Progress, input.Text, now)
                : TaskNote.BySupport(task.Plan, task.Task.Id, user.AsActor(), input.Date!.Value, task.Today, input.Text, now);
            db.TaskNotes.Add(note);
            await notifier.TaskNoteAsync(task, input.Text, user.AsActor(), cancellationToken); // saved with the note
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(DoneMessage);
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex, TaskNoteForm.KeyOf);
        }
    }
}
