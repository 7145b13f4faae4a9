namespace CcHc.Domain.Plans;

/// <summary>Chưa thực hiện / Đang thực hiện / Hoàn thành.</summary>
public enum TaskProgress
{
    NotStarted,
    InProgress,
    Done,
}

public enum PlanLayout
{
    /// <summary>Seed 000: section III holds a numbered block per field (deductions, deadline, lead, support, solutions).</summary>
    Sections,

    /// <summary>Seed 001: the detail goes into a landscape appendix table (Phụ lục).</summary>
    Appendix,
}
