namespace CcHc.Infrastructure.Auditing;

public enum AuditAction
{
    Insert,
    Update,
    Delete,
    LoginSucceeded,
    LoginFailed,
    LockedOut,
    Logout,
    Transition,
    Download,
    AccountChanged,

    /// <summary>A signed copy of a plan was uploaded: the note says the file's hash and the outcome, accepted or not.</summary>
    SignedCopyUpload,

    /// <summary>A commune's seal image was uploaded (or refused): the note says the file's hash and the outcome.</summary>
    CommuneSealUpload,
}

/// <summary>
/// One line of the audit trail: who did what to which entity of which commune, and the old → new values of the
/// fields that changed (JSON: {"Field": {"old": …, "new": …}}). Insert-only.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? CommuneId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The entity's CLR name ("RemediationPlan"), or a subject such as "Account".</summary>
    public string EntityType { get; set; } = string.Empty;

    public string? EntityId { get; set; }

    /// <summary>The aggregate root the change belongs to (a plan for its items and tasks), for the plan's history page.</summary>
    public string? RootId { get; set; }

    public string? Changes { get; set; }

    public string? Note { get; set; }

    public string? IpAddress { get; set; }
}
