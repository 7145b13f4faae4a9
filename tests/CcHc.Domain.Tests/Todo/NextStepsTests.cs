using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Todo;

namespace CcHc.Domain.Tests.Todo;

/// <summary>The rules of the home pages' "what next" (issue 18, "To-do home pages"), one plan state at a time.</summary>
public sealed class NextStepsTests
{
    private static readonly DateOnly MidYear = new(2024, 6, 15);

    private static PlanSituation Plan(
        PlanStatus status,
        string[]? missing = null,
        string? returnComment = null,
        bool signed = false,
        string? revision = null,
        bool reported = false,
        string title = "Kế hoạch năm 2024") =>
        new(Guid.NewGuid(), title, 2024, status, missing ?? [], returnComment, signed, revision, reported);

    [Fact]
    public void An_incomplete_draft_asks_the_clerk_for_what_is_missing_and_a_complete_one_to_submit()
    {
        var incomplete = NextSteps.ForClerk(Plan(PlanStatus.Draft, ["Chưa có nội dung khắc phục cho tiêu chí 1.1.", "Chưa có thời hạn cho nội dung 2."]), MidYear)!;
        Assert.Equal(NextStepKind.CompleteDraft, incomplete.Kind);
        Assert.Equal("Chưa có nội dung khắc phục cho tiêu chí 1.1.; Chưa có thời hạn cho nội dung 2.", incomplete.Detail);

        Assert.Equal(NextStepKind.SubmitDraft, NextSteps.ForClerk(Plan(PlanStatus.Draft), MidYear)!.Kind);
    }

    [Fact]
    public void A_returned_plan_carries_the_chairmans_comment_and_comes_first()
    {
        var steps = NextSteps.ForClerk(
            [Plan(PlanStatus.Draft, title: "A"), Plan(PlanStatus.Returned, returnComment: "Bổ sung thời hạn cho mục 3.", title: "B"), Plan(PlanStatus.Approved, title: "C")],
            MidYear);

        Assert.Equal([NextStepKind.ReviseReturned, NextStepKind.Issue, NextStepKind.SubmitDraft], steps.Select(s => s.Kind));
        Assert.Equal("Bổ sung thời hạn cho mục 3.", steps[0].Detail);
    }

    [Fact]
    public void An_issued_plan_asks_for_the_signed_copy_then_for_the_office_revision_then_for_the_year_end_report()
    {
        Assert.Equal(NextStepKind.UploadSignedCopy, NextSteps.ForClerk(Plan(PlanStatus.Issued), MidYear)!.Kind);
        Assert.Null(NextSteps.ForClerk(Plan(PlanStatus.Issued, signed: true), MidYear));

        var revision = NextSteps.ForClerk(Plan(PlanStatus.Issued, signed: true, revision: "Thời hạn mục 2 chưa cụ thể."), MidYear)!;
        Assert.Equal((NextStepKind.ReviseOnRequest, "Thời hạn mục 2 chưa cụ thể."), (revision.Kind, revision.Detail));

        var report = NextSteps.ForClerk(Plan(PlanStatus.Issued, signed: true), new DateOnly(2024, 12, 1))!;
        Assert.Equal((NextStepKind.ReportResults, (DateOnly?)new DateOnly(2024, 12, 31)), (report.Kind, report.Due));
        Assert.Null(NextSteps.ForClerk(Plan(PlanStatus.Issued, signed: true), new DateOnly(2024, 11, 30)));
        Assert.Null(NextSteps.ForClerk(Plan(PlanStatus.Issued, signed: true, reported: true), new DateOnly(2025, 1, 10)));
    }

    [Fact]
    public void The_chairman_is_asked_only_about_submitted_plans_and_the_clerk_waits_for_them()
    {
        var submitted = Plan(PlanStatus.Submitted);
        Assert.Equal(NextStepKind.Review, NextSteps.ForChairman(submitted)!.Kind);
        Assert.Equal(NextStepKind.Waiting, NextSteps.ForClerk(submitted, MidYear)!.Kind);
        foreach (var status in new[] { PlanStatus.Draft, PlanStatus.Returned, PlanStatus.Approved, PlanStatus.Issued })
        {
            Assert.Null(NextSteps.ForChairman(Plan(status)));
        }
    }

    [Fact]
    public void A_commune_is_behind_when_the_due_date_passed_without_an_issue_by_then_or_it_is_near_and_nothing_is_issued()
    {
        var due = new DateOnly(2024, 3, 31);
        Assert.True(NextSteps.IsBehind(due, new DateOnly(2024, 4, 1), []));
        Assert.True(NextSteps.IsBehind(due, new DateOnly(2024, 4, 1), [new DateOnly(2024, 4, 1)]));
        Assert.False(NextSteps.IsBehind(due, new DateOnly(2024, 4, 1), [new DateOnly(2024, 3, 20)]));
        Assert.True(NextSteps.IsBehind(due, new DateOnly(2024, 3, 10), []));
        Assert.False(NextSteps.IsBehind(due, new DateOnly(2024, 1, 10), []));
        Assert.True(NextSteps.IsRecent(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)));
        Assert.False(NextSteps.IsRecent(new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 31)));
    }

    [Fact]
    public void A_quarter_ended_without_its_progress_report_asks_the_clerk_for_it_until_it_is_issued()
    {
        static PlanSituation Issued(params ReportingPeriod[] reported) =>
            new(Guid.NewGuid(), "Kế hoạch số 12/KH-UBND (năm 2024)", 2024, PlanStatus.Issued, [], null, true, null, false, reported, new DateOnly(2024, 2, 5));

        var due = NextSteps.ProgressReportDue(Issued(), new DateOnly(2024, 4, 2))!;
        Assert.Equal(NextStepKind.ReportProgress, due.Kind);
        Assert.Equal("Báo cáo định kỳ quý I năm 2024 đến hạn: lập và ban hành báo cáo", due.Text);

        Assert.Null(NextSteps.ProgressReportDue(Issued(), new DateOnly(2024, 3, 31)));
        Assert.Null(NextSteps.ProgressReportDue(Issued(ReportingPeriod.Quarter(2024, 1)), new DateOnly(2024, 4, 2)));

        var july = NextSteps.ProgressReportDue(Issued(ReportingPeriod.Quarter(2024, 1)), new DateOnly(2024, 7, 3))!;
        Assert.Equal("Báo cáo định kỳ 6 tháng đầu năm 2024 đến hạn: lập và ban hành báo cáo", july.Text);
        Assert.Equal("Các kỳ khác chưa báo cáo: quý II năm 2024", july.Detail);

        // Listed with the plan's other step, after it; not for a draft, nor when the reports are not known.
        var steps = NextSteps.ForClerk([Issued()], new DateOnly(2024, 4, 2));
        Assert.Contains(steps, s => s.Kind == NextStepKind.ReportProgress);
        Assert.Null(NextSteps.ProgressReportDue(Plan(PlanStatus.Draft) with { ProgressReported = [] }, new DateOnly(2024, 4, 2)));
        Assert.Null(NextSteps.ProgressReportDue(Plan(PlanStatus.Issued, signed: true), new DateOnly(2024, 4, 2)));
    }
}
