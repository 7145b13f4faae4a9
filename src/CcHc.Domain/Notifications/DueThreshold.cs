namespace CcHc.Domain.Notifications;

/// <summary>The reminders a task gets as its due date nears: 14, 7 and 1 days before, and once when it is overdue.</summary>
public enum DueThreshold
{
    In14Days = 14,
    In7Days = 7,
    In1Day = 1,
    Overdue = 0,
}

/// <summary>
/// Which reminder a task is owed on a day (Vietnam's today, passed in). One reminder per threshold per task and due
/// date: a task first seen 5 days before its due date gets the 7-day reminder only (never the 14-day one late), and a
/// deadline moved later arms the reminders again (the due date is part of the key).
/// </summary>
public static class DueReminders
{
    /// <summary>The threshold the task has reached on <paramref name="today"/>, or null (more than 14 days left, or done).</summary>
    public static DueThreshold? Reached(DateOnly dueDate, DateOnly today, bool done)
    {
        if (done)
        {
            return null;
        }

        var daysLeft = dueDate.DayNumber - today.DayNumber;
        return daysLeft switch
        {
            < 0 => DueThreshold.Overdue,
            <= 1 => DueThreshold.In1Day,
            <= 7 => DueThreshold.In7Days,
            <= 14 => DueThreshold.In14Days,
            _ => null,
        };
    }

    /// <summary>The reminder's identity, stored with each notification so no reminder is created twice.</summary>
    public static string Key(Guid taskId, DateOnly dueDate, DueThreshold threshold) =>
        FormattableString.Invariant($"due:{taskId:N}:{dueDate:yyyyMMdd}:{(int)threshold}");
}
