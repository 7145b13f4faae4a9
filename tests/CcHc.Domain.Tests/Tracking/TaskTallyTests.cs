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
    public void Counting_groups_of_progress_and_due_date_gives_the_tally_of_the_tasks_one_by_one()
    {
        // What the office overview does in SQL (count tasks by plan, progress and due date) against the rule per task,
        // over deadlines around today: overdue yesterday, due today, due in 14 and 15 days, none.
        string[] wordings = ["Trước ngày 15/07/2024", "Ngày 15/07/2024", "Ngày 29/07/2024", "Ngày 30/07/2024", "Quý II năm 2024", "Quý III năm 2024", "Năm 2024"];
        var random = new Random(16);
        var tasks = Enumerable.Range(0, 500).Select(_ => (
            Progress: (TaskProgress)random.Next(3),
            Deadline: random.Next(wordings.Length + 1) is var n && n < wordings.Length ? Deadline.Parse(wordings[n], 2024) : null)).ToList();

        var grouped = tasks.GroupBy(t => (t.Progress, t.Deadline?.DueDate)).Select(g => (g.Key.Progress, g.Key.DueDate, g.Count())).ToList();

        var oneByOne = TaskTally.Of(tasks, Today);
        Assert.Equal(oneByOne, TaskTally.Of(grouped, Today));
        Assert.True(grouped.Count < tasks.Count);
        Assert.True(oneByOne.Overdue > 0 && oneByOne.DueSoon > 0 && oneByOne.Done > 0);
        foreach (var (progress, deadline) in tasks)
        {
            Assert.Equal(TaskSchedule.Classify(progress, deadline, Today), TaskSchedule.ClassifyDueDate(progress, deadline?.DueDate, Today));
        }
    }

    [Fact]
    public void A_plan_without_tasks_has_no_share_done()
    {
        Assert.Null(TaskTally.Of(Array.Empty<RemediationItem>(), Today).PercentDone);
        Assert.Equal(0, TaskTally.Empty.Total);
    }
}
