using CcHc.DemoData;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Tests.Reports;

/// <summary>The results report's figures, from the seeds' real plans issued and tracked through the domain.</summary>
public sealed class ResultsSummaryTests
{
    private static readonly StandardPositions Positions = new();
    private static readonly Actor Clerk = new("clerk", "Công chức Văn phòng - Thống kê");
    private static readonly Actor Lead = new("lead", "Công chức Tài chính - Kế toán");
    private static readonly DateTimeOffset At = new(2024, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly YearEnd = new(2024, 12, 20);

    /// <summary>Cẩm Sơn (seed 000, full scores) taken through the workflow to an issued version.</summary>
    private static DemoCommune IssuedCamSon(bool lastItemNotRemediable = false)
    {
        var demo = CamSon2023.Build(Positions);
        if (lastItemNotRemediable)
        {
            var last = demo.Plan.Items[^1];
            demo.Plan.UpdateItem(last.Id, new ItemContent(
                last.Heading, last.FieldId, last.CriterionIds, last.Cause, last.LeadPositionId, last.SupportPositionIds, last.Deadline,
                [], NotRemediable: true, NotRemediableReason: "Thu hút đầu tư phụ thuộc chính sách của tỉnh."));
        }

        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);
        demo.Plan.Submit(Clerk, At.AddMonths(-10), evaluation);
        demo.Plan.Approve(new Actor("chairman", "Hoàng Văn Hiệp"), At.AddMonths(-10));
        demo.Plan.Issue(Clerk, At.AddMonths(-10), "12", new DateOnly(2024, 2, 5));
        return demo;
    }

    private static ResultsSummary Summarise(DemoCommune demo, IEnumerable<TaskNote>? notes = null, IEnumerable<EvidenceFile>? files = null, DateOnly? asOf = null) =>
        ResultsSummary.Build(demo.Plan, demo.Assessment.Evaluate(demo.CriteriaSet), notes ?? [], files ?? [], asOf ?? YearEnd);

    private static void Complete(RemediationPlan plan, RemediationItem item)
    {
        foreach (var task in item.Tasks)
        {
            plan.RecordProgress(task.Id, TaskProgress.Done, out _);
        }
    }

    [Fact]
    public void With_nothing_done_every_item_and_every_deducted_point_remains_at_risk()
    {
        var demo = IssuedCamSon();
        var completeness = demo.Plan.CheckCompleteness(demo.Assessment.Evaluate(demo.CriteriaSet));

        var summary = Summarise(demo);

        Assert.Equal(demo.Plan.Items.Count, summary.Items.Count);
        Assert.Equal(demo.Plan.Items.Select(i => i.Heading), summary.Items.Select(i => i.Heading));
        Assert.Equal(0, summary.ItemsDone);
        Assert.Equal(0, summary.ItemsInProgress);
        Assert.Equal(summary.Items.Count, summary.ItemsNotStarted + summary.ItemsNotRemediable);
        Assert.Equal(summary.Items.Count, summary.ItemsAtRisk);
        Assert.Equal(0m, summary.PointsSecured);
        Assert.Equal(completeness.PointsDeducted, summary.PointsDeducted);
        Assert.Equal(summary.PointsDeducted, summary.PointsAtRisk);
        Assert.True(summary.PointsDeducted > 10m, $"Cẩm Sơn lost {summary.PointsDeducted} points");
    }

    [Fact]
    public void A_done_item_secures_the_points_it_answers_and_is_no_longer_at_risk()
    {
        var demo = IssuedCamSon();
        var before = Summarise(demo);
        var target = before.Items.First(i => !i.NotRemediable && i.Tasks.Count > 0 && i.PointsCovered > 0);
        var item = demo.Plan.FindItem(target.ItemId);

        Complete(demo.Plan, item);
        var summary = Summarise(demo);

        var done = summary.Items.Single(i => i.ItemId == item.Id);
        Assert.Equal(TaskProgress.Done, done.Status);
        Assert.False(done.AtRisk);
        Assert.Equal(1, summary.ItemsDone);
        Assert.Equal(summary.Items.Count - 1, summary.ItemsAtRisk);
        Assert.Equal(target.PointsCovered, summary.PointsSecured);
        Assert.Equal(before.PointsDeducted - target.PointsCovered, summary.PointsAtRisk);
        Assert.Equal(item.Tasks.Count, summary.TasksDone);
    }

    [Fact]
    public void One_task_moved_puts_its_item_in_progress()
    {
        var demo = IssuedCamSon();
        var item = demo.Plan.Items.First(i => i.Tasks.Count > 1);

        demo.Plan.RecordProgress(item.Tasks[0].Id, TaskProgress.InProgress, out _);
        var summary = Summarise(demo);

        Assert.Equal(TaskProgress.InProgress, summary.Items.Single(i => i.ItemId == item.Id).Status);
        Assert.Equal(1, summary.ItemsInProgress);
        Assert.Equal(0m, summary.PointsSecured);
    }

    [Fact]
    public void An_item_the_commune_cannot_remedy_stays_at_risk_and_is_counted_apart()
    {
        var demo = IssuedCamSon(lastItemNotRemediable: true);
        var notRemediable = demo.Plan.Items.Where(i => i.NotRemediable).ToList();
        Assert.Single(notRemediable);

        foreach (var item in demo.Plan.Items)
        {
            Complete(demo.Plan, item);
        }

        var summary = Summarise(demo);

        Assert.Equal(notRemediable.Count, summary.ItemsNotRemediable);
        Assert.Equal(notRemediable.Count, summary.ItemsAtRisk);
        Assert.All(summary.Items.Where(i => i.NotRemediable), i => Assert.True(i.AtRisk));
        Assert.Equal(summary.Items.Count - notRemediable.Count, summary.ItemsDone);
        Assert.Equal(summary.Items.Where(i => i.NotRemediable).Sum(i => i.PointsCovered), summary.PointsAtRisk);
        Assert.True(summary.PointsAtRisk > 0m);
    }

    [Fact]
    public void What_was_done_is_the_leads_latest_dated_note_per_task_and_evidence_is_listed_by_name()
    {
        var demo = IssuedCamSon();
        var item = demo.Plan.Items.First(i => !i.NotRemediable && i.Tasks.Count > 0);
        var task = item.Tasks[0];
        var today = new DateOnly(2024, 11, 20);
        var first = TaskNote.ByLead(demo.Plan, task.Id, Lead, new DateOnly(2024, 5, 2), today, TaskProgress.InProgress, "Đã xây dựng dự thảo kế hoạch kiểm tra.", At.AddMonths(-6));
        var latest = TaskNote.ByLead(demo.Plan, task.Id, Lead, new DateOnly(2024, 10, 15), today, TaskProgress.Done, "Đã ban hành Kế hoạch kiểm tra số 45/KH-UBND.", At.AddMonths(-1));
        var support = TaskNote.BySupport(demo.Plan, task.Id, Clerk, new DateOnly(2024, 11, 1), today, "Ghi chú của bộ phận phối hợp.", At);
        var file = new EvidenceFile(demo.Plan.Id, task.Id, latest.Id, "ke-hoach-kiem-tra-45.pdf", EvidenceType.Pdf, 2048, new string('a', 64), Lead, At);

        var summary = Summarise(demo, [latest, support, first], [file]);

        var result = summary.Items.Single(i => i.ItemId == item.Id);
        var note = Assert.Single(result.Results);
        Assert.Equal(new DateOnly(2024, 10, 15), note.Date);
        Assert.Equal("Đã ban hành Kế hoạch kiểm tra số 45/KH-UBND.", note.Text);
        Assert.Equal(["ke-hoach-kiem-tra-45.pdf"], result.EvidenceFileNames);
        Assert.Equal(TaskProgress.Done, result.Tasks[0].Progress);
    }

    [Fact]
    public void Overdue_tasks_are_counted_with_the_tracking_rule_as_of_the_report_date()
    {
        var demo = SonKy2023.Build(Positions);

        var atYearEnd = Summarise(demo, asOf: YearEnd);
        var early = Summarise(demo, asOf: new DateOnly(2024, 3, 1));

        var expected = demo.Plan.Items.Sum(i => i.Tasks.Count(t => TaskSchedule.Classify(i, t, YearEnd) == DueState.Overdue));
        Assert.True(expected > 0);
        Assert.Equal(expected, atYearEnd.TasksOverdue);
        Assert.True(early.TasksOverdue < atYearEnd.TasksOverdue, $"{early.TasksOverdue} overdue on 01/03/2024");

        // A task past its due date is overdue at the year end; once done it no longer is.
        var overdue = atYearEnd.Items.SelectMany(i => i.Tasks).First(t => t.IsOverdue);
        demo.Plan.RecordProgress(overdue.TaskId, TaskProgress.Done, out _);
        Assert.Equal(expected - 1, Summarise(demo, asOf: YearEnd).TasksOverdue);
    }

    [Fact]
    public void Son_ky_prints_no_scores_so_its_deductions_are_unknown_not_zero()
    {
        var demo = SonKy2023.Build(Positions);

        var summary = Summarise(demo);

        Assert.Equal(0m, summary.PointsDeducted);
        Assert.Equal(16, summary.UnknownDeductions); // the sixteen sub-criteria codes the plan names
        Assert.Contains(summary.Items, i => i.HasUnknownPoints);
        Assert.Contains(summary.Items[0].Criteria, c => c.DisplayName.StartsWith("1.3.2.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_plan_has_no_results_to_report()
    {
        var demo = CamSon2023.Build(Positions);

        var error = Assert.Throws<DomainException>(() => Summarise(demo));
        Assert.Contains("đã ban hành", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>
/// The results report never reports past its own date (issue 14: report 05/BC-UBND dated 05/07/2024 listed Sơn Kỳ's
/// results of 15/07 and 03/10/2024): entries after the date are cut off and the tasks stand as their log did that day.
/// </summary>
public sealed class ResultsSummaryCutOffTests
{
    private static readonly DateOnly ReportDate = new(2024, 7, 5);

    private static ResultsSummary SonKyAsOf(DateOnly asOf, out DemoCommune demo)
    {
        demo = SonKy2023.Build(new StandardPositions());
        return ResultsSummary.Build(demo.Plan, demo.Assessment.Evaluate(demo.CriteriaSet), demo.TaskNotes, [], asOf);
    }

    [Fact]
    public void A_report_dated_05_07_2024_lists_no_result_dated_after_it()
    {
        var summary = SonKyAsOf(ReportDate, out var demo);

        var listed = summary.Items.SelectMany(i => i.Results).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, r => Assert.True(r.Date <= ReportDate, $"{r.Date} is after the report's date"));
        Assert.Contains(demo.TaskNotes, n => n.Date == new DateOnly(2024, 7, 15));
        Assert.Contains(demo.TaskNotes, n => n.Date == new DateOnly(2024, 10, 3));
        Assert.All(summary.Items.SelectMany(i => i.Tasks), t => Assert.True(t.LatestLeadNote is null || t.LatestLeadNote.Date <= ReportDate));
    }

    [Fact]
    public void A_task_first_moved_after_the_report_date_is_not_started_on_it_and_one_moved_before_keeps_its_status()
    {
        var early = SonKyAsOf(ReportDate, out var demo);
        var late = ResultsSummary.Build(demo.Plan, demo.Assessment.Evaluate(demo.CriteriaSet), demo.TaskNotes, [], new DateOnly(2024, 12, 20));
        var movedInJuly = demo.TaskNotes.Single(n => n.Date == new DateOnly(2024, 7, 15)).TaskId;
        var doneInMarch = demo.TaskNotes.First(n => n.Date == new DateOnly(2024, 3, 27)).TaskId;

        TaskResult Task(ResultsSummary s, Guid id) => s.Items.SelectMany(i => i.Tasks).Single(t => t.TaskId == id);

        Assert.Equal(TaskProgress.NotStarted, Task(early, movedInJuly).Progress);
        Assert.Equal(TaskProgress.InProgress, Task(late, movedInJuly).Progress);
        Assert.Equal(TaskProgress.Done, Task(early, doneInMarch).Progress);
        Assert.Contains(late.Items.SelectMany(i => i.Results), r => r.Date == new DateOnly(2024, 10, 3));
        Assert.True(early.TasksDone <= late.TasksDone);
    }
}
