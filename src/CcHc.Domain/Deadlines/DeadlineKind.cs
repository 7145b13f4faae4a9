namespace CcHc.Domain.Deadlines;

/// <summary>How a task's deadline (thời gian hoàn thành) is written.</summary>
public enum DeadlineKind
{
    /// <summary>A day: "Ngày 15/12/2024".</summary>
    ExactDate,

    /// <summary>Before a day: "Trước ngày 15/12/2024", "Trước 30/10".</summary>
    BeforeDate,

    /// <summary>Within a quarter: "Quý II năm 2024", "Trong quý III năm 2024".</summary>
    Quarter,

    /// <summary>Before a quarter starts: "Trước Quý II năm 2024".</summary>
    BeforeQuarter,

    /// <summary>Within a month: "Tháng 5 năm 2024".</summary>
    Month,

    /// <summary>The whole year: "Năm 2024", "Cả năm", "Trong năm 2024".</summary>
    Year,

    /// <summary>A recurring duty: "Thường xuyên trong năm 2024", "Theo kỳ báo cáo định kỳ", "Hằng tháng".</summary>
    Recurring,
}
