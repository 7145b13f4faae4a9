using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// Who drafted an item: the account whose insert of it opens its audit trail. Null when the trail names nobody (the
/// demo data, an import run without a user) — then the commune's clerks stand for the drafter.
/// </summary>
public static class ItemDrafter
{
    public static Task<string?> FindAsync(CcHcDbContext db, Guid itemId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = itemId.ToString();
        return db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(RemediationItem) && a.EntityId == key && a.Action == AuditAction.Insert && a.UserId != null)
            .OrderBy(a => a.Id)
            .Select(a => a.UserId)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
