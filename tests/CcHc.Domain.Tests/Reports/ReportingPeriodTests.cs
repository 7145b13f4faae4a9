using CcHc.Domain.Common;
using CcHc.Domain.Reports;

namespace CcHc.Domain.Tests.Reports;

/// <summary>
/// Reporting periods of the periodic progress reports: seed 004's "định kỳ hằng quý, 06 tháng, năm" and seed 003's
/// "hằng tháng … quý, năm" — their dates, Vietnamese labels, codes, and which are due on a given day.
/// </summary>
public sealed class ReportingPeriodTests
{
    [Fact]
    public void Each_kind_has_its_dates_and_its_vietnamese_label()
    {
        var march = ReportingPeriod.Month(2026, 3);
        var q1 = ReportingPeriod.Quarter(2026, 1);
        var h1 = ReportingPeriod.HalfYear(2026, 1);
        var h2 = ReportingPeriod.HalfYear(2026, 2);
        var year = ReportingPeriod.WholeYear(2026);

        Assert.Equal("Tháng 3 năm 2026", march.Label);
        Assert.Equal("Quý I năm 2026", q1.Label);
        Assert.Equal("Quý IV năm 2026", ReportingPeriod.Quarter(2026, 4).Label);
        Assert.Equal("6 tháng đầu năm 2026", h1.Label);
        Assert.Equal("6 tháng cuối năm 2026", h2.Label);
        Assert.Equal("Năm 2026", year.Label);
        Assert.Equal("quý I năm 2026", q1.LabelInSentence);

        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), (march.Start, march.End));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (q1.Start, q1.End));
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)), (ReportingPeriod.Quarter(2026, 3).Start, ReportingPeriod.Quarter(2026, 3).End));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), (h1.Start, h1.End));
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)), (h2.Start, h2.End));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (year.Start, year.End));
        Assert.Equal(new DateOnly(2024, 2, 29), ReportingPeriod.Month(2024, 2).End);
    }

    [Fact]
    public void The_cut_off_is_the_end_of_the_last_day_in_vietnam_time()
    {
        var q1 = ReportingPeriod.Quarter(2026, 1);

        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(7)), q1.CutOff);
        // 23:59 on 31/3 in Vietnam is 16:59 UTC: still in the period; 17:00 UTC is 1/4 in Vietnam.
        Assert.True(new DateTimeOffset(2026, 3, 31, 16, 59, 0, TimeSpan.Zero) < q1.CutOff);
        Assert.False(new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.Zero) < q1.CutOff);
    }

    [Theory]
    [InlineData("2026-M03", "Tháng 3 năm 2026")]
    [InlineData("2026-Q1", "Quý I năm 2026")]
    [InlineData("2026-q2", "Quý II năm 2026")]
    [InlineData("2026-H1", "6 tháng đầu năm 2026")]
    [InlineData("2026-Y", "Năm 2026")]
    public void A_code_reads_back_to_its_period(string code, string label)
    {
        var period = ReportingPeriod.Parse(code);

        Assert.Equal(label, period.Label);
        Assert.Equal(period, ReportingPeriod.Parse(period.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2026-M13")]
    [InlineData("2026-M3")]
    [InlineData("2026-H3")]
    [InlineData("1999-Y")]
    [InlineData("2026-X1")]
    [InlineData("quý 1")]
    public void A_wrong_code_is_refused_never_guessed(string code)
    {
        Assert.False(ReportingPeriod.TryParse(code, out _));
        var error = Assert.Throws<DomainException>(() => ReportingPeriod.Parse(code));
        Assert.Contains("không hợp lệ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_out_of_range_is_refused_in_vietnamese()
    {
        Assert.Equal("Quý phải từ 1 đến 4.", Assert.Throws<DomainException>(() => ReportingPeriod.Quarter(2026, 5)).Message);
        Assert.Equal("Tháng phải từ 1 đến 12.", Assert.Throws<DomainException>(() => ReportingPeriod.Month(2026, 0)).Message);
        Assert.Equal("6 tháng phải từ 1 đến 2.", Assert.Throws<DomainException>(() => ReportingPeriod.HalfYear(2026, 3)).Message);
    }

    [Fact]
    public void Seed_004s_plan_2023_to_2025_reports_each_quarter_six_months_and_year_in_the_order_they_end()
    {
        // Seed 004 (xã Hà Bắc, 2023 – 2025): "Định kỳ hằng quý, 06 tháng, năm … báo cáo UBND huyện".
        var periods = ReportingPeriod.PlanPeriods(2023, 2025, ReportingCadence.Default);

        Assert.Equal(3 * (4 + 2 + 1), periods.Count);
        Assert.Equal(["2023-Q1", "2023-Q2", "2023-H1", "2023-Q3", "2023-Q4", "2023-H2", "2023-Y"], periods.Take(7).Select(p => p.Code));
        Assert.Equal("2025-Y", periods[^1].Code);
    }

    [Fact]
    public void Seed_003s_monthly_quarterly_and_yearly_cadence_gives_seventeen_periods_a_year()
    {
        // Seed 003 (xã Sơn Kỳ): "hằng tháng … quý, năm".
        var periods = ReportingPeriod.PlanPeriods(2024, 2024, ReportingCadence.Monthly | ReportingCadence.Quarterly | ReportingCadence.Yearly);

        Assert.Equal(12 + 4 + 1, periods.Count);
        Assert.Equal(["2024-M01", "2024-M02", "2024-M03", "2024-Q1", "2024-M04"], periods.Take(5).Select(p => p.Code));
    }

    [Fact]
    public void A_period_is_due_the_day_after_it_ends_until_its_report_is_issued()
    {
        var periods = ReportingPeriod.PlanPeriods(2026, 2026, ReportingCadence.Default);
        var q1 = ReportingPeriod.Quarter(2026, 1);

        Assert.Empty(ReportingPeriod.Due(periods, [], new DateOnly(2026, 3, 31)));
        Assert.Equal([q1], ReportingPeriod.Due(periods, [], new DateOnly(2026, 4, 1)));
        Assert.Empty(ReportingPeriod.Due(periods, [q1], new DateOnly(2026, 4, 1)));
        Assert.Equal(["2026-Q1", "2026-Q2", "2026-H1"], ReportingPeriod.Due(periods, [], new DateOnly(2026, 7, 1)).Select(p => p.Code));
    }

    [Fact]
    public void A_plan_issued_mid_year_has_no_report_for_periods_that_ended_before_it()
    {
        var periods = ReportingPeriod.PlanPeriods(2024, 2024, ReportingCadence.Default, issuedOn: new DateOnly(2024, 5, 10));

        Assert.DoesNotContain(ReportingPeriod.Quarter(2024, 1), periods);
        Assert.Contains(ReportingPeriod.Quarter(2024, 2), periods);
        Assert.Contains(ReportingPeriod.HalfYear(2024, 1), periods);
    }
}
