using CcHc.DemoData;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Tests.Reports;

/// <summary>
/// The progress of a periodic report, cut off at the period's end: Cẩm Sơn's real plan (seed 000) issued through the
/// workflow and tracked through the domain, with notes and evidence either side of the cut-off.
/// </summary>
public sealed class ProgressSummaryTests
{
    private static readonly StandardPositions Positions = new();
    private static readonly Actor Clerk = new("clerk", "Công chức Văn phòng - Thống kê");
    private static readonly Actor Lead = new("lead", "Công chức Tài chính - Kế toán");
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly ReportingPeriod Q2 = ReportingPeriod.Quarter(2024, 2);

    private static DemoCommune IssuedCamSon()
    {
        var demo = CamSon2023.Build(Positions);
        var at = new DateTimeOffset(2024, 2, 5, 9, 0, 0, Vietnam);
        demo.Plan.Submit(Clerk, at, demo.Assessment.Evaluate(demo.CriteriaSet));
        demo.Plan.Approve(new Actor("chairman", "Hoàng Văn Hiệp"), at);
        demo.Plan.Issue(Clerk, at, "12", new DateOnly(2024, 2, 5));
        return demo;
    }

    private static TaskNote Note(RemediationPlan plan, PlanTask task, DateOnly date, TaskProgress progress, string text) =>
        TaskNote.ByLead(plan, task.Id, Lead, date, date, progress, text, new DateTimeOffset(date.ToDateTime(new TimeOnly(16, 0)), Vietnam));

    private static EvidenceFile File(RemediationPlan plan, PlanTask task, string name, DateTimeOffset at) =>
        new(plan.Id, task.Id, null, name, EvidenceType.Pdf, 1000, new string('a', 64), Lead, at);

    [Fact]
    public void A_note_in_the_period_is_reported_and_one_after_its_end_is_not_nor_the_status_it_set()
    {
        var demo = IssuedCamSon();
        var plan = demo.Plan;
        var task = plan.Items[0].Tasks[0];
        var inPeriod = Note(plan, task, new DateOnly(2024, 5, 20), TaskProgress.InProgress, "Đã rà soát 3/7 bộ phận chuyên môn.");
        var after = Note(plan, task, new DateOnly(2024, 7, 1), TaskProgress.Done, "Hoàn thành kiểm tra (sau kỳ).");

        var summary = ProgressSummary.Build(plan, Q2, [inPeriod, after], [], []);

        var line = summary.Tasks.Single(t => t.TaskId == task.Id);
        Assert.Equal(TaskProgress.Done, task.Progress);
        Assert.Equal(TaskProgress.InProgress, line.Status);
        Assert.Equal([new DateOnly(2024, 5, 20)], line.InPeriod.Select(n => n.Date));
        Assert.Equal("Đã rà soát 3/7 bộ phận chuyên môn.", line.InPeriod[0].Text);
        Assert.DoesNotContain(summary.Tasks.SelectMany(t => t.InPeriod), n => n.Text.Contains("sau kỳ", StringComparison.Ordinal));
        Assert.Equal(1, summary.TasksInProgress);
        Assert.Equal(0, summary.TasksDone);
        Assert.Equal(plan.Items.Sum(i => i.Tasks.Count), summary.TasksTotal);
        Assert.Equal(1, summary.TasksReportedInPeriod);
    }

    [Fact]
    public void A_note_before_the_period_is_shown_as_done_before_it_not_as_work_of_the_period()
    {
        var demo = IssuedCamSon();
        var plan = demo.Plan;
        var task = plan.Items[0].Tasks[0];
        var earlier = Note(plan, task, new DateOnly(2024, 3, 15), TaskProgress.Done, "Đã ban hành thông báo kết luận kiểm tra.");

        var line = ProgressSummary.Build(plan, Q2, [earlier], [], []).Tasks.Single(t => t.TaskId == task.Id);

        Assert.Empty(line.InPeriod);
        Assert.Equal(new DateOnly(2024, 3, 15), line.Before!.Date);
        Assert.Equal(TaskProgress.Done, line.Status);
        Assert.False(line.AtRisk);
    }

    [Fact]
    public void Evidence_counts_if_uploaded_before_the_cut_off_and_not_withdrawn_before_it()
    {
        var demo = IssuedCamSon();
        var plan = demo.Plan;
        var task = plan.Items[0].Tasks[0];
        var kept = File(plan, task, "bien-ban-kiem-tra.pdf", new DateTimeOffset(2024, 6, 30, 23, 30, 0, Vietnam));
        var late = File(plan, task, "nop-sau-ky.pdf", new DateTimeOffset(2024, 7, 1, 0, 0, 0, Vietnam));
        var withdrawnAfter = File(plan, task, "rut-sau-ky.pdf", new DateTimeOffset(2024, 5, 2, 9, 0, 0, Vietnam));
        var withdrawnBefore = File(plan, task, "rut-trong-ky.pdf", new DateTimeOffset(2024, 5, 2, 9, 0, 0, Vietnam));
        var withdrawals = new[]
        {
            new EvidenceWithdrawal(withdrawnAfter, Lead, "Tải nhầm tệp.", new DateTimeOffset(2024, 7, 3, 8, 0, 0, Vietnam)),
            new EvidenceWithdrawal(withdrawnBefore, Lead, "Tải nhầm tệp.", new DateTimeOffset(2024, 6, 10, 8, 0, 0, Vietnam)),
        };

        var line = ProgressSummary.Build(plan, Q2, [], [kept, late, withdrawnAfter, withdrawnBefore], withdrawals).Tasks.Single(t => t.TaskId == task.Id);

        Assert.Equal(["rut-sau-ky.pdf", "bien-ban-kiem-tra.pdf"], line.EvidenceFileNames);
    }

    [Fact]
    public void A_task_not_done_is_at_risk_when_overdue_or_due_within_thirty_days_after_the_period()
    {
        var demo = IssuedCamSon();
        var plan = demo.Plan;
        var (item, task) = plan.Items.SelectMany(i => i.Tasks.Select(t => (i, t))).First(p => TaskSchedule.EffectiveDeadline(p.i, p.t) is not null);
        var due = TaskSchedule.EffectiveDeadline(item, task)!.DueDate;
        var justBefore = ReportingPeriod.Month(due.AddDays(-10).Year, due.AddDays(-10).Month);
        var longBefore = ReportingPeriod.Month(due.AddMonths(-3).Year, due.AddMonths(-3).Month);

        var near = ProgressSummary.Build(plan, justBefore, [], [], []).Tasks.Single(t => t.TaskId == task.Id);
        var far = ProgressSummary.Build(plan, longBefore, [], [], []).Tasks.Single(t => t.TaskId == task.Id);

        Assert.True(near.AtRisk, $"due {due}, period {justBefore.Code}");
        Assert.Contains(VietnameseNumbers.Date(due), near.RiskReason, StringComparison.Ordinal);
        Assert.False(far.AtRisk, $"due {due}, period {longBefore.Code}");
        Assert.Null(ProgressSummary.RiskOf(TaskProgress.Done, TaskSchedule.EffectiveDeadline(item, task), justBefore.End));
        Assert.StartsWith("quá hạn", ProgressSummary.RiskOf(TaskProgress.InProgress, TaskSchedule.EffectiveDeadline(item, task), due.AddDays(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_issued_plan_has_a_progress_summary()
    {
        var demo = CamSon2023.Build(Positions);

        Assert.Throws<DomainException>(() => ProgressSummary.Build(demo.Plan, Q2, [], [], []));
    }
}
