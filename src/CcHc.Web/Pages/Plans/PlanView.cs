using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Plans;

/// <summary>A plan with everything its pages show: the commune, the assessment's evaluation, positions by id.</summary>
public sealed record PlanView(
    RemediationPlan Plan,
    Commune Commune,
    Assessment Assessment,
    AssessmentEvaluation Evaluation,
    IReadOnlyDictionary<Guid, Position> Positions,
    Guid ConcurrencyStamp)
{
    public CriteriaSet CriteriaSet => Evaluation.CriteriaSet;

    public PlanCompleteness Completeness => Plan.CheckCompleteness(Evaluation);

    public string PositionTitle(Guid? id) => id is { } key && Positions.TryGetValue(key, out var p) ? p.Title : Formatting.Unknown;

    /// <summary>
    /// Loads a plan the caller may see (the DbContext's tenant filters apply: another commune's plan is null) with a
    /// fixed number of queries. Tracked when the caller is going to change it.
    /// </summary>
    public static async Task<PlanView?> LoadAsync(CcHcDbContext db, Guid planId, bool track, CancellationToken cancellationToken)
    {
        var plans = track ? db.Plans : db.Plans.AsNoTracking();
        var plan = await plans
            .Include(p => p.Items).ThenInclude(i => i.Tasks)
            .Include(p => p.Transitions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == plan.CommuneId, cancellationToken);
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Scores).SingleAsync(a => a.Id == plan.AssessmentId, cancellationToken);
        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleAsync(s => s.Id == assessment.CriteriaSetId, cancellationToken);
        var positions = await db.Positions.AsNoTracking()
            .Where(p => p.CommuneId == null || p.CommuneId == plan.CommuneId)
            .OrderBy(p => p.CommuneId == null ? 0 : 1).ThenBy(p => p.Order).ThenBy(p => p.Title)
            .ToListAsync(cancellationToken);
        var stamp = track
            ? db.Entry(plan).Property<Guid>(CcHcDbContext.ConcurrencyToken).CurrentValue
            : await db.ConcurrencyTokenAsync<CcHc.Domain.Plans.RemediationPlan>(planId, cancellationToken);
        return new PlanView(plan, commune, assessment, assessment.Evaluate(set), positions.ToDictionary(p => p.Id), stamp);
    }
}
