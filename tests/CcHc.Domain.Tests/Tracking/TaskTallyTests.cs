using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Tests.Tracking;

public class TaskTallyTests
{
    private static readonly DateOnly Today = new(2024, 7, 15);

    [Fact]
    public void Counts_tasks_by_progress_and_by_the_overdue_and_due_soon_rules()
    {
        var tally = TaskTally.Of(
            [
                (TaskProgress.NotStarted, Deadline.Parse("Quý I năm 2024", 2024)),
                (TaskProgress.InProgress, Deadline.Parse("Quý II năm 2024", 2024)),
                (TaskProgress.Done, Deadline.Parse("Quý I năm 2024", 2024)),
                (TaskProgress.NotStarted, Deadline.Parse("Trước ngày 25/07/2024", 2024)),
                (TaskProgress.NotStarted, Deadline.Parse("Năm 2024", 2024)),
                (TaskProgress.InProgress, null),
            ],
            Today);

        Assert.Equal(new TaskTally(NotStarted: 3, InProgress: 2, Done: 1, Overdue: 2, DueSoon: 1), tally);
        Assert.Equal(6, tally.Total);
        Assert.Equal(16.67m, tally.PercentDone);
    }

    [Fact]
    public void A_plan_without_tasks_has_no_share_done()
    {
        Assert.Null(TaskTally.Of(Array.Empty<RemediationItem>(), Today).PercentDone);
        Assert.Equal(0, TaskTally.Empty.Total);
    }
}
