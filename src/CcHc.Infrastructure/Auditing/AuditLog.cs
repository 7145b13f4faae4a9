using CcHc.Infrastructure.Persistence;

namespace CcHc.Infrastructure.Auditing;

/// <summary>Audit events that are not entity changes: logins, lockouts, downloads.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditAction action, string subject, string? subjectId, Guid? communeId, string? note, CancellationToken cancellationToken = default);

    /// <summary>For sign-in events, where the request has no user yet: the account the event is about is the actor.</summary>
    Task WriteForAccountAsync(AuditAction action, string? userId, string userName, Guid? communeId, CancellationToken cancellationToken = default);
}

internal sealed class AuditLog(CcHcDbContext db, AuditActor actor, TimeProvider clock) : IAuditLog
{
    public Task WriteAsync(AuditAction action, string subject, string? subjectId, Guid? communeId, string? note, CancellationToken cancellationToken = default) =>
        AddAsync(action, subject, subjectId, communeId, note, actor.UserId, actor.UserName, cancellationToken);

    public Task WriteForAccountAsync(AuditAction action, string? userId, string userName, Guid? communeId, CancellationToken cancellationToken = default) =>
        AddAsync(action, "Account", userId, communeId, userName, userId, userName, cancellationToken);

    private async Task AddAsync(
        AuditAction action, string subject, string? subjectId, Guid? communeId, string? note, string? userId, string? userName, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = userId,
            UserName = userName,
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
