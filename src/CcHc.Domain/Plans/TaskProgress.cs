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

    /// <summary>
    /// Seed 003: the body groups the items by field ("1. Lĩnh vực công tác chỉ đạo điều hành"), each item a lettered
    /// point ("a) Tiêu chí thành phần: “1.3.2. …”") with "- Thời gian thực hiện" and "- Bộ phận thực hiện" lines.
    /// </summary>
    Grouped,
}
