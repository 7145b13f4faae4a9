using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Tracking;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>An open task of a predecessor's tracked plan, as the carry-over page offers it.</summary>
public sealed record CarryCandidate(Guid TaskId, int ItemOrder, string ItemHeading, string Description, string Progress);

/// <summary>A predecessor's tracked plan with its open tasks.</summary>
public sealed record CarrySource(Guid PlanId, string Name, IReadOnlyList<CarryCandidate> Tasks);

/// <summary>The carry-over form: the draft it fills and the predecessors' open tasks to choose from.</summary>
public sealed record CarryOverForm(RemediationPlan Plan, string CommuneName, IReadOnlyList<CarrySource> Sources);

/// <summary>
/// Carries open tasks of a predecessor's tracked plan into the successor's draft (issue 16): the clerk of the
/// successor chooses them, task by task (<see cref="RemediationPlan.CarryOver"/>); nothing comes over on its own. The
/// sources are the tracked plans of the communes the successor's lineage links, read through the caller's history
/// claims; the draft is the caller's own (<see cref="PlanOperations.Edit"/>). The new items are audited like every
/// change and record where they came from.
/// </summary>
public sealed class CarryOverTasks(CcHcDbContext db, PlanAccess access)
{
    public async Task<CommandResult<CarryOverForm>> FormAsync(ClaimsPrincipal user, Guid planId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(user, planId, cancellationToken) is { } refused)
        {
            return refused.As<CarryOverForm>();
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, cancellationToken);
        var name = await db.Communes.Where(c => c.Id == plan.CommuneId).Select(c => c.Name).SingleAsync(cancellationToken);
        var sources = await SourcesAsync(plan.CommuneId, cancellationToken);
        return CommandResult.Done(new CarryOverForm(plan, name, sources.Select(s => new CarrySource(
            s.Plan.Id,
            s.Name,
            s.Plan.Items.SelectMany(i => i.Tasks.Where(t => t.Progress != TaskProgress.Done)
                .Select(t => new CarryCandidate(t.Id, i.Order, i.Heading, t.Description, Domain.Tracking.TaskSchedule.Label(t.Progress)))).ToList()))
            .Where(s => s.Tasks.Count > 0).ToList()));
    }

    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, Guid planId, Guid sourceId, IReadOnlyCollection<Guid> taskIds, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(user, planId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == planId, cancellationToken);
        var sources = await SourcesAsync(plan.CommuneId, cancellationToken);
        if (sources.FindIndex(s => s.Plan.Id == sourceId) is var index && index < 0)
        {
            return CommandResult.Invalid(new FieldError("TaskIds", "Kế hoạch nguồn không phải kế hoạch đang theo dõi của một đơn vị tiền thân."));
        }

        var source = sources[index];
        var shared = await db.Positions.Where(p => p.CommuneId == null).Select(p => p.Id).ToListAsync(cancellationToken);
        try
        {
            var added = plan.CarryOver(source.Plan, source.Name, taskIds, shared.Contains);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done($"Đã chuyển {taskIds.Count} nhiệm vụ vào {added.Count} nội dung mới; hãy đặt thời hạn và đơn vị chủ trì cho năm mới.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex, _ => "TaskIds");
        }
    }

    /// <summary>The predecessors' tracked plans (latest issued version of each lineage) with their items and tasks, and how an item records them.</summary>
    private async Task<List<(RemediationPlan Plan, string Name)>> SourcesAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var predecessors = await db.CommunePredecessors.AsNoTracking()
            .Where(p => p.SuccessorId == communeId && p.PredecessorCommuneId != null)
            .Select(p => p.PredecessorCommuneId!.Value)
            .ToListAsync(cancellationToken);
        if (predecessors.Count == 0)
        {
            return [];
        }

        var names = await db.Communes.AsNoTracking().Where(c => predecessors.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var plans = await TrackedPlans.Query(db).AsNoTracking().Where(p => predecessors.Contains(p.CommuneId))
            .Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery()
            .OrderBy(p => p.Year).ToListAsync(cancellationToken);
        // A predecessor outside the caller's history (not linked for it) is not found: its name is not there either.
        return plans.Where(p => names.ContainsKey(p.CommuneId))
            .Select(p => (p, $"{PlanKinds.Label(p.Form)} số {p.DocumentNumber}/{p.DocumentSymbol}{(p.IssueDate is { } d ? $" ngày {VietnameseNumbers.Date(d)}" : string.Empty)} của {names[p.CommuneId]}"))
            .ToList();
    }

    private async Task<CommandResult?> RefusalAsync(ClaimsPrincipal user, Guid planId, CancellationToken cancellationToken) =>
        await access.FindAsync(planId, cancellationToken) is not { } resource ? CommandResult.NotFound()
        : !await access.AllowsAsync(user, resource, PlanOperations.Edit) ? CommandResult.Forbidden()
        : null;
}
