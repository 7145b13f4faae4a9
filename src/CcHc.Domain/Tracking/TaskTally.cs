using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tracking;

/// <summary>
/// How the tasks of a tracked (issued) plan stand on a given day: counts by progress (Chưa thực hiện, Đang thực hiện,
/// Hoàn thành) and by the overdue rule of <see cref="TaskSchedule"/> (Quá hạn, Sắp đến hạn). The dashboard, the office
/// table and its workbook all read these numbers, so they cannot disagree.
/// </summary>
public sealed record TaskTally(int NotStarted, int InProgress, int Done, int Overdue, int DueSoon)
{
    public static TaskTally Empty { get; } = new(0, 0, 0, 0, 0);

    public int Total => NotStarted + InProgress + Done;

    /// <summary>Share of the tasks that are done, in percent with two decimals; null for a plan without tasks.</summary>
    public decimal? PercentDone => Total == 0 ? null : Math.Round(Done * 100m / Total, 2, MidpointRounding.AwayFromZero);

    /// <summary>Each task with the deadline that applies to it (its own, else its item's).</summary>
    public static TaskTally Of(IEnumerable<(TaskProgress Progress, Deadline? Deadline)> tasks, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return Of(tasks.Select(t => (t.Progress, t.Deadline?.DueDate, 1)), today);
    }

    /// <summary>
    /// Tasks counted in groups: how many tasks have this progress and this due date (of the deadline that applies to
    /// them; null without one). The office overview counts them so in SQL instead of reading every task; the rule is
    /// the same (<see cref="TaskSchedule.ClassifyDueDate"/>).
    /// </summary>
    public static TaskTally Of(IEnumerable<(TaskProgress Progress, DateOnly? DueDate, int Count)> groups, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(groups);
        int notStarted = 0, inProgress = 0, done = 0, overdue = 0, dueSoon = 0;
        foreach (var (progress, dueDate, count) in groups)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            switch (progress)
            {
                case TaskProgress.Done:
                    done += count;
                    break;
                case TaskProgress.InProgress:
                    inProgress += count;
                    break;
                default:
                    notStarted += count;
                    break;
            }

            switch (TaskSchedule.ClassifyDueDate(progress, dueDate, today))
            {
                case DueState.Overdue:
                    overdue += count;
                    break;
                case DueState.DueSoon:
                    dueSoon += count;
                    break;
            }
        }

        return new TaskTally(notStarted, inProgress, done, overdue, dueSoon);
    }

    /// <summary>The tasks of the given items (with their tasks loaded).</summary>
    public static TaskTally Of(IEnumerable<RemediationItem> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Of(items.SelectMany(i => i.Tasks.Select(t => (t.Progress, TaskSchedule.EffectiveDeadline(i, t)))), today);
    }

    public static TaskTally Of(RemediationPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Of(plan.Items, today);
    }
}
