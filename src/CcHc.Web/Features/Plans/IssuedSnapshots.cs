using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// The snapshot of an issued version (<see cref="IssuedSnapshot"/>): taken in the issuing step's own save, read by every
/// page, document, export, the office's rows and the public checking page instead of the live commune, criteria,
/// assessment and position rows. A version issued before snapshots existed has none and is read live (said in
/// docs/documents.md).
/// </summary>
public static class IssuedSnapshots
{
    /// <summary>
    /// Adds the snapshot of <paramref name="plan"/> (being issued) to the unit of work: four queries (five when items
    /// link components of index catalogues, whose sets are recorded too), the snapshot's insert and the insert of its
    /// row figures (<see cref="IssuedFigures"/>, what the office's table reads).
    /// </summary>
    public static async Task TakeAsync(CcHcDbContext db, RemediationPlan plan, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var found = await db.Communes.AsNoTracking()
            .Where(c => c.Id == plan.CommuneId)
            .Select(c => new { Commune = c, Office = db.OversightOffices.IgnoreQueryFilters().Where(o => o.Id == c.OversightOfficeId).Select(o => o.Name).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var (commune, officeName) = (found.Commune, found.Office);
        var (assessment, evaluation) = await PlanView.EvaluationOfAsync(db, plan, cancellationToken);
        var positions = await PlanView.PositionsAsync(db, plan.CommuneId, cancellationToken);
        var linkedSets = await PlanView.LinkedSetsAsync(db, plan, evaluation.CriteriaSet, cancellationToken);
        var snapshot = IssuedSnapshot.Take(plan, commune, officeName, assessment, assessment is null ? null : evaluation.CriteriaSet, positions, at, linkedSets);
        db.IssuedSnapshots.Add(snapshot);
        db.IssuedFigures.Add(IssuedFigures.Of(snapshot));
    }

    /// <summary>The snapshot of an issued version, or null (not issued, or issued before snapshots existed).</summary>
    public static async Task<IssuedSnapshot?> FindAsync(CcHcDbContext db, Guid planId, CancellationToken cancellationToken) =>
        await db.IssuedSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.PlanId == planId, cancellationToken);

    /// <summary>The snapshots of several versions at once, by plan id (one query).</summary>
    public static async Task<IReadOnlyDictionary<Guid, IssuedSnapshot>> FindAllAsync(CcHcDbContext db, IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken) =>
        planIds.Count == 0
            ? new Dictionary<Guid, IssuedSnapshot>()
            : await db.IssuedSnapshots.AsNoTracking().Where(s => planIds.Contains(s.PlanId)).ToDictionaryAsync(s => s.PlanId, cancellationToken);
}
