using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>A workflow step as the plan page posts it: the action, the concurrency token the user saw, and its fields.</summary>
/// <para>
/// Approving carries whether the chairman ticked that they saw the source's discrepancies; which discrepancies there
/// are is read again by the step from the assessment (<see cref="SourceDiscrepancies"/>), never taken from the form.
/// </para>
public sealed record PlanStep(
    PlanAction Action,
    Guid ConcurrencyToken,
    string? Comment = null,
    string? DocumentNumber = null,
    DateOnly? IssueDate = null,
    bool SourceDiscrepanciesAcknowledged = false)
{
    /// <summary>The form's input names, the keys of the step's field errors.</summary>
    public const string CommentKey = "Comment";
    public const string DocumentNumberKey = "DocumentNumber";
    public const string IssueDateKey = "IssueDate";
    public const string AcknowledgeKey = "AcknowledgeDiscrepancies";

    public const int MaxComment = 4000;
    public const int MaxDocumentNumber = 20;
}

/// <summary>
/// Takes one step of a plan's workflow (submit, return, resume drafting, withdraw, approve, issue); submitting also
/// writes what the plan holds (<see cref="PlanSubmission"/>, the base of "changes since the last submission"). It loads only what the step
/// needs: the plan's row (tracked, without its items or history) with the office of its commune for the authorization
/// rule — one query (with the items and their tasks when submitting, because only a complete plan is submitted, and then
/// the evaluation: one more, <see cref="PlanView.EvaluationAsync"/>; approving reads the evaluation too, for the source's
/// discrepancies the chairman must have acknowledged). The domain takes the step; one save writes the
/// plan, its transition and one audit row for both (a submission also its PlanSubmission). At most five SQL commands
/// (six to submit), whatever the plan's size.
/// Issuing then seals the version: in the same transaction as the step's save, its snapshot is taken
/// (<see cref="IssuedSnapshots"/>: issued and frozen together or not at all); after the commit its PDF and XLSX are
/// frozen (<see cref="FreezeIssuedPlan"/>). Both are fixed costs, counted apart from the step.
/// </summary>
public sealed class TakePlanStep(CcHcDbContext db, PlanAccess access, FreezeIssuedPlan freeze, Notifications.Notifier notifier, TimeProvider clock)
{
    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, Guid planId, PlanStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        // Submitting reads the items with their tasks too, in the same query: only a complete plan is submitted.
        var plans = step.Action == PlanAction.Submit ? db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSingleQuery() : db.Plans;
        var found = await plans
            .Where(p => p.Id == planId)
            .Select(p => new { Plan = p, OfficeId = db.Communes.Where(c => c.Id == p.CommuneId).Select(c => c.OversightOfficeId).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return CommandResult.NotFound();
        }

        // The caller's right to this kind of step (role × own commune); whether the plan's state allows it is the
        // domain's answer below, shown with its message.
        var plan = found.Plan;
        if (!await access.AllowsKindAsync(user, new CommuneScope(plan.CommuneId, found.OfficeId), PlanOperations.Step(step.Action)))
        {
            return CommandResult.Forbidden();
        }

        if (Validate(step).ToList() is { Count: > 0 } errors)
        {
            return CommandResult.Invalid(errors);
        }

        try
        {
            db.Entry(plan).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = step.ConcurrencyToken;
            var at = clock.GetUtcNow();
            await ApplyAsync(plan, step, user.AsActor(), at, cancellationToken);
            await notifier.PlanStepAsync(plan, step.Action, user.AsActor(), cancellationToken); // saved with the step
            if (step.Action == PlanAction.Issue)
            {
                await SaveWithSnapshotAsync(plan, at, cancellationToken);
            }
            else
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (PlanIncompleteException ex)
        {
            return CommandResult.Invalid(FieldError.ForForm("Kế hoạch chưa đầy đủ, chưa thể trình. Còn thiếu: " + string.Join(" ", ex.Completeness.Missing)));
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex, field => field == nameof(SourceReview.Acknowledged) ? PlanStep.AcknowledgeKey : string.Empty);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, planId, [], cancellationToken));
        }

        var note = step.Action == PlanAction.Submit ? plan.Transitions.LastOrDefault(t => t.Action == PlanAction.Submit)?.Comment : null;
        if (step.Action == PlanAction.Issue)
        {
            db.ChangeTracker.Clear();
            await freeze.RunAsync(planId, cancellationToken);
        }

        return CommandResult.Done(DoneMessage(step.Action, note));
    }

    /// <summary>
    /// The issuing step's save and the version's snapshot in one transaction (<see cref="UnitOfWork"/>): the snapshot is
    /// read after the step is saved, so it holds exactly what was issued, and the triggers that seal an issued version
    /// see both or neither.
    /// </summary>
    private Task<bool> SaveWithSnapshotAsync(RemediationPlan plan, DateTimeOffset at, CancellationToken cancellationToken) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await IssuedSnapshots.TakeAsync(db, plan, at, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);

    private async Task ApplyAsync(RemediationPlan plan, PlanStep step, Actor actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        switch (step.Action)
        {
            case PlanAction.Submit:
                var (_, evaluation) = await PlanView.EvaluationOfAsync(db, plan, cancellationToken);
                db.PlanSubmissions.Add(plan.Submit(actor, at, evaluation, await PlanView.FurtherEvaluationsAsync(db, plan, cancellationToken)));
                break;
            case PlanAction.Withdraw:
                plan.Withdraw(actor, at, step.Comment);
                break;
            case PlanAction.Return:
                plan.Return(actor, at, step.Comment ?? string.Empty);
                break;
            case PlanAction.ResumeDrafting:
                plan.ResumeDrafting(actor, at);
                break;
            case PlanAction.Approve:
                var (_, reviewed) = await PlanView.EvaluationOfAsync(db, plan, cancellationToken);
                plan.Approve(actor, at, new SourceReview(SourceDiscrepancies.Of(reviewed).Count, step.SourceDiscrepanciesAcknowledged));
                break;
            case PlanAction.Issue:
                plan.Issue(actor, at, step.DocumentNumber ?? string.Empty, step.IssueDate ?? default);

                // Issuing a later version answers the office's open requests to revise an earlier one (a first
                // version has none to answer: no query).
                if (plan.VersionNumber > 1)
                {
                    await Office.RequestPlanRevision.AnswerAsync(db, plan, actor, at, cancellationToken);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Action, "Not a step of this command.");
        }
    }

    private static IEnumerable<FieldError> Validate(PlanStep step)
    {
        if (step.Action == PlanAction.Return)
        {
            if (string.IsNullOrWhiteSpace(step.Comment))
            {
                yield return new FieldError(PlanStep.CommentKey, "Ghi ý kiến để công chức biết cần sửa gì.");
            }
            else if (step.Comment.Length > PlanStep.MaxComment)
            {
                yield return new FieldError(PlanStep.CommentKey, $"Ý kiến tối đa {PlanStep.MaxComment} ký tự.");
            }
        }

        if (step.Action == PlanAction.Withdraw && step.Comment is { Length: > PlanStep.MaxComment })
        {
            yield return new FieldError(PlanStep.CommentKey, $"Lý do tối đa {PlanStep.MaxComment} ký tự.");
        }

        if (step.Action == PlanAction.Issue)
        {
            if (string.IsNullOrWhiteSpace(step.DocumentNumber))
            {
                yield return new FieldError(PlanStep.DocumentNumberKey, "Nhập số văn bản, ví dụ 27.");
            }
            else if (step.DocumentNumber.Length > PlanStep.MaxDocumentNumber)
            {
                yield return new FieldError(PlanStep.DocumentNumberKey, $"Số văn bản tối đa {PlanStep.MaxDocumentNumber} ký tự.");
            }

            if (step.IssueDate is null)
            {
                yield return new FieldError(PlanStep.IssueDateKey, "Nhập ngày ban hành.");
            }
        }
    }

    private static string DoneMessage(PlanAction action, string? note) => action switch
    {
        PlanAction.Submit when note is not null => "Đã trình kế hoạch cho Chủ tịch. " + note.Split(':')[0] + "; danh sách đã ghi vào lịch sử, Chủ tịch sẽ xác nhận trước khi phê duyệt.",
        PlanAction.Submit => "Đã trình kế hoạch cho Chủ tịch.",
        PlanAction.Return => "Đã trả lại kế hoạch kèm ý kiến.",
        PlanAction.ResumeDrafting => "Kế hoạch trở lại trạng thái dự thảo.",
        PlanAction.Withdraw => "Đã rút lại kế hoạch; kế hoạch trở lại trạng thái dự thảo.",
        PlanAction.Approve => "Đã phê duyệt kế hoạch.",
        PlanAction.Issue => "Đã ban hành kế hoạch. Bản PDF và Excel của phiên bản này đã được lưu cố định.",
        _ => string.Empty,
    };
}
