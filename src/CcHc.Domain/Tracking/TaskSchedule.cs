using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tracking;

/// <summary>Where a task stands against its deadline on a given day.</summary>
public enum DueState
{
    /// <summary>Hoàn thành.</summary>
    Done,

    /// <summary>Quá hạn: the due date has passed and the task is not done.</summary>
    Overdue,

    /// <summary>Sắp đến hạn: due within <see cref="TaskSchedule.DueSoonDays"/> days and not done.</summary>
    DueSoon,

    /// <summary>Còn hạn.</summary>
    OnTime,

    /// <summary>Không có thời hạn (an item marked not remediable has none).</summary>
    NoDeadline,
}

/// <summary>
/// The overdue rule (domain.md): a task is overdue when its due date — computed from the deadline's value, never from
/// the wording alone — has passed and it is not done; "due soon" when it falls within 14 days. A task without its own
/// deadline follows its item's. "Today" is always passed in (the app's TimeProvider in Vietnam time), never read here.
/// </summary>
public static class TaskSchedule
{
    public const int DueSoonDays = 14;

    /// <summary>The deadline that applies to a task: its own, else its item's.</summary>
    public static Deadline? EffectiveDeadline(RemediationItem item, PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(task);
        return task.Deadline ?? item.Deadline;
    }

    public static DueState Classify(TaskProgress progress, Deadline? deadline, DateOnly today)
    {
        if (progress == TaskProgress.Done)
        {
            return DueState.Done;
        }

        return ClassifyDueDate(progress, deadline?.DueDate, today);
    }

    /// <summary>
    /// The same rule on the deadline's due date alone (what the office overview reads, counted in SQL by due date):
    /// overdue when <paramref name="today"/> is past it (<see cref="Deadline.IsOverdue"/>), due soon within
    /// <see cref="DueSoonDays"/> days (<see cref="Deadline.IsDueWithin"/>).
    /// </summary>
    public static DueState ClassifyDueDate(TaskProgress progress, DateOnly? dueDate, DateOnly today)
    {
        if (progress == TaskProgress.Done)
        {
            return DueState.Done;
        }

        if (dueDate is not { } due)
        {
            return DueState.NoDeadline;
        }

        return today > due ? DueState.Overdue
            : (long)due.DayNumber - today.DayNumber <= DueSoonDays ? DueState.DueSoon
            : DueState.OnTime;
    }

    public static DueState Classify(RemediationItem item, PlanTask task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Classify(task.Progress, EffectiveDeadline(item, task), today);
    }

    public static string Label(DueState state) => state switch
    {
        DueState.Done => "Hoàn thành",
        DueState.Overdue => "Quá hạn",
        DueState.DueSoon => "Sắp đến hạn",
        DueState.OnTime => "Còn hạn",
        DueState.NoDeadline => "Không có thời hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string Label(TaskProgress progress) => progress switch
    {
        TaskProgress.NotStarted => "Chưa thực hiện",
        TaskProgress.InProgress => "Đang thực hiện",
        TaskProgress.Done => "Hoàn thành",
        _ => throw new ArgumentOutOfRangeException(nameof(progress)),
    };
}
