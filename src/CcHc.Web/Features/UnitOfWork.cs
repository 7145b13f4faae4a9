using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features;

/// <summary>
/// Runs several saves (UserManager calls and an audit line; a plan's issuing step and its snapshot) as one unit: all
/// of them or none. Wrapped in the provider's
/// execution strategy, since SQL Server retries on transient failures and refuses a bare user transaction.
/// </summary>
public static class UnitOfWork
{
    /// <summary>Commits when <paramref name="work"/> returns true; otherwise rolls back and forgets the tracked changes.</summary>
    public static Task<bool> RunAsync(CcHcDbContext db, Func<Task<bool>> work, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            if (await work())
            {
                await transaction.CommitAsync(token);
                return true;
            }

            await transaction.RollbackAsync(token);
            db.ChangeTracker.Clear();
            return false;
        }, cancellationToken);
    }
}
