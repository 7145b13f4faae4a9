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
        int notStarted = 0, inProgress = 0, done = 0, overdue = 0, dueSoon = 0;
        foreach (var (progress, deadline) in tasks)
        {
            switch (progress)
            {
                case TaskProgress.Done:
                    done++;
                    break;
                case TaskProgress.InProgress:
                    inProgress++;
                    break;
                default:
                    notStarted++;
                    break;
            }

            switch (TaskSchedule.Classify(progress, deadline, today))
            {
                case DueState.Overdue:
                    overdue++;
                    break;
                case DueState.DueSoon:
                    dueSoon++;
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
