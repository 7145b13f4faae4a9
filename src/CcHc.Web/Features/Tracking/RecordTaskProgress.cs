using System.Security.Claims;
using System.Security.Cryptography;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Tracking;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Tracking;

/// <summary>The lead's update as posted: the status, the day and the note, the evidence files, and the token the form was read with.</summary>
public sealed record TaskProgressInput(Guid TaskId, Guid ConcurrencyToken, TaskProgress Progress, DateOnly? Date, string? Text, IReadOnlyList<IFormFile?> Files);

/// <summary>
/// The lead records progress on a task of the tracked plan: the status, a dated note and up to five evidence files in
/// one unit of work. Every file is checked first (one refused file refuses the post); the files' bytes go through
/// <see cref="EvidenceStore"/> into the same save as their rows, so nothing is saved by halves. A post
/// based on a stale view of the task is <see cref="CommandStatus.Stale"/> with who changed the status meanwhile.
/// </summary>
public sealed class RecordTaskProgress(
    CcHcDbContext db, TaskDetailsQuery tasks, EvidenceStore store, Notifications.Notifier notifier, TimeProvider clock)
{
    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, TaskProgressInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (refusal, task, versions) = await tasks.LoadForChangeAsync(user, input.TaskId, TaskOperations.RecordProgress, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (files, errors) = await EvidenceUploads.ReadAsync(input.Files, cancellationToken);
        errors.AddRange(TaskNoteForm.Check(input.Date));
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        try
        {
            TrackedPlan.Ensure(task.Plan, versions);
            db.Entry(task.Task).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = input.ConcurrencyToken;
            var now = clock.GetUtcNow();
            var actor = user.AsActor();
            var note = TaskNote.ByLead(task.Plan, task.Task.Id, actor, input.Date!.Value, task.Today, input.Progress, input.Text, now);
            db.TaskNotes.Add(note);
            foreach (var (inspection, content) in files)
            {
                var evidence = new EvidenceFile(task.Plan.Id, task.Task.Id, note.Id, inspection.FileName, inspection.Type!.Value, content.Length,
                    Convert.ToHexStringLower(SHA256.HashData(content)), actor, now);
                db.EvidenceFiles.Add(evidence);
                store.Add(task.Plan.Id, evidence.StorageKey, content);
            }

            await notifier.TaskNoteAsync(task, input.Text, actor, cancellationToken); // saved with the progress
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(files.Count == 0
                ? $"Đã cập nhật: {TaskSchedule.Label(input.Progress)}."
                : $"Đã cập nhật: {TaskSchedule.Label(input.Progress)}, kèm {files.Count} tệp minh chứng.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex, TaskNoteForm.KeyOf);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Stale(await DescribeConflictAsync(input, cancellationToken));
        }
    }

    /// <summary>Who set the status last and when, and the status now stored against the one the user chose.</summary>
    private async Task<ConcurrencyConflict> DescribeConflictAsync(TaskProgressInput input, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var last = await db.TaskNotes.AsNoTracking()
            .Where(n => n.TaskId == input.TaskId && n.Progress != null)
            .OrderByDescending(n => n.At)
            .FirstOrDefaultAsync(cancellationToken);
        var current = await db.PlanTasks.AsNoTracking().Where(t => t.Id == input.TaskId).Select(t => t.Progress).SingleAsync(cancellationToken);
        return new ConcurrencyConflict(last?.AuthorName, last?.At, [("Trạng thái", TaskSchedule.Label(current), TaskSchedule.Label(input.Progress))]);
    }
}
