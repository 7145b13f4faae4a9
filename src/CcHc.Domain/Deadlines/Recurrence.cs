namespace CcHc.Domain.Deadlines;

/// <summary>How often a recurring duty comes back; <see cref="None"/> for every deadline that is not recurring.</summary>
public enum Recurrence
{
    None,

    /// <summary>"Hằng tháng" / "hàng tháng".</summary>
    Monthly,

    /// <summary>"Hằng quý" / "hàng quý".</summary>
    Quarterly,

    /// <summary>"Theo kỳ báo cáo định kỳ": with every periodic report.</summary>
    ReportingPeriod,

    /// <summary>"Thường xuyên": all the time.</summary>
    Continuous,
}
