using CcHc.DemoData;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;

namespace CcHc.Domain.Tests.Reports;

/// <summary>The progress report's rules: one period of the plan's years, issued once the period has ended, then immutable.</summary>
public sealed class ProgressReportTests
{
    private static readonly Actor Clerk = new("clerk", "Công chức Văn phòng - Thống kê");
    private static readonly DateTimeOffset At = new(2024, 7, 5, 9, 0, 0, TimeSpan.FromHours(7));

    private static ProgressReport Draft(ReportingPeriod period)
    {
        var demo = CamSon2023.Build(new StandardPositions());
        demo.Plan.Submit(Clerk, At, demo.Assessment.Evaluate(demo.CriteriaSet));
        demo.Plan.Approve(new Actor("chairman", "Hoàng Văn Hiệp"), At);
        demo.Plan.Issue(Clerk, At, "12", new DateOnly(2024, 2, 5));
        return new ProgressReport(demo.Plan, period, "Hoàng Văn Hiệp", At);
    }

    [Fact]
    public void A_report_is_issued_after_its_period_with_its_assessment_and_never_changes_after()
    {
        var report = Draft(ReportingPeriod.Quarter(2024, 2));
        report.Update("Quý II, UBND xã tập trung rà soát các bộ phận chuyên môn.", "Hoàn thành số hóa hồ sơ TTHC.", null, "Hoàng Văn Hiệp");

        report.Issue(Clerk, At, new DateOnly(2024, 7, 5), "15", new DateOnly(2024, 7, 5));

        Assert.Equal(ReportStatus.Issued, report.Status);
        Assert.Equal("Số: 15/BC-UBND", report.NumberLine);
        Assert.Equal("Báo cáo đã ban hành nên không thể chỉnh sửa.",
            Assert.Throws<DomainException>(() => report.Update("Sửa", null, null, "X")).Message);
        Assert.Throws<DomainException>(() => report.Issue(Clerk, At, new DateOnly(2024, 7, 6), "16", new DateOnly(2024, 7, 6)));
    }

    [Fact]
    public void A_report_cannot_be_issued_before_its_period_ends_nor_without_its_assessment()
    {
        var report = Draft(ReportingPeriod.Quarter(2024, 3));
        report.Update("Đánh giá chung.", null, null, "Hoàng Văn Hiệp");

        var early = Assert.Throws<DomainException>(() => report.Issue(Clerk, At, new DateOnly(2024, 9, 30), "15", new DateOnly(2024, 9, 30)));
        Assert.Equal("Kỳ báo cáo quý III năm 2024 chưa kết thúc (đến hết ngày 30/09/2024) nên chưa ban hành được báo cáo.", early.Message);
        Assert.Throws<DomainException>(() => report.Issue(Clerk, At, new DateOnly(2024, 10, 2), "15", new DateOnly(2024, 9, 30)));
        Assert.Throws<DomainException>(() => report.Issue(Clerk, At, new DateOnly(2024, 10, 2), "15/BC-UBND", new DateOnly(2024, 10, 2)));

        var empty = Draft(ReportingPeriod.Quarter(2024, 2));
        Assert.Equal("Cần viết phần đánh giá chung trước khi ban hành báo cáo.",
            Assert.Throws<DomainException>(() => empty.Issue(Clerk, At, new DateOnly(2024, 7, 5), "15", new DateOnly(2024, 7, 5))).Message);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void A_period_outside_the_plans_years_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Draft(ReportingPeriod.Quarter(2025, 1)));

        Assert.Contains("nằm ngoài thời gian thực hiện kế hoạch", error.Message, StringComparison.Ordinal);
    }
}
