using CcHc.Domain.Reports;

namespace CcHc.Web.Printing;

/// <summary>
/// What a results report's documents are made of: the plan version's content, the report, its figures and the office
/// it is sent to. The report feature loads it; printing only reads it, so printing needs no feature or page code.
/// </summary>
public sealed record ReportContent(PlanContent Plan, ResultsReport Report, ResultsSummary Summary, string? OfficeName)
{
    public bool IsIssued => Report.Status == ReportStatus.Issued;
}
