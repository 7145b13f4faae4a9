using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Infrastructure.Notifications;

/// <summary>
/// A lease in the database (the Leases table): several web instances share one database, and the one holding a
/// named, unexpired lease does the work. Taking it is one conditional UPDATE (the row is free, expired, or already
/// ours), or the first INSERT of the name; two instances racing for the INSERT meet the primary key, and one loses.
/// </summary>
public static class DatabaseLease
{
    /// <summary>True when <paramref name="holder"/> holds <paramref name="name"/> until <paramref name="now"/> + <paramref name="duration"/>.</summary>
    public static async Task<bool> TryAcquireAsync(CcHcDbContext db, string name, string holder, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expires = now + duration;
        var taken = await db.Leases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Leases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        db.Leases.Add(new Lease { Name = name, Holder = holder, ExpiresAt = expires });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted it first.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Gives the lease up early (the work is done), so another instance need not wait for it to expire.</summary>
    public static Task ReleaseAsync(CcHcDbContext db, string name, string holder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Leases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }
}
