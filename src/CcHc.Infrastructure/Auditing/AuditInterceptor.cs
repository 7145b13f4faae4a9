using System.Text.Json;
using CcHc.Domain.Assessments;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CcHc.Infrastructure.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every insert, update and delete of the domain's data (and of accounts,
/// without their secrets) in the same transaction as the change: who, when, which commune, the entity and the
/// old → new values of the fields that changed. No handler can forget it. ExecuteUpdate and raw SQL bypass it,
/// which is why issued versions are also protected by database triggers.
/// </summary>
public sealed class AuditInterceptor(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Vietnamese stays readable in the stored JSON (no \u escapes).</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        nameof(ApplicationUser.PasswordHash),
        nameof(ApplicationUser.SecurityStamp),
        nameof(ApplicationUser.ConcurrencyStamp),
        CcHcDbContext.ConcurrencyToken,
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Audit(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Audit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Audit(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (!IsAudited(entry) || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var (communeId, rootId) = Owner(context, entry);
            entries.Add(new AuditEntry
            {
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                IpAddress = actor.IpAddress,
                CommuneId = communeId,
                Action = entry.State switch
                {
                    EntityState.Added when entry.Entity is PlanTransition => AuditAction.Transition,
                    EntityState.Added => AuditAction.Insert,
                    EntityState.Deleted => AuditAction.Delete,
                    _ => AuditAction.Update,
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = PrimaryKey(entry),
                RootId = rootId,
                Changes = JsonSerializer.Serialize(changes, Json),
            });
        }

        context.Set<AuditEntry>().AddRange(FoldWorkflowSteps(entries));
    }

    /// <summary>
    /// A workflow step changes the plan's row (status, return comment, number and date) and adds its transition: one
    /// event, so one audit row — the transition's, carrying the plan's changes under "Plan.". Every other save keeps one
    /// row per changed entity.
    /// </summary>
    private static IEnumerable<AuditEntry> FoldWorkflowSteps(List<AuditEntry> entries)
    {
        var transitions = entries.Where(e => e.Action == AuditAction.Transition)
            .GroupBy(e => e.RootId ?? string.Empty).ToDictionary(g => g.Key, g => g.First());
        foreach (var entry in entries)
        {
            if (entry is { Action: AuditAction.Update, EntityType: nameof(RemediationPlan) }
                && entry.EntityId is { } planId && transitions.TryGetValue(planId, out var transition))
            {
                var merged = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(transition.Changes!, Json)!;
                foreach (var (name, change) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.Changes!, Json)!)
                {
                    merged["Plan." + name] = change;
                }

                transition.Changes = JsonSerializer.Serialize(merged, Json);
                continue;
            }

            yield return entry;
        }
    }

    // An issued version's snapshot (and a submission's) is not audited apart: it copies rows whose own changes are
    // audited, and the step that writes it is audited as its transition.
    private static bool IsAudited(EntityEntry entry) => IsAuditedType(entry.Metadata);

    /// <summary>Whether changes of an entity type are audited (the label catalogue's test reads the same rule).</summary>
    public static bool IsAuditedType(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyTypeBase type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var clr = type.ClrType;
        return (clr.Namespace?.StartsWith("CcHc.Domain", StringComparison.Ordinal) == true && clr != typeof(IssuedSnapshot) && clr != typeof(IssuedFigures) && clr != typeof(PlanSubmission))
            || clr == typeof(ApplicationUser) || clr == typeof(UserPosition);
    }

    /// <summary>A property never written to the trail (secrets, concurrency tokens).</summary>
    public static bool IsSecret(string property) => Secret.Contains(property);

    private static Dictionary<string, object?> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        void Collect(string prefix, IEnumerable<PropertyEntry> properties)
        {
            foreach (var property in properties)
            {
                var name = prefix + property.Metadata.Name;
                if (Secret.Contains(property.Metadata.Name))
                {
                    continue;
                }

                switch (entry.State)
                {
                    case EntityState.Added:
                        changes[name] = new { @new = property.CurrentValue };
                        break;
                    case EntityState.Deleted:
                        changes[name] = new { old = property.OriginalValue };
                        break;
                    case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                        changes[name] = new { old = property.OriginalValue, @new = property.CurrentValue };
                        break;
                }
            }
        }

        Collect(string.Empty, entry.Properties);
        foreach (var complex in entry.ComplexProperties)
        {
            Collect(complex.Metadata.Name + ".", complex.Properties);
        }

        return changes;
    }

    private static string? PrimaryKey(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }

    /// <summary>The commune and the aggregate root a change belongs to, from tracked parents where possible.</summary>
    private static (Guid? CommuneId, string? RootId) Owner(DbContext context, EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case RemediationPlan plan:
                return (plan.CommuneId, plan.Id.ToString());
            case PlanTransition transition:
                return (PlanCommune(context, transition.PlanId), transition.PlanId.ToString());
            case PlanComment comment:
                return (PlanCommune(context, comment.PlanId), comment.PlanId.ToString());
            case RemediationItem item:
                return (PlanCommune(context, item.PlanId), item.PlanId.ToString());
            case PlanTask task:
                var planId = context.Set<RemediationItem>().Local.FirstOrDefault(i => i.Id == task.ItemId)?.PlanId
                    ?? context.Set<RemediationItem>().IgnoreQueryFilters().Where(i => i.Id == task.ItemId).Select(i => (Guid?)i.PlanId).FirstOrDefault();
                return (planId is { } p ? PlanCommune(context, p) : null, planId?.ToString());
            case Assessment assessment:
                return (assessment.CommuneId, assessment.Id.ToString());
            case CriterionScore score:
                var communeId = context.Set<Assessment>().Local.FirstOrDefault(a => a.Id == score.AssessmentId)?.CommuneId
                    ?? context.Set<Assessment>().IgnoreQueryFilters().Where(a => a.Id == score.AssessmentId).Select(a => (Guid?)a.CommuneId).FirstOrDefault();
                return (communeId, score.AssessmentId.ToString());
            case CcHc.Domain.Communes.Commune changedCommune:
                return (changedCommune.Id, changedCommune.Id.ToString());
            case ApplicationUser user:
                return (user.CommuneId, user.Id);
        }

        var commune = entry.Metadata.FindProperty("CommuneId") is { } property ? entry.Property(property.Name).CurrentValue as Guid? : null;
        return (commune, PrimaryKey(entry));
    }

    private static Guid? PlanCommune(DbContext context, Guid planId) =>
        context.Set<RemediationPlan>().Local.FirstOrDefault(p => p.Id == planId)?.CommuneId
        ?? context.Set<RemediationPlan>().IgnoreQueryFilters().Where(p => p.Id == planId).Select(p => (Guid?)p.CommuneId).FirstOrDefault();
}
