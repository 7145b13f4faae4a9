using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Tracking;

/// <summary>A withdrawal as posted: the task, the file and why.</summary>
public sealed record EvidenceWithdrawalInput(Guid TaskId, Guid EvidenceId, string? Reason);

/// <summary>
/// The lead withdraws a wrong evidence upload of a task of the tracked plan. Evidence rows are append-only (database
/// triggers refuse changing or deleting them): the withdrawal is a new <see cref="EvidenceWithdrawal"/> record with who,
/// when and why; the file and its bytes stay for the audit, are listed as withdrawn and no longer count as evidence (the
/// results report leaves them out). Another commune's task is not found; anyone but the lead is refused.
/// </summary>
public sealed class WithdrawEvidence(CcHcDbContext db, TaskDetailsQuery tasks, TimeProvider clock)
{
    /// <summary>The form's input name for the reason, the key of its errors.</summary>
    public const string ReasonKey = "WithdrawReason";

    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, EvidenceWithdrawalInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (refusal, task, versions) = await tasks.LoadForChangeAsync(user, input.TaskId, TaskOperations.WithdrawEvidence, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (task.Evidence.FirstOrDefault(f => f.Id == input.EvidenceId) is not { } file)
        {
            return CommandResult.NotFound();
        }

        if (task.Withdrawals.ContainsKey(file.Id))
        {
            return AlreadyWithdrawn(file);
        }

        try
        {
            TrackedPlan.Ensure(task.Plan, versions);
            db.EvidenceWithdrawals.Add(new EvidenceWithdrawal(file, user.AsActor(), input.Reason, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done($"Đã rút tệp \"{file.FileName}\" khỏi tài liệu kiểm chứng; tệp vẫn được lưu để đối chiếu.");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => field == nameof(EvidenceWithdrawal.Reason) ? ReasonKey : string.Empty);
        }
        catch (DbUpdateException)
        {
            // Two withdrawals of the same file at once: the unique index keeps one.
            db.ChangeTracker.Clear();
            if (!await db.EvidenceWithdrawals.AnyAsync(w => w.EvidenceFileId == file.Id, cancellationToken))
            {
                throw;
            }

            return AlreadyWithdrawn(file);
        }
    }

    private static CommandResult AlreadyWithdrawn(EvidenceFile file) =>
        CommandResult.Invalid(FieldError.ForForm($"Tệp \"{file.FileName}\" đã được rút trước đó."));
}
