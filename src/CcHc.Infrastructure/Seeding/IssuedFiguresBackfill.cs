using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Seeding;

/// <summary>
/// Gives every issued version whose snapshot was taken before <see cref="IssuedFigures"/> existed its row figures, from
/// that snapshot, at start-up: one query when none is missing; otherwise batches of <see cref="BatchSize"/> snapshots,
/// each batch one save. The office's table reads the figures; until a version has them it restores the snapshot.
/// </summary>
public sealed class IssuedFiguresBackfill(CcHcDbContext db, ILogger<IssuedFiguresBackfill> logger)
{
    public const int BatchSize = 200;

    /// <summary>Adds the missing figures; returns how many versions got them (0 on every start after the first).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var added = 0;
        while (true)
        {
            var snapshots = await db.IssuedSnapshots.AsNoTracking()
                .Where(s => !db.IssuedFigures.Any(f => f.PlanId == s.PlanId))
                .OrderBy(s => s.PlanId)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (snapshots.Count == 0)
            {
                break;
            }

            db.IssuedFigures.AddRange(snapshots.Select(IssuedFigures.Of));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            added += snapshots.Count;
        }

        if (added > 0)
        {
            logger.LogInformation("Row figures taken from {Count} issued versions' snapshots", added);
        }

        return added;
    }
}
