using CcHc.Domain.Common;

namespace CcHc.Domain.Assessments;

/// <summary>
/// What the source says about one criterion: the appraised score, the optional self-assessed score, the deduction
/// exactly as the source printed it, and the reason. Every value may be unknown: unknown is never zero.
/// </summary>
public sealed class CriterionScore : Entity
{
    private CriterionScore()
    {
    }

    internal CriterionScore(Guid assessmentId, Guid criterionId)
    {
        AssessmentId = assessmentId;
        CriterionId = criterionId;
    }

    internal static CriterionScore Restore(Guid id, Guid assessmentId, Guid criterionId, decimal? appraised, decimal? selfAssessed, decimal? statedDeduction, string? reason) =>
        new()
        {
            Id = id, AssessmentId = assessmentId, CriterionId = criterionId, AppraisedScore = appraised, SelfAssessedScore = selfAssessed,
            StatedDeduction = statedDeduction, Reason = reason,
        };

    public Guid AssessmentId { get; private set; }

    public Guid CriterionId { get; private set; }

    /// <summary>Điểm thẩm định, as published.</summary>
    public decimal? AppraisedScore { get; private set; }

    /// <summary>Điểm tự đánh giá.</summary>
    public decimal? SelfAssessedScore { get; private set; }

    /// <summary>The deduction as the source printed it, which may disagree with max − appraised.</summary>
    public decimal? StatedDeduction { get; private set; }

    /// <summary>Nguyên nhân / the source's wording of why points were lost.</summary>
    public string? Reason { get; private set; }

    internal void Set(decimal? appraised, decimal? selfAssessed, decimal? statedDeduction, string? reason)
    {
        AppraisedScore = appraised;
        SelfAssessedScore = selfAssessed;
        StatedDeduction = statedDeduction;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    public bool IsEmpty => AppraisedScore is null && SelfAssessedScore is null && StatedDeduction is null && Reason is null;
}
