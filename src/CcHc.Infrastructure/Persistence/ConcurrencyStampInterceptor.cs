using CcHc.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CcHc.Infrastructure.Persistence;

/// <summary>
/// Gives every added or modified entity that has the shadow <see cref="CcHcDbContext.ConcurrencyToken"/> a new value,
/// so the token changes on every write on SQLite and SQL Server alike ([Timestamp] does nothing on SQLite).
/// A page carries the stamp through its form and sets it as the original value before saving: a save based on
/// a stale read then fails with DbUpdateConcurrencyException instead of overwriting.
/// <para>
/// A score sheet is edited as a whole: a change of any <see cref="CriterionScore"/> renews its assessment's token
/// too, so two people saving the same sheet conflict even when they touched different rows' scores.
/// </para>
/// </summary>
public sealed class ConcurrencyStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var score in context.ChangeTracker.Entries<CriterionScore>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            var assessmentId = score.Entity.AssessmentId;
            if (context.ChangeTracker.Entries<Assessment>().FirstOrDefault(a => a.Entity.Id == assessmentId) is { State: EntityState.Unchanged } assessment)
            {
                assessment.State = EntityState.Modified;
            }
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)
                || entry.Metadata.FindProperty(CcHcDbContext.ConcurrencyToken) is not { ClrType: var type } || type != typeof(Guid))
            {
                continue;
            }

            entry.Property(CcHcDbContext.ConcurrencyToken).CurrentValue = Guid.NewGuid();
        }
    }
}
