using CcHc.Domain.Plans;

namespace CcHc.Domain.Reports;

/// <summary>What a results report is about, as its summary line and closing say it, for each kind of plan.</summary>
public static class ReportTitles
{
    /// <summary>
    /// "Kết quả thực hiện Kế hoạch khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023" for a remediation plan (the year of
    /// its assessment); for the other kinds, the plan's own summary: "Kết quả thực hiện Kế hoạch Nâng cao chỉ số cải
    /// cách hành chính năm 2020".
    /// </summary>
    public static string Subject(RemediationPlan plan, int? assessmentYear)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Kind == PlanKind.Remediation && assessmentYear is { } year)
        {
            return $"Kết quả thực hiện Kế hoạch khắc phục tồn tại, hạn chế Chỉ số CCHC năm {year}";
        }

        var noun = plan.Form == DocumentForm.Letter ? "Công văn" : "Kế hoạch";
        return $"Kết quả thực hiện {noun} {plan.Summary}";
    }

    /// <summary>The subject with a lower-case first letter, for the middle of a sentence ("… báo cáo kết quả thực hiện …").</summary>
    public static string SubjectInSentence(RemediationPlan plan, int? assessmentYear)
    {
        var subject = Subject(plan, assessmentYear);
        return char.ToLowerInvariant(subject[0]) + subject[1..];
    }
}
