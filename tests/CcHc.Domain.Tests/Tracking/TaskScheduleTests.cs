using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Tests.Builders;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Tests.Tracking;

/// <summary>
/// Overdue and due soon for every way a deadline is written, with fixed "today" values on both sides of the due date
/// and at the 14-day edge.
/// </summary>
public sealed class TaskScheduleTests
{
    /// <summary>Every kind and every recurrence, each with the due date it must compute.</summary>
    public static TheoryData<string, Deadline, DateOnly> Deadlines => new()
    {
        { "ExactDate", Deadline.OnDate(new DateOnly(2024, 12, 15)), new DateOnly(2024, 12, 15) },
        { "BeforeDate", Deadline.Before(new DateOnly(2024, 12, 15)), new DateOnly(2024, 12, 14) },
        { "Quarter", Deadline.InQuarter(2024, 2), new DateOnly(2024, 6, 30) },
        { "BeforeQuarter", Deadline.BeforeQuarter(2024, 2), new DateOnly(2024, 3, 31) },
        { "BeforeQuarter I", Deadline.BeforeQuarter(2024, 1), new DateOnly(2023, 12, 31) },
        { "Month", Deadline.InMonth(2024, 2), new DateOnly(2024, 2, 29) },
        { "Year", Deadline.WholeYear(2024), new DateOnly(2024, 12, 31) },
        { "Recurring Monthly", Deadline.Recurring(2024, Recurrence.Monthly), new DateOnly(2024, 12, 31) },
        { "Recurring Quarterly", Deadline.Recurring(2024, Recurrence.Quarterly), new DateOnly(2024, 12, 31) },
        { "Recurring ReportingPeriod", Deadline.Recurring(2024, Recurrence.ReportingPeriod), new DateOnly(2024, 12, 31) },
        { "Recurring Continuous", Deadline.Recurring(2024, Recurrence.Continuous), new DateOnly(2024, 12, 31) },
    };

    [Fact]
    public void The_cases_cover_every_deadline_kind_and_every_recurrence()
    {
        var deadlines = Deadlines.Select(row => (Deadline)row[1]).ToList();
        Assert.Equal(Enum.GetValues<DeadlineKind>().Order(), deadlines.Select(d => d.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<Recurrence>().Where(r => r != Recurrence.None).Order(),
            deadlines.Where(d => d.Kind == DeadlineKind.Recurring).Select(d => d.Recurrence).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void A_task_not_done_is_on_time_then_due_soon_then_overdue_the_day_after_its_due_date(string kind, Deadline deadline, DateOnly due)
    {
        Assert.Equal(due, deadline.DueDate);
        foreach (var progress in new[] { TaskProgress.NotStarted, TaskProgress.InProgress })
        {
            Assert.Equal(DueState.OnTime, TaskSchedule.Classify(progress, deadline, due.AddDays(-60)));
            Assert.Equal(DueState.OnTime, TaskSchedule.Classify(progress, deadline, due.AddDays(-15)));
            Assert.Equal(DueState.DueSoon, TaskSchedule.Classify(progress, deadline, due.AddDays(-14)));
            Assert.Equal(DueState.DueSoon, TaskSchedule.Classify(progress, deadline, due.AddDays(-1)));
            Assert.Equal(DueState.DueSoon, TaskSchedule.Classify(progress, deadline, due));
            Assert.Equal(DueState.Overdue, TaskSchedule.Classify(progress, deadline, due.AddDays(1)));
            Assert.Equal(DueState.Overdue, TaskSchedule.Classify(progress, deadline, due.AddDays(200)));
        }

        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void A_done_task_is_never_overdue_nor_due_soon(string kind, Deadline deadline, DateOnly due)
    {
        foreach (var today in new[] { due.AddDays(-15), due.AddDays(-14), due, due.AddDays(1), due.AddDays(400) })
        {
            Assert.Equal(DueState.Done, TaskSchedule.Classify(TaskProgress.Done, deadline, today));
        }

        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Fact]
    public void A_task_without_a_deadline_has_none_unless_done()
    {
        Assert.Equal(DueState.NoDeadline, TaskSchedule.Classify(TaskProgress.NotStarted, null, new DateOnly(2030, 1, 1)));
        Assert.Equal(DueState.Done, TaskSchedule.Classify(TaskProgress.Done, null, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void A_task_without_its_own_deadline_follows_its_items_and_its_own_wins_when_set()
    {
        var builder = new PlanBuilder();
        var item = builder.Plan.AddItem(PlanBuilder.Item("Lĩnh vực A", builder.Node("A")) with
        {
            Deadline = Deadline.InQuarter(2024, 2),
            Tasks = [new TaskContent("Theo hạn của nội dung"), new TaskContent("Hạn riêng", Deadline.OnDate(new DateOnly(2024, 3, 15)))],
        });
        var (inherited, own) = (item.Tasks[0], item.Tasks[1]);

        Assert.Equal(Deadline.InQuarter(2024, 2), TaskSchedule.EffectiveDeadline(item, inherited));
        Assert.Equal(new DateOnly(2024, 3, 15), TaskSchedule.EffectiveDeadline(item, own)!.DueDate);

        var today = new DateOnly(2024, 4, 1);
        Assert.Equal(DueState.OnTime, TaskSchedule.Classify(item, inherited, today));
        Assert.Equal(DueState.Overdue, TaskSchedule.Classify(item, own, today));
        Assert.Equal(DueState.DueSoon, TaskSchedule.Classify(item, inherited, new DateOnly(2024, 6, 16)));
        Assert.Equal(DueState.Overdue, TaskSchedule.Classify(item, inherited, new DateOnly(2024, 7, 1)));
    }
}
