using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;

namespace CcHc.Domain.Todo;

/// <summary>What a home page asks someone to do next, and how urgent it is (the page lists the urgent first).</summary>
public enum NextStepKind
{
    /// <summary>A draft still misses something the assessment requires (<see cref="PlanCompleteness.Missing"/>).</summary>
    CompleteDraft,

    /// <summary>A complete draft: submit it to the chairman.</summary>
    SubmitDraft,

    /// <summary>Returned by the chairman with a comment: revise and submit again.</summary>
    ReviseReturned,

    /// <summary>Submitted: the chairman reviews it (the clerk waits).</summary>
    Review,

    /// <summary>Approved: issue it with a number and a date.</summary>
    Issue,

    /// <summary>Issued without the signed copy: upload it.</summary>
    UploadSignedCopy,

    /// <summary>The office asked for a revision of the issued version: start the next version.</summary>
    ReviseOnRequest,

    /// <summary>The plan's year is ending (or ended) and its results report is not issued: write and issue it.</summary>
    ReportResults,

    /// <summary>A reporting period of an issued plan has ended and its progress report is not issued (báo cáo định kỳ).</summary>
    ReportProgress,

    /// <summary>Waiting on someone else (the clerk, while the chairman reviews).</summary>
    Waiting,
}

/// <summary>One plan version as the next-step rules read it: the latest version of a lineage, with what is known about it.</summary>
/// <param name="Missing">What the assessment requires and the draft lacks (<see cref="PlanCompleteness.Missing"/>); empty when complete.</param>
/// <param name="OpenRevisionReason">The office's open request to revise this issued version, if any.</param>
/// <param name="ResultsReportIssued">Whether the version's results report (BC-UBND) is issued.</param>
/// <param name="ProgressReported">The periods whose progress report is issued; null when not known (no progress step).</param>
/// <param name="IssueDate">The version's issue date (no report is asked for a period that ended before it).</param>
/// <param name="ToYear">The last year of a plan spanning several years (null: <paramref name="Year"/> only).</param>
public sealed record PlanSituation(
    Guid PlanId,
    string Title,
    int Year,
    PlanStatus Status,
    IReadOnlyList<string> Missing,
    string? ReturnComment,
    bool HasSignedCopy,
    string? OpenRevisionReason,
    bool ResultsReportIssued,
    IReadOnlyCollection<ReportingPeriod>? ProgressReported = null,
    DateOnly? IssueDate = null,
    int? ToYear = null);

/// <summary>A step a home page shows: what, for which plan, why (the detail), and by when if known.</summary>
public sealed record NextStep(NextStepKind Kind, Guid PlanId, string PlanTitle, string Text, string? Detail = null, DateOnly? Due = null);

/// <summary>
/// The rules of "what next" on the home pages (issue 18, "To-do home pages"). The clerk gets one step per plan: the
/// draft's missing parts or "submit", the chairman's return comment, "issue" once approved, "upload the signed copy" once
/// issued, the office's revision request, and the results report from <see cref="ReportWindowStartMonth"/> of the
/// plan's year. The chairman gets the plans waiting for review. The reviewer gets the office's communes with no plan
/// issued by the due date (<see cref="SubmissionDueDate"/>), plans issued in the last <see cref="RecentDays"/> days,
/// and revision requests answered in that time.
/// </summary>
public static class NextSteps
{
    /// <summary>The month of the plan's year from which its results report is asked for (December: the year-end report).</summary>
    public const int ReportWindowStartMonth = 12;

    /// <summary>How long an issue or an answered request counts as new for the reviewer.</summary>
    public const int RecentDays = 30;

    /// <summary>The clerk's step for one plan, or null when nothing is to be done.</summary>
    public static NextStep? ForClerk(PlanSituation plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Status switch
        {
            PlanStatus.Draft when plan.Missing.Count > 0 => Step(NextStepKind.CompleteDraft, plan, "Hoàn thiện dự thảo: còn thiếu", string.Join("; ", plan.Missing)),
            PlanStatus.Draft => Step(NextStepKind.SubmitDraft, plan, "Dự thảo đã đủ nội dung: trình Chủ tịch phê duyệt"),
            PlanStatus.Returned => Step(NextStepKind.ReviseReturned, plan, "Chủ tịch trả lại: sửa theo ý kiến rồi trình lại", plan.ReturnComment),
            PlanStatus.Submitted => Step(NextStepKind.Waiting, plan, "Đã trình, chờ Chủ tịch phê duyệt"),
            PlanStatus.Approved => Step(NextStepKind.Issue, plan, "Đã phê duyệt: ban hành (cấp số, ngày ban hành)"),
            PlanStatus.Issued when plan.OpenRevisionReason is { } reason => Step(NextStepKind.ReviseOnRequest, plan, "Phòng/Sở Nội vụ yêu cầu sửa đổi: lập phiên bản mới", reason),
            PlanStatus.Issued when !plan.HasSignedCopy => Step(NextStepKind.UploadSignedCopy, plan, "Đã ban hành: tải lên bản đã ký số"),
            PlanStatus.Issued when !plan.ResultsReportIssued && today >= ReportWindowStart(plan.Year) =>
                Step(NextStepKind.ReportResults, plan, $"Đến kỳ báo cáo kết quả thực hiện năm {plan.Year}: lập và ban hành báo cáo", null, new DateOnly(plan.Year, 12, 31)),
            _ => null,
        };
    }

    /// <summary>The chairman's step: review a submitted plan; nothing otherwise.</summary>
    public static NextStep? ForChairman(PlanSituation plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Status == PlanStatus.Submitted ? Step(NextStepKind.Review, plan, "Chờ Chủ tịch xem xét: phê duyệt hoặc trả lại") : null;
    }

    /// <summary>The clerk's steps over their plans, the urgent first (then by plan year, newest first).</summary>
    public static IReadOnlyList<NextStep> ForClerk(IEnumerable<PlanSituation> plans, DateOnly today) =>
        plans.SelectMany(p => new[] { ForClerk(p, today), ProgressReportDue(p, today) }).OfType<NextStep>()
            .OrderBy(s => Urgency(s.Kind)).ThenBy(s => s.PlanTitle, StringComparer.Ordinal).ToList();

    /// <summary>
    /// "Báo cáo định kỳ Quý I năm 2026 đến hạn": the latest period of an issued plan (default cadence, quarterly, six
    /// months and yearly) that has ended with no issued progress report; the other unreported periods in the detail.
    /// </summary>
    public static NextStep? ProgressReportDue(PlanSituation plan, DateOnly today, ReportingCadence cadence = ReportingCadence.Default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Status != PlanStatus.Issued || plan.ProgressReported is not { } reported)
        {
            return null;
        }

        var due = ReportingPeriod.Due(ReportingPeriod.PlanPeriods(plan.Year, plan.ToYear ?? plan.Year, cadence, plan.IssueDate), reported, today);
        if (due.Count == 0)
        {
            return null;
        }

        var latest = due[^1];
        var others = due.Take(due.Count - 1).Select(p => p.LabelInSentence).ToList();
        return Step(NextStepKind.ReportProgress, plan, $"Báo cáo định kỳ {latest.LabelInSentence} đến hạn: lập và ban hành báo cáo",
            others.Count > 0 ? "Các kỳ khác chưa báo cáo: " + string.Join(", ", others) : null);
    }

    public static IReadOnlyList<NextStep> ForChairman(IEnumerable<PlanSituation> plans) =>
        plans.Select(ForChairman).OfType<NextStep>().OrderBy(s => s.PlanTitle, StringComparer.Ordinal).ToList();

    /// <summary>The first day the results report of a plan of <paramref name="year"/> is asked for.</summary>
    public static DateOnly ReportWindowStart(int year) => new(year, ReportWindowStartMonth, 1);

    /// <summary>
    /// A commune is behind when the office's due date has passed and no version of its plan was issued by then, or the
    /// due date is within <see cref="RecentDays"/> days and nothing is issued yet (a reminder before it is late).
    /// </summary>
    public static bool IsBehind(DateOnly dueDate, DateOnly today, IEnumerable<DateOnly?> issueDates)
    {
        var issued = issueDates.ToList();
        return SubmissionDueDate.IsLate(dueDate, today, issued)
            || (today <= dueDate && dueDate.DayNumber - today.DayNumber <= RecentDays && !issued.Any(d => d is not null));
    }

    /// <summary>Whether something dated <paramref name="at"/> is new to the reviewer on <paramref name="today"/>.</summary>
    public static bool IsRecent(DateOnly at, DateOnly today) => at <= today && today.DayNumber - at.DayNumber <= RecentDays;

    private static int Urgency(NextStepKind kind) => kind switch
    {
        NextStepKind.ReviseReturned => 0,
        NextStepKind.ReviseOnRequest => 1,
        NextStepKind.Issue => 2,
        NextStepKind.UploadSignedCopy => 3,
        NextStepKind.CompleteDraft => 4,
        NextStepKind.SubmitDraft => 5,
        NextStepKind.ReportResults => 6,
        NextStepKind.ReportProgress => 7,
        NextStepKind.Review => 8,
        _ => 9,
    };

    private static NextStep Step(NextStepKind kind, PlanSituation plan, string text, string? detail = null, DateOnly? due = null) =>
        new(kind, plan.PlanId, plan.Title, text, detail, due);
}
