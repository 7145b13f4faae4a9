namespace CcHc.Domain.Notifications;

/// <summary>What a notification is about (issue 18, "Notifications"). Stored by name.</summary>
public enum NotificationKind
{
    /// <summary>The clerk submitted a plan: the chairman reviews it.</summary>
    PlanSubmitted,

    /// <summary>The chairman returned the plan with a comment: the clerk edits it.</summary>
    PlanReturned,

    /// <summary>The chairman approved the plan: the clerk issues it.</summary>
    PlanApproved,

    /// <summary>The plan was issued: the office's reviewers and every lead and supporter of its tasks.</summary>
    PlanIssued,

    /// <summary>The office asked the commune to revise an issued plan: the clerk and the chairman.</summary>
    RevisionRequested,

    /// <summary>A task falls due within 14, 7 or 1 days, or is overdue (<see cref="DueThreshold"/>): its leads and supporters.</summary>
    TaskDue,

    /// <summary>Someone wrote a progress note on a task you lead or support.</summary>
    TaskNote,

    /// <summary>Someone commented on an item you drafted.</summary>
    ItemComment,
}

/// <summary>Who, by their part in the commune or the task, is told of an event.</summary>
public enum Audience
{
    CommuneChairman,
    CommuneClerk,
    OfficeReviewer,
    TaskLead,
    TaskSupporter,
    ItemDrafter,
}

/// <summary>
/// Who each event goes to (issue 18). The application resolves an audience to accounts (the commune's chairman and
/// clerk by role, the office's reviewers, a task's leads and supporters by the titles they hold); whoever caused the
/// event is never told of it (<see cref="Recipients"/>).
/// </summary>
public static class NotificationRules
{
    public static IReadOnlySet<Audience> AudienceOf(NotificationKind kind) => kind switch
    {
        NotificationKind.PlanSubmitted => new HashSet<Audience> { Audience.CommuneChairman },
        NotificationKind.PlanReturned or NotificationKind.PlanApproved => new HashSet<Audience> { Audience.CommuneClerk },
        NotificationKind.PlanIssued => new HashSet<Audience> { Audience.OfficeReviewer, Audience.TaskLead, Audience.TaskSupporter },
        NotificationKind.RevisionRequested => new HashSet<Audience> { Audience.CommuneClerk, Audience.CommuneChairman },
        NotificationKind.TaskDue => new HashSet<Audience> { Audience.TaskLead, Audience.TaskSupporter },
        NotificationKind.TaskNote => new HashSet<Audience> { Audience.TaskLead, Audience.TaskSupporter },
        NotificationKind.ItemComment => new HashSet<Audience> { Audience.ItemDrafter },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notification kind."),
    };

    /// <summary>
    /// The accounts told of an event: each once (an account in two audiences gets one notification), in the order
    /// given, without the account that caused it (null for the system: a reminder).
    /// </summary>
    public static IReadOnlyList<string> Recipients(IEnumerable<string> candidates, string? actorId)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.Where(id => !string.IsNullOrEmpty(id) && id != actorId).Distinct(StringComparer.Ordinal).ToList();
    }
}
