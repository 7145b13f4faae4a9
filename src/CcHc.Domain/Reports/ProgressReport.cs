using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Reports;

/// <summary>
/// Báo cáo định kỳ (BC-UBND): the progress of an issued plan version over one <see cref="ReportingPeriod"/> — a month,
/// a quarter, six months or the year — sent to the upper level (seed 004: "định kỳ hằng quý, 06 tháng, năm"). The
/// figures come from the tracking, cut off at the period's end (<see cref="ProgressSummary"/>); the clerk writes the
/// overall assessment, the focus of the next period and the proposals, then issues it once the period has ended. One
/// report per plan version and period; an issued one never changes (the domain, and a database trigger).
/// </summary>
public sealed class ProgressReport : Entity
{
    public const string DocumentSymbol = "BC-UBND";
    public const int MaxTextLength = 8000;

    private ProgressReport()
    {
        Summary = NextFocus = Proposals = SignerName = string.Empty;
    }

    public ProgressReport(RemediationPlan plan, ReportingPeriod period, string signerName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        plan.EnsureIssued();
        if (period.Year < plan.Year || period.Year > Math.Max(plan.Year, plan.ToYear))
        {
            throw new DomainException($"Kỳ báo cáo {period.LabelInSentence} nằm ngoài thời gian thực hiện kế hoạch.");
        }

        CommuneId = plan.CommuneId;
        PlanId = plan.Id;
        PeriodKind = period.Kind;
        PeriodYear = period.Year;
        PeriodIndex = period.Index;
        Summary = NextFocus = Proposals = string.Empty;
        SignerName = signerName.Trim();
        CreatedAt = at;
        Status = ReportStatus.Draft;
    }

    public Guid CommuneId { get; private set; }

    public Guid PlanId { get; private set; }

    public PeriodKind PeriodKind { get; private set; }

    public int PeriodYear { get; private set; }

    public int PeriodIndex { get; private set; }

    public ReportingPeriod Period => ReportingPeriod.Of(PeriodKind, PeriodYear, PeriodIndex);

    public ReportStatus Status { get; private set; }

    /// <summary>Đánh giá chung.</summary>
    public string Summary { get; private set; }

    /// <summary>Nhiệm vụ trọng tâm kỳ tới.</summary>
    public string NextFocus { get; private set; }

    /// <summary>Kiến nghị, đề xuất.</summary>
    public string Proposals { get; private set; }

    public string SignerName { get; private set; }

    public string? DocumentNumber { get; private set; }

    public DateOnly? IssueDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public string? IssuedById { get; private set; }

    public bool IsEditable => Status == ReportStatus.Draft;

    public string NumberLine => DocumentNumbers.Line(DocumentNumber, DocumentSymbol);

    public void Update(string? summary, string? nextFocus, string? proposals, string? signerName)
    {
        EnsureEditable();
        Summary = Limit(summary, "Đánh giá chung");
        NextFocus = Limit(nextFocus, "Nhiệm vụ trọng tâm kỳ tới");
        Proposals = Limit(proposals, "Kiến nghị, đề xuất");
        if (string.IsNullOrWhiteSpace(signerName))
        {
            throw new DomainException("Cần ghi họ tên người ký.");
        }

        SignerName = signerName.Trim();
    }

    /// <summary>
    /// Ban hành: number and date, once the period has ended (<paramref name="today"/> after its last day) and not dated
    /// before that end; from now on the report never changes.
    /// </summary>
    public void Issue(Actor actor, DateTimeOffset at, DateOnly today, string documentNumber, DateOnly issueDate)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureEditable();
        var period = Period;
        if (today <= period.End)
        {
            throw new DomainException($"Kỳ báo cáo {period.LabelInSentence} chưa kết thúc (đến hết ngày {VietnameseNumbers.Date(period.End)}) nên chưa ban hành được báo cáo.");
        }

        if (issueDate <= period.End)
        {
            throw new DomainException($"Ngày ban hành phải sau ngày kết thúc kỳ báo cáo ({VietnameseNumbers.Date(period.End)}).");
        }

        if (issueDate > today)
        {
            throw new DomainException("Ngày ban hành không được sau ngày hôm nay.");
        }

        if (string.IsNullOrWhiteSpace(documentNumber))
        {
            throw new DomainException("Cần nhập số văn bản khi ban hành.");
        }

        if (documentNumber.Contains('/', StringComparison.Ordinal))
        {
            throw new DomainException($"Chỉ nhập phần số (ví dụ 05), không nhập \"/{DocumentSymbol}\".");
        }

        if (string.IsNullOrWhiteSpace(Summary))
        {
            throw new DomainException("Cần viết phần đánh giá chung trước khi ban hành báo cáo.");
        }

        DocumentNumber = documentNumber.Trim();
        IssueDate = issueDate;
        IssuedAt = at;
        IssuedById = actor.Id;
        Status = ReportStatus.Issued;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException("Báo cáo đã ban hành nên không thể chỉnh sửa.");
        }
    }

    private static string Limit(string? text, string field)
    {
        var clean = (text ?? string.Empty).Trim();
        return clean.Length <= MaxTextLength ? clean : throw new DomainException($"{field}: tối đa {MaxTextLength} ký tự.");
    }
}
