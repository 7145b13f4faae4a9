using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;

namespace CcHc.Web.Pages.Tasks;

/// <summary>
/// The plans whose tasks are followed: for each commune and year, the latest Issued version (an older issued version
/// stays readable but is no longer where progress is recorded). Filtered by the caller's scope like every query.
/// </summary>
public static class TrackedPlans
{
    public static IQueryable<RemediationPlan> Query(CcHcDbContext db) =>
        db.Plans.Where(p => p.Status == PlanStatus.Issued
            && !db.Plans.Any(q => q.CommuneId == p.CommuneId && q.Year == p.Year && q.Status == PlanStatus.Issued && q.VersionNumber > p.VersionNumber));
}
