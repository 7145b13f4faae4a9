using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// A plan's history: its workflow steps, and every audited change of the plan, its items and tasks (newest 500), read
/// in Vietnamese (<see cref="AuditReading"/>: labels, names instead of ids, Vietnam time).
/// </summary>
public sealed record PlanHistory(RemediationPlan Plan, string CommuneName, IReadOnlyList<AuditEntry> Entries, AuditReading Reading);

public sealed class PlanHistoryQuery(CcHcDbContext db)
{
    public async Task<PlanHistory?> LoadAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Transitions).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        // An issued version is named as its snapshot names its commune.
        var communeName = plan.Status == PlanStatus.Issued && await IssuedSnapshots.FindAsync(db, planId, cancellationToken) is { } snapshot
            ? snapshot.Data.Commune.Name
            : await db.Communes.Where(c => c.Id == plan.CommuneId).Select(c => c.Name).SingleAsync(cancellationToken);
        var root = planId.ToString();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.RootId == root)
            .OrderByDescending(a => a.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        return new PlanHistory(plan, communeName, entries, await AuditReading.ForAsync(db, entries, cancellationToken));
    }
}
