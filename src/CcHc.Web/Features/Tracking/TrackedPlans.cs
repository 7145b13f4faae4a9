using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;

namespace CcHc.Web.Features.Tracking;

/// <summary>
/// The tracked plans as one database query: exactly <see cref="TrackedPlan"/>'s rule (for each lineage, the
/// latest issued version), filtered by the caller's scope like every query. An integration test checks that the two
/// agree on every demo plan, including a version 2 issued after version 1.
/// </summary>
public static class TrackedPlans
{
    public static IQueryable<RemediationPlan> Query(CcHcDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Plans.Where(p => p.Status == PlanStatus.Issued
            && !db.Plans.Any(q => q.LineageId == p.LineageId && q.Status == PlanStatus.Issued && q.VersionNumber > p.VersionNumber));
    }
}
