using CcHc.Domain.Notifications;

namespace CcHc.Infrastructure.Notifications;

/// <summary>How a notification reaches the user's mailbox, beside the bell.</summary>
public enum EmailDelivery
{
    /// <summary>In the app only: the user turned e-mail off, has no address, or the site sends no e-mail.</summary>
    None,

    /// <summary>An <see cref="OutboxMessage"/> was written with it.</summary>
    Immediate,

    /// <summary>Waits for the user's daily digest.</summary>
    DigestPending,

    /// <summary>Went out in a digest.</summary>
    Digested,
}

/// <summary>
/// One line under a user's bell: what happened, the link to the page, when, and when they read it. Written in the same
/// save as the event it tells of. Not audited (the event is); a user reads only their own.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string UserId { get; set; } = string.Empty;

    public NotificationKind Kind { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    /// <summary>App-relative path of the page it is about ("/Plans/Details/…").</summary>
    public string Link { get; set; } = string.Empty;

    /// <summary>A reminder's identity (<see cref="DueReminders.Key"/>): unique per user, so no reminder is made twice.</summary>
    public string? Key { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public EmailDelivery Email { get; set; }
}

/// <summary>
/// An e-mail to send, written in the same transaction as its notification (or, for a digest, as the notifications'
/// change to <see cref="EmailDelivery.Digested"/>): nothing is lost if the process stops. The sender retries with
/// backoff and marks it sent once.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAddress = 256;
    public const int MaxError = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string UserId { get; set; } = string.Empty;

    /// <summary>The notification it carries; null for a digest.</summary>
    public Guid? NotificationId { get; set; }

    public bool IsDigest { get; set; }

    public string ToAddress { get; set; } = string.Empty;

    public string ToName { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }
}

/// <summary>
/// A named lease on scheduled work (<see cref="DatabaseLease"/>): the instance holding an unexpired lease does the work;
/// the others skip it. Lets several web instances share one database without sending twice.
/// </summary>
public sealed class Lease
{
    public const int MaxName = 100;
    public const int MaxHolder = 200;

    public string Name { get; set; } = string.Empty;

    public string Holder { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }
}
