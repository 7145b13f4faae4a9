using System.Globalization;
using System.Reflection;
using System.Text;
using CcHc.Domain.Deadlines;

namespace CcHc.Domain.Tests.Deadlines;

public class DeadlineTests
{
    private static DateOnly D(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- Every deadline wording found in the seeds ----------------------------------------------------------------

    [Theory]
    // Seed 000 (xã Cẩm Sơn, plan for 2024).
    [InlineData("Năm 2024", 2024, DeadlineKind.Year, Recurrence.None, "2024-12-31")]
    // Seed 001 (xã Triệu Trạch, plan for 2023).
    [InlineData("Cả năm", 2023, DeadlineKind.Year, Recurrence.None, "2023-12-31")]
    [InlineData("Theo kì báo cáo định kỳ", 2023, DeadlineKind.Recurring, Recurrence.ReportingPeriod, "2023-12-31")]
    [InlineData(
        "Kế hoạch ban hành trước ngày 01/5, thực hiện kiểm tra Quý III; các đ/c cán bộ cc báo cáo định kỳ theo thời gian quy định.",
        2023, DeadlineKind.Quarter, Recurrence.None, "2023-09-30")]
    [InlineData(
        "Tham mưu văn bản phân tích trước ngày 01/3; tham mưu Báo cáo kết quả trước ngày 15/12.",
        2023, DeadlineKind.BeforeDate, Recurrence.None, "2023-12-14")]
    [InlineData("Tham mưu báo cáo kết quả trước ngày 15/12.", 2023, DeadlineKind.BeforeDate, Recurrence.None, "2023-12-14")]
    [InlineData("Cung cấp sáng kiến để được công nhận trước 30/10", 2023, DeadlineKind.BeforeDate, Recurrence.None, "2023-10-29")]
    // Seed 003 (xã Sơn Kỳ, OCR; diacritics restored; plan for 2024).
    [InlineData("Trước Quý II năm 2024", 2024, DeadlineKind.BeforeQuarter, Recurrence.None, "2024-03-31")]
    [InlineData("Quý II năm 2024", 2024, DeadlineKind.Quarter, Recurrence.None, "2024-06-30")]
    [InlineData("Trong Quý II 2024", 2024, DeadlineKind.Quarter, Recurrence.None, "2024-06-30")]
    [InlineData("Trong năm 2024", 2024, DeadlineKind.Year, Recurrence.None, "2024-12-31")]
    [InlineData("Theo Kế hoạch CHHC năm 2024", 2024, DeadlineKind.Year, Recurrence.None, "2024-12-31")]
    [InlineData("Trong quý III năm 2024", 2024, DeadlineKind.Quarter, Recurrence.None, "2024-09-30")]
    [InlineData("Thường xuyên trong năm 2024", 2024, DeadlineKind.Recurring, Recurrence.Continuous, "2024-12-31")]
    public void A_seed_wording_parses_to_its_kind_and_due_date_and_keeps_its_wording(
        string text, int contextYear, DeadlineKind kind, Recurrence recurrence, string due)
    {
        var ok = Deadline.TryParse(text, contextYear, out var deadline);

        Assert.True(ok);
        Assert.NotNull(deadline);
        Assert.Equal(kind, deadline.Kind);
        Assert.Equal(recurrence, deadline.Recurrence);
        Assert.Equal(D(due), deadline.DueDate);
        Assert.Equal(text, deadline.Wording);
    }

    [Theory]
    // Wordings the domain notes and the brief name, and variants of spelling, case and number.
    [InlineData("Theo Kế hoạch CCHC năm 2024", 2024, DeadlineKind.Year, Recurrence.None, "2024-12-31")]
    [InlineData("trước ngày 15/12/2024", 2024, DeadlineKind.BeforeDate, Recurrence.None, "2024-12-14")]
    [InlineData("Trước 30/10", 2024, DeadlineKind.BeforeDate, Recurrence.None, "2024-10-29")]
    [InlineData("trước ngày 15/12", 2024, DeadlineKind.BeforeDate, Recurrence.None, "2024-12-14")]
    [InlineData("trước ngày 15 tháng 12 năm 2024", 2023, DeadlineKind.BeforeDate, Recurrence.None, "2024-12-14")]
    [InlineData("Ngày 15/12/2024", 2024, DeadlineKind.ExactDate, Recurrence.None, "2024-12-15")]
    [InlineData("15/12/2024", 2023, DeadlineKind.ExactDate, Recurrence.None, "2024-12-15")]
    [InlineData("15-12-2024", 2023, DeadlineKind.ExactDate, Recurrence.None, "2024-12-15")]
    [InlineData("ngày 01/5", 2024, DeadlineKind.ExactDate, Recurrence.None, "2024-05-01")]
    [InlineData("Quý III", 2024, DeadlineKind.Quarter, Recurrence.None, "2024-09-30")]
    [InlineData("Quý 2 năm 2024", 2023, DeadlineKind.Quarter, Recurrence.None, "2024-06-30")]
    [InlineData("QUÝ IV NĂM 2024", 2023, DeadlineKind.Quarter, Recurrence.None, "2024-12-31")]
    [InlineData("quý 1/2025", 2024, DeadlineKind.Quarter, Recurrence.None, "2025-03-31")]
    [InlineData("Trước quý 1 năm 2025", 2024, DeadlineKind.BeforeQuarter, Recurrence.None, "2024-12-31")]
    [InlineData("Tháng 5 năm 2024", 2023, DeadlineKind.Month, Recurrence.None, "2024-05-31")]
    [InlineData("tháng 5/2024", 2023, DeadlineKind.Month, Recurrence.None, "2024-05-31")]
    [InlineData("Tháng 2 năm 2024", 2023, DeadlineKind.Month, Recurrence.None, "2024-02-29")]
    [InlineData("Cả năm", 2024, DeadlineKind.Year, Recurrence.None, "2024-12-31")]
    [InlineData("Thường xuyên", 2024, DeadlineKind.Recurring, Recurrence.Continuous, "2024-12-31")]
    [InlineData("Theo kỳ báo cáo định kỳ", 2024, DeadlineKind.Recurring, Recurrence.ReportingPeriod, "2024-12-31")]
    [InlineData("Theo kỳ báo cáo", 2024, DeadlineKind.Recurring, Recurrence.ReportingPeriod, "2024-12-31")]
    [InlineData("định kỳ", 2024, DeadlineKind.Recurring, Recurrence.ReportingPeriod, "2024-12-31")]
    [InlineData("hằng tháng", 2024, DeadlineKind.Recurring, Recurrence.Monthly, "2024-12-31")]
    [InlineData("Hàng tháng", 2024, DeadlineKind.Recurring, Recurrence.Monthly, "2024-12-31")]
    [InlineData("hằng quý", 2024, DeadlineKind.Recurring, Recurrence.Quarterly, "2024-12-31")]
    [InlineData("Hàng quý trong năm 2025", 2024, DeadlineKind.Recurring, Recurrence.Quarterly, "2025-12-31")]
    // OCR without diacritics (seed 003 as scanned).
    [InlineData("Thuong xuyen trong nam 2024", 2024, DeadlineKind.Recurring, Recurrence.Continuous, "2024-12-31")]
    [InlineData("Truoc Quy II nam 2024", 2024, DeadlineKind.BeforeQuarter, Recurrence.None, "2024-03-31")]
    // A task with a recurring part and a dated part: the dated part wins.
    [InlineData("Báo cáo định kỳ hằng tháng; hoàn thành trước ngày 30/6", 2024, DeadlineKind.BeforeDate, Recurrence.None, "2024-06-29")]
    public void A_wording_variant_parses_to_its_kind_and_due_date(
        string text, int contextYear, DeadlineKind kind, Recurrence recurrence, string due)
    {
        var deadline = Deadline.Parse(text, contextYear);

        Assert.Equal(kind, deadline.Kind);
        Assert.Equal(recurrence, deadline.Recurrence);
        Assert.Equal(D(due), deadline.DueDate);
        Assert.Equal(text, deadline.Wording);
    }

    [Fact]
    public void The_first_compound_text_of_seed_001_is_the_third_quarter_of_the_plan_year()
    {
        const string text =
            "Kế hoạch ban hành trước ngày 01/5, thực hiện kiểm tra Quý III; các đ/c cán bộ cc báo cáo định kỳ theo thời gian quy định.";

        var deadline = Deadline.Parse(text, 2023);

        Assert.Equal(Deadline.InQuarter(2023, 3, text), deadline);
        Assert.Equal(2023, deadline.Year);
        Assert.Equal(3, deadline.Quarter);
        Assert.Null(deadline.Date);
    }

    [Fact]
    public void The_second_compound_text_of_seed_001_is_before_the_later_of_its_two_dates()
    {
        const string text = "Tham mưu văn bản phân tích trước ngày 01/3; tham mưu Báo cáo kết quả trước ngày 15/12.";

        var deadline = Deadline.Parse(text, 2023);

        Assert.Equal(Deadline.Before(new DateOnly(2023, 12, 15), text), deadline);
        Assert.Equal(new DateOnly(2023, 12, 15), deadline.Date);
    }

    [Fact]
    public void The_whole_appendix_cell_of_seed_001_item_1_1_3_takes_the_latest_part()
    {
        const string text =
            "- Cả năm - Cả năm - Kế hoạch ban hành trước ngày 01/5, thực hiện kiểm tra Quý III; các đ/c cán bộ cc báo cáo định kỳ theo thời gian quy định.";

        var deadline = Deadline.Parse(text, 2023);

        // "Cả năm" (31/12) is later than "Quý III" (30/09).
        Assert.Equal(DeadlineKind.Year, deadline.Kind);
        Assert.Equal(new DateOnly(2023, 12, 31), deadline.DueDate);
    }

    [Fact]
    public void A_date_without_a_year_takes_the_context_year()
    {
        var deadline = Deadline.Parse("Cung cấp sáng kiến để được công nhận trước 30/10", 2022);

        Assert.Equal(new DateOnly(2022, 10, 30), deadline.Date);
        Assert.Equal(2022, deadline.Year);
    }

    [Fact]
    public void A_year_written_in_the_text_beats_the_context_year()
    {
        var deadline = Deadline.Parse("Quý II năm 2024", 2023);

        Assert.Equal(Deadline.InQuarter(2024, 2, "Quý II năm 2024"), deadline);
    }

    [Fact]
    public void Parsing_trims_and_collapses_whitespace_in_the_wording()
    {
        var deadline = Deadline.Parse("  Trước   Quý II\n năm 2024\t", 2024);

        Assert.Equal("Trước Quý II năm 2024", deadline.Wording);
        Assert.Equal(new DateOnly(2024, 3, 31), deadline.DueDate);
    }

    [Fact]
    public void Decomposed_unicode_parses_and_is_stored_as_nfc()
    {
        var decomposed = "Quý II năm 2024".Normalize(NormalizationForm.FormD);

        var deadline = Deadline.Parse(decomposed, 2024);

        Assert.Equal(DeadlineKind.Quarter, deadline.Kind);
        Assert.Equal("Quý II năm 2024", deadline.Wording);
    }

    [Theory]
    [InlineData("Theo kì báo cáo định kì")]
    [InlineData("Theo kỳ báo cáo định kỳ")]
    [InlineData("THEO KỲ BÁO CÁO ĐỊNH KỲ")]
    public void Both_spellings_of_ky_and_any_case_read_as_the_reporting_period(string text)
    {
        var deadline = Deadline.Parse(text, 2024);

        Assert.Equal(Deadline.Recurring(2024, Recurrence.ReportingPeriod, text), deadline);
    }

    [Theory]
    [InlineData("Quý II năm 2024")]
    [InlineData("Quý 2 năm 2024")]
    [InlineData("quý ii năm 2024")]
    [InlineData("Quý II 2024")]
    [InlineData("Quý 2/2024")]
    public void Roman_and_arabic_quarter_numbers_read_the_same(string text)
    {
        var deadline = Deadline.Parse(text, 2020);

        Assert.Equal(2024, deadline.Year);
        Assert.Equal(2, deadline.Quarter);
        Assert.Equal(new DateOnly(2024, 6, 30), deadline.DueDate);
    }

    // ---- Rejections -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Không rõ")]
    [InlineData("Tăng cường công tác tuyên truyền")]
    [InlineData("31/02/2024")]
    [InlineData("trước ngày 31/02/2024")]
    [InlineData("30/02")]
    [InlineData("Quý 5 năm 2024")]
    [InlineData("Quý V năm 2024")]
    [InlineData("Tháng 13 năm 2024")]
    [InlineData("Năm 1999")]
    [InlineData("15/12/24")]
    public void Text_without_a_possible_deadline_is_rejected(string? text)
    {
        var ok = Deadline.TryParse(text, 2024, out var deadline);

        Assert.False(ok);
        Assert.Null(deadline);
    }

    [Fact]
    public void Parse_throws_a_format_exception_with_a_vietnamese_message()
    {
        var exception = Assert.Throws<FormatException>(() => Deadline.Parse("  Không rõ  ", 2024));

        Assert.Equal("Không hiểu thời hạn \"Không rõ\"", exception.Message);
    }

    [Fact]
    public void Leap_day_parses_only_in_a_leap_year()
    {
        Assert.True(Deadline.TryParse("29/02", 2024, out var leap));
        Assert.Equal(new DateOnly(2024, 2, 29), leap.DueDate);

        Assert.False(Deadline.TryParse("29/02", 2023, out _));
    }

    [Fact]
    public void A_context_year_outside_the_allowed_range_is_rejected_when_the_text_needs_it()
    {
        Assert.False(Deadline.TryParse("Cả năm", 1999, out _));
        Assert.True(Deadline.TryParse("Năm 2024", 1999, out _));
    }

    // ---- Factories: canonical wordings -----------------------------------------------------------------------------

    public static TheoryData<Deadline, string> CanonicalWordings => new()
    {
        { Deadline.OnDate(new DateOnly(2024, 12, 15)), "Ngày 15/12/2024" },
        { Deadline.OnDate(new DateOnly(2024, 5, 1)), "Ngày 01/05/2024" },
        { Deadline.Before(new DateOnly(2024, 12, 15)), "Trước ngày 15/12/2024" },
        { Deadline.Before(new DateOnly(2024, 3, 1)), "Trước ngày 01/03/2024" },
        { Deadline.InQuarter(2024, 1), "Quý I năm 2024" },
        { Deadline.InQuarter(2024, 2), "Quý II năm 2024" },
        { Deadline.InQuarter(2024, 3), "Quý III năm 2024" },
        { Deadline.InQuarter(2024, 4), "Quý IV năm 2024" },
        { Deadline.BeforeQuarter(2024, 2), "Trước Quý II năm 2024" },
        { Deadline.InMonth(2024, 5), "Tháng 5 năm 2024" },
        { Deadline.WholeYear(2024), "Năm 2024" },
        { Deadline.Recurring(2024, Recurrence.Monthly), "Hằng tháng trong năm 2024" },
        { Deadline.Recurring(2024, Recurrence.Quarterly), "Hằng quý trong năm 2024" },
        { Deadline.Recurring(2024, Recurrence.ReportingPeriod), "Theo kỳ báo cáo định kỳ" },
        { Deadline.Recurring(2024, Recurrence.Continuous), "Thường xuyên trong năm 2024" },
    };

    [Theory]
    [MemberData(nameof(CanonicalWordings))]
    public void A_factory_without_wording_writes_the_canonical_vietnamese_wording(Deadline deadline, string expected)
    {
        Assert.Equal(expected, deadline.Wording);
        Assert.Equal(expected, deadline.ToString());
    }

    [Theory]
    [MemberData(nameof(CanonicalWordings))]
    public void A_canonical_wording_parses_back_to_the_same_deadline(Deadline deadline, string wording)
    {
        var parsed = Deadline.Parse(wording, 2024);

        Assert.Equal(deadline, parsed);
        Assert.Equal(deadline.DueDate, parsed.DueDate);
    }

    [Fact]
    public void A_factory_keeps_the_wording_it_is_given()
    {
        var deadline = Deadline.InQuarter(2024, 2, "Trong Quý II 2024");

        Assert.Equal("Trong Quý II 2024", deadline.Wording);
        Assert.Equal(DeadlineKind.Quarter, deadline.Kind);
        Assert.Equal(2024, deadline.Year);
        Assert.Equal(2, deadline.Quarter);
        Assert.Null(deadline.Month);
        Assert.Null(deadline.Date);
        Assert.Equal(Recurrence.None, deadline.Recurrence);
    }

    [Fact]
    public void Factories_fill_only_the_properties_of_their_kind()
    {
        var onDate = Deadline.OnDate(new DateOnly(2024, 12, 15));
        Assert.Equal((DeadlineKind.ExactDate, 2024, (int?)null, (int?)null, (DateOnly?)new DateOnly(2024, 12, 15), Recurrence.None),
            (onDate.Kind, onDate.Year, onDate.Quarter, onDate.Month, onDate.Date, onDate.Recurrence));

        var month = Deadline.InMonth(2024, 5);
        Assert.Equal((DeadlineKind.Month, 2024, (int?)null, (int?)5, (DateOnly?)null, Recurrence.None),
            (month.Kind, month.Year, month.Quarter, month.Month, month.Date, month.Recurrence));

        var recurring = Deadline.Recurring(2024, Recurrence.Monthly);
        Assert.Equal((DeadlineKind.Recurring, 2024, (int?)null, (int?)null, (DateOnly?)null, Recurrence.Monthly),
            (recurring.Kind, recurring.Year, recurring.Quarter, recurring.Month, recurring.Date, recurring.Recurrence));
    }

    // ---- Factories: bad arguments -----------------------------------------------------------------------------------

    public static TheoryData<string, Action> BadArguments => new()
    {
        { "quarter 0", () => Deadline.InQuarter(2024, 0) },
        { "quarter 5", () => Deadline.InQuarter(2024, 5) },
        { "before quarter 0", () => Deadline.BeforeQuarter(2024, 0) },
        { "before quarter 5", () => Deadline.BeforeQuarter(2024, 5) },
        { "month 0", () => Deadline.InMonth(2024, 0) },
        { "month 13", () => Deadline.InMonth(2024, 13) },
        { "year 1999", () => Deadline.WholeYear(1999) },
        { "year 2101", () => Deadline.WholeYear(2101) },
        { "quarter in year 1999", () => Deadline.InQuarter(1999, 1) },
        { "month in year 2101", () => Deadline.InMonth(2101, 1) },
        { "date in 1999", () => Deadline.OnDate(new DateOnly(1999, 12, 31)) },
        { "before a date in 2101", () => Deadline.Before(new DateOnly(2101, 1, 1)) },
        { "recurring in year 1999", () => Deadline.Recurring(1999, Recurrence.Monthly) },
        { "recurring without a recurrence", () => Deadline.Recurring(2024, Recurrence.None) },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void A_factory_refuses_an_argument_out_of_range(string because, Action create)
    {
        Assert.False(string.IsNullOrEmpty(because));
        Assert.Throws<ArgumentOutOfRangeException>(create);
    }

    [Fact]
    public void The_year_bounds_2000_and_2100_are_allowed()
    {
        Assert.Equal(new DateOnly(2000, 12, 31), Deadline.WholeYear(2000).DueDate);
        Assert.Equal(new DateOnly(2100, 12, 31), Deadline.WholeYear(2100).DueDate);
    }

    // ---- Due dates --------------------------------------------------------------------------------------------------

    [Fact]
    public void On_a_date_is_due_that_day()
    {
        Assert.Equal(new DateOnly(2024, 12, 15), Deadline.OnDate(new DateOnly(2024, 12, 15)).DueDate);
    }

    [Fact]
    public void Before_a_date_is_due_the_day_before()
    {
        Assert.Equal(new DateOnly(2024, 12, 14), Deadline.Before(new DateOnly(2024, 12, 15)).DueDate);
        Assert.Equal(new DateOnly(2024, 2, 29), Deadline.Before(new DateOnly(2024, 3, 1)).DueDate);
        Assert.Equal(new DateOnly(2023, 2, 28), Deadline.Before(new DateOnly(2023, 3, 1)).DueDate);
        Assert.Equal(new DateOnly(2023, 12, 31), Deadline.Before(new DateOnly(2024, 1, 1)).DueDate);
    }

    [Theory]
    [InlineData(1, "2024-03-31")]
    [InlineData(2, "2024-06-30")]
    [InlineData(3, "2024-09-30")]
    [InlineData(4, "2024-12-31")]
    public void A_quarter_is_due_on_its_last_day(int quarter, string due)
    {
        Assert.Equal(D(due), Deadline.InQuarter(2024, quarter).DueDate);
    }

    [Theory]
    [InlineData(1, "2023-12-31")]
    [InlineData(2, "2024-03-31")]
    [InlineData(3, "2024-06-30")]
    [InlineData(4, "2024-09-30")]
    public void Before_a_quarter_is_due_on_the_last_day_of_the_previous_quarter(int quarter, string due)
    {
        Assert.Equal(D(due), Deadline.BeforeQuarter(2024, quarter).DueDate);
    }

    [Theory]
    [InlineData(2024, 2, "2024-02-29")]
    [InlineData(2023, 2, "2023-02-28")]
    [InlineData(2100, 2, "2100-02-28")]
    [InlineData(2000, 2, "2000-02-29")]
    [InlineData(2024, 4, "2024-04-30")]
    [InlineData(2024, 12, "2024-12-31")]
    public void A_month_is_due_on_its_last_day_leap_years_included(int year, int month, string due)
    {
        Assert.Equal(D(due), Deadline.InMonth(year, month).DueDate);
    }

    [Theory]
    [InlineData(Recurrence.Monthly)]
    [InlineData(Recurrence.Quarterly)]
    [InlineData(Recurrence.ReportingPeriod)]
    [InlineData(Recurrence.Continuous)]
    public void A_whole_year_and_a_recurring_duty_are_due_on_the_last_day_of_the_year(Recurrence recurrence)
    {
        Assert.Equal(new DateOnly(2024, 12, 31), Deadline.WholeYear(2024).DueDate);
        Assert.Equal(new DateOnly(2024, 12, 31), Deadline.Recurring(2024, recurrence).DueDate);
    }

    // ---- Overdue and due soon ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2024-12-13", false)]
    [InlineData("2024-12-14", false)]
    [InlineData("2024-12-15", true)]
    [InlineData("2025-01-01", true)]
    public void A_task_due_before_15_december_is_overdue_from_15_december(string today, bool overdue)
    {
        var deadline = Deadline.Parse("trước ngày 15/12/2024", 2024);

        Assert.Equal(overdue, deadline.IsOverdue(D(today)));
    }

    [Theory]
    [InlineData("2024-06-30", false)]
    [InlineData("2024-07-01", true)]
    public void A_quarter_is_overdue_from_the_day_after_it_ends(string today, bool overdue)
    {
        Assert.Equal(overdue, Deadline.InQuarter(2024, 2).IsOverdue(D(today)));
    }

    [Theory]
    [InlineData("2024-06-20", 10, true)]
    [InlineData("2024-06-19", 10, false)]
    [InlineData("2024-06-30", 0, true)]
    [InlineData("2024-06-29", 0, false)]
    [InlineData("2024-07-01", 10, false)]
    [InlineData("2024-07-01", 365, false)]
    [InlineData("2024-01-01", int.MaxValue, true)]
    public void Due_within_counts_the_days_up_to_the_due_date_and_excludes_overdue_tasks(string today, int days, bool expected)
    {
        var deadline = Deadline.InQuarter(2024, 2); // due 30/06/2024

        Assert.Equal(expected, deadline.IsDueWithin(D(today), days));
    }

    // ---- Equality ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Deadlines_with_the_same_values_are_equal()
    {
        var a = Deadline.InQuarter(2024, 2, "Trong Quý II 2024");
        var b = Deadline.Parse("Trong Quý II 2024", 2024);

        Assert.True(a.Equals(b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(ReferenceEquals(a, b));
    }

    [Fact]
    public void The_wording_takes_part_in_equality()
    {
        var a = Deadline.InQuarter(2024, 2);
        var b = Deadline.InQuarter(2024, 2, "Trong Quý II 2024");

        Assert.Equal(a.DueDate, b.DueDate);
        Assert.NotEqual(a, b);
        Assert.True(a != b);
    }

    [Fact]
    public void Deadlines_of_different_kinds_with_the_same_due_date_are_not_equal()
    {
        var wholeYear = Deadline.WholeYear(2024, "x");
        var continuous = Deadline.Recurring(2024, Recurrence.Continuous, "x");
        var lastQuarter = Deadline.InQuarter(2024, 4, "x");

        Assert.NotEqual(wholeYear, continuous);
        Assert.NotEqual(wholeYear, lastQuarter);
        Assert.False(wholeYear.Equals(null));
        Assert.False(wholeYear == null);
    }

    [Fact]
    public void Ef_core_can_materialise_a_deadline_through_a_private_parameterless_constructor()
    {
        var constructor = typeof(Deadline).GetConstructor(
            BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes);

        Assert.NotNull(constructor);
        Assert.True(constructor.IsPrivate);
        Assert.All(
            typeof(Deadline).GetProperties(BindingFlags.Instance | BindingFlags.Public),
            p => Assert.True(p.SetMethod is { IsPrivate: true }, p.Name));
    }
}
