using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Tracking;

/// <summary>
/// One task as its page shows it: the plan version and item it belongs to, its deadline state on Vietnam's today, the
/// progress log (newest first), the evidence, whether its plan version is the tracked one and the caller's part in it.
/// </summary>
public sealed record TaskDetails(
    RemediationPlan Plan,
    RemediationItem Item,
    PlanTask Task,
    string CommuneName,
    TaskResource Resource,
    IReadOnlyDictionary<Guid, string> PositionTitles,
    IReadOnlyList<TaskNote> Notes,
    IReadOnlyList<EvidenceFile> Evidence,
    IReadOnlyDictionary<Guid, EvidenceWithdrawal> Withdrawals,
    DateOnly Today,
    bool IsTracked,
    TaskResponsibility? Responsibility,
    Guid ConcurrencyToken)
{
    /// <summary>The caller's part: lead, support or none.</summary>
    public TaskRole? MyRole => Responsibility?.Role;

    /// <summary>The organisations the caller acts for in this task (as their contact), by name; empty when none.</summary>
    public IReadOnlyList<string> ForOrganisations => Responsibility?.ForOrganisationIds.Select(id => PositionTitle(id)).ToList() ?? [];

    public DueState State => TaskSchedule.Classify(Item, Task, Today);

    public string PositionTitle(Guid? id) => id is { } key && PositionTitles.TryGetValue(key, out var title) ? title : Formatting.Unknown;
}

/// <summary>
/// Loads a task the caller may read: another commune's task is not found (tenant filter), a caller without a role in
/// scope is refused. The commands load the same way, tracked, with the plan's other versions for the tracked-plan rule.
/// </summary>
public sealed class TaskDetailsQuery(CcHcDbContext db, TimeProvider clock, IAuthorizationService authorization)
{
    public async Task<CommandResult<TaskDetails>> LoadAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(user, taskId, track: false, cancellationToken);
        if (loaded is null)
        {
            return CommandResult.NotFound().As<TaskDetails>();
        }

        return (await authorization.AuthorizeAsync(user, loaded.Value.Details.Resource, TaskOperations.Read)).Succeeded
            ? CommandResult.Done(loaded.Value.Details)
            : CommandResult.Forbidden().As<TaskDetails>();
    }

    /// <summary>
    /// For a command: the task with its plan tracked and the plan's versions, if the caller may do
    /// <paramref name="operation"/>; else the refusal (not found, forbidden).
    /// </summary>
    internal async Task<(CommandResult? Refusal, TaskDetails Details, IReadOnlyList<RemediationPlan> Versions)> LoadForChangeAsync(
        ClaimsPrincipal user, Guid taskId, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        if (await LoadAsync(user, taskId, track: true, cancellationToken) is not { } loaded)
        {
            return (CommandResult.NotFound(), default!, []);
        }

        var allowed = (await authorization.AuthorizeAsync(user, loaded.Details.Resource, operation)).Succeeded;
        return (allowed ? null : CommandResult.Forbidden(), loaded.Details, loaded.Versions);
    }

    /// <summary>The task with its plan (tracked when the caller changes it) and every version of the plan's commune and year.</summary>
    private async Task<(TaskDetails Details, IReadOnlyList<RemediationPlan> Versions)?> LoadAsync(
        ClaimsPrincipal user, Guid taskId, bool track, CancellationToken cancellationToken)
    {
        var planId = await db.PlanTasks.Where(t => t.Id == taskId)
            .Join(db.PlanItems, t => t.ItemId, i => i.Id, (t, i) => (Guid?)i.PlanId)
            .SingleOrDefaultAsync(cancellationToken);
        if (planId is null)
        {
            return null;
        }

        var plans = track ? db.Plans : db.Plans.AsNoTracking();
        var plan = await plans.Include(p => p.Items).ThenInclude(i => i.Tasks).SingleAsync(p => p.Id == planId, cancellationToken);
        var item = plan.Items.Single(i => i.Tasks.Any(t => t.Id == taskId));
        var task = item.Tasks.Single(t => t.Id == taskId);
        var commune = await db.Communes.AsNoTracking().Where(c => c.Id == plan.CommuneId)
            .Select(c => new { c.Name, c.OversightOfficeId }).SingleAsync(cancellationToken);
        var versions = await db.Plans.AsNoTracking().Where(p => p.LineageId == plan.LineageId).ToListAsync(cancellationToken);
        var positions = await db.Positions.AsNoTracking().ToListAsync(cancellationToken);
        var titles = positions.ToDictionary(p => p.Id, p => p.Title);
        var notes = await db.TaskNotes.AsNoTracking().Where(n => n.TaskId == taskId).OrderByDescending(n => n.At).ToListAsync(cancellationToken);
        var evidence = await db.EvidenceFiles.AsNoTracking().Where(f => f.TaskId == taskId).OrderByDescending(f => f.UploadedAt).ToListAsync(cancellationToken);
        var withdrawals = await db.EvidenceWithdrawals.AsNoTracking().Where(w => w.TaskId == taskId).ToDictionaryAsync(w => w.EvidenceFileId, cancellationToken);
        var token = track
            ? db.Entry(task).Property<Guid>(CcHcDbContext.ConcurrencyToken).CurrentValue
            : await db.ConcurrencyTokenAsync<PlanTask>(taskId, cancellationToken);
        var members = await db.PositionGroupMembers.AsNoTracking().Where(m => m.CommuneId == plan.CommuneId).ToListAsync(cancellationToken);
        var resource = new TaskResource(new CommuneScope(plan.CommuneId, commune.OversightOfficeId), item.LeadPositionId, item.SupportPositionIds, item.CoLeadPositionIds,
            PositionReach.Of(plan.CommuneId, positions, members), item.PersonIds);
        var details = new TaskDetails(plan, item, task, commune.Name, resource, titles, notes, evidence, withdrawals, VietnamTime.Today(clock),
            TrackedPlan.IsTracked(plan, versions), TaskOperations.ResponsibilityOf(user, resource), token);
        return (details, versions);
    }
}
