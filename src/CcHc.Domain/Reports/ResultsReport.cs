using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Reports;

public enum ReportStatus
{
    /// <summary>Dự thảo: the clerk writes the overall assessment; figures are read live from the tracking.</summary>
    Draft,

    /// <summary>Đã ban hành: number and date given; the PDF and XLSX are frozen and the report never changes.</summary>
    Issued,
}

/// <summary>
/// Báo cáo kết quả khắc phục (BC-UBND): the year-end report of an issued plan's results. What was done, the status
/// and the evidence come from the tracking; the clerk adds the overall assessment (đánh giá chung) and the
/// proposals (kiến nghị), then issues it with a number and a date. One report per plan version.
/// </summary>
public sealed class ResultsReport : Entity
{
    public const string DocumentSymbol = "BC-UBND";
    public const int MaxTextLength = 8000;

    private ResultsReport()
    {
        Summary = Proposals = SignerName = string.Empty;
    }

    public ResultsReport(RemediationPlan plan, string signerName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.EnsureIssued();
        CommuneId = plan.CommuneId;
        PlanId = plan.Id;
        Year = plan.Year;
        Summary = Proposals = string.Empty;
        SignerName = signerName.Trim();
        CreatedAt = at;
        Status = ReportStatus.Draft;
    }

    public Guid CommuneId { get; private set; }

    public Guid PlanId { get; private set; }

    public int Year { get; private set; }

    public ReportStatus Status { get; private set; }

    /// <summary>Đánh giá chung: the clerk's overall assessment.</summary>
    public string Summary { get; private set; }

    /// <summary>Kiến nghị, đề xuất.</summary>
    public string Proposals { get; private set; }

    public string SignerName { get; private set; }

    public string? DocumentNumber { get; private set; }

    public DateOnly? IssueDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public string? IssuedById { get; private set; }

    public bool IsEditable => Status == ReportStatus.Draft;

    /// <summary>"Số: 05/BC-UBND"; blank while a draft.</summary>
    public string NumberLine => DocumentNumbers.Line(DocumentNumber, DocumentSymbol);

    public void Update(string? summary, string? proposals, string? signerName)
    {
        EnsureEditable();
        Summary = Limit(summary, "Đánh giá chung");
        Proposals = Limit(proposals, "Kiến nghị, đề xuất");
        if (string.IsNullOrWhiteSpace(signerName))
        {
            throw new DomainException("Cần ghi họ tên người ký.");
        }

        SignerName = signerName.Trim();
    }

    /// <summary>Ban hành: number and date; from now on the report never changes.</summary>
    public void Issue(Actor actor, DateTimeOffset at, string documentNumber, DateOnly issueDate)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureEditable();
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
