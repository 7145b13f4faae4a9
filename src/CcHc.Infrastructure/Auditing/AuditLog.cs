using CcHc.Infrastructure.Persistence;

namespace CcHc.Infrastructure.Auditing;

/// <summary>Audit events that are not entity changes: logins, lockouts, downloads.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditAction action, string subject, string? subjectId, Guid? communeId, string? note, CancellationToken cancellationToken = default);
}

internal sealed class AuditLog(CcHcDbContext db, AuditActor actor, TimeProvider clock) : IAuditLog
{
    public async Task WriteAsync(AuditAction action, string subject, string? subjectId, Guid? communeId, string? note, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            IpAddress = actor.IpAddress,
            Action = action,
            EntityType = subject,
            EntityId = subjectId,
            RootId = subjectId,
            CommuneId = communeId,
            Note = note,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
