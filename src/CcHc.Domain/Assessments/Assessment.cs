using CcHc.Domain.Common;
using CcHc.Domain.Criteria;

namespace CcHc.Domain.Assessments;

/// <summary>
/// Kết quả thẩm định Chỉ số CCHC năm N of one commune: the published scores against a criteria set, the decision
/// that published them, and the total, rank and class as the decision states them.
/// </summary>
public sealed class Assessment : Entity
{
    private readonly List<CriterionScore> _scores = [];

    private Assessment()
    {
        Decision = new SourceDecision(string.Empty, null, string.Empty);
    }

    public Assessment(Guid communeId, CriteriaSet criteriaSet, int year, SourceDecision decision)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException($"Năm {year} không hợp lệ.");
        }

        CommuneId = communeId;
        CriteriaSetId = criteriaSet.Id;
        Year = year;
        Decision = Validate(decision);
    }

    /// <summary>The assessment as an issued version's snapshot recorded it (<see cref="Plans.IssuedSnapshot"/>), same ids.</summary>
    internal static Assessment Restore(
        Guid id, Guid communeId, Guid criteriaSetId, int year, SourceDecision decision, decimal? statedTotal, Rank? rank,
        string? classification, bool isSample, IEnumerable<CriterionScore> scores)
    {
        var assessment = new Assessment
        {
            Id = id, CommuneId = communeId, CriteriaSetId = criteriaSetId, Year = year, Decision = decision,
            StatedTotal = statedTotal, Rank = rank, Classification = classification, IsSample = isSample,
        };
        assessment._scores.AddRange(scores);
        return assessment;
    }

    public Guid CommuneId { get; private set; }

    public Guid CriteriaSetId { get; private set; }

    public int Year { get; private set; }

    public SourceDecision Decision { get; private set; }

    /// <summary>The total as the source states it ("85,08/100"); compared with the sum of the fields.</summary>
    public decimal? StatedTotal { get; private set; }

    public Rank? Rank { get; private set; }

    /// <summary>"Tốt", "Khá"… as published.</summary>
    public string? Classification { get; private set; }

    public IReadOnlyCollection<CriterionScore> Scores => _scores;

    /// <summary>
    /// Sample figures made up for the demonstration (not published by any authority); every page that shows them says
    /// so. Only the demo data sets it.
    /// </summary>
    public bool IsSample { get; private set; }

    public void MarkAsSample() => IsSample = true;

    public CriterionScore? ScoreOf(Guid criterionId) => _scores.Find(s => s.CriterionId == criterionId);

    public void UpdateDecision(SourceDecision decision) => Decision = Validate(decision);

    public void SetResult(decimal? statedTotal, Rank? rank, string? classification)
    {
        if (statedTotal is < 0)
        {
            throw new DomainException("Tổng điểm không được âm.", nameof(StatedTotal));
        }

        StatedTotal = statedTotal;
        Rank = rank;
        Classification = string.IsNullOrWhiteSpace(classification) ? null : classification.Trim();
    }

    /// <summary>
    /// Records what the source says of one criterion. An appraised score outside [0, max] is refused here;
    /// a stated deduction is kept as printed, however wrong, and reported by <see cref="AssessmentEvaluator"/>.
    /// </summary>
    public CriterionScore RecordScore(
        CriterionNode criterion,
        decimal? appraised,
        decimal? statedDeduction = null,
        decimal? selfAssessed = null,
        string? reason = null)
    {
        if (criterion.CriteriaSetId != CriteriaSetId)
        {
            throw new DomainException($"Tiêu chí \"{criterion.DisplayName}\" không thuộc bộ tiêu chí của kết quả này.");
        }

        EnsureScoreInRange(criterion, appraised, "Điểm thẩm định", nameof(CriterionScore.AppraisedScore));
        EnsureScoreInRange(criterion, selfAssessed, "Điểm tự đánh giá", nameof(CriterionScore.SelfAssessedScore));
        if (statedDeduction is < 0)
        {
            throw new DomainException($"Điểm bị trừ của \"{criterion.DisplayName}\" không được âm.", nameof(CriterionScore.StatedDeduction));
        }

        var score = ScoreOf(criterion.Id);
        if (score is null)
        {
            score = new CriterionScore(Id, criterion.Id);
            _scores.Add(score);
        }

        score.Set(appraised, selfAssessed, statedDeduction, reason);
        if (score.IsEmpty)
        {
            _scores.Remove(score);
        }

        return score;
    }

    public AssessmentEvaluation Evaluate(CriteriaSet criteriaSet) => AssessmentEvaluator.Evaluate(this, criteriaSet);

    /// <summary>The one range check of a score: [0, max] with at most 2 decimals (an unknown max bounds nothing).</summary>
    private static void EnsureScoreInRange(CriterionNode criterion, decimal? score, string what, string field)
    {
        if (score is not { } value)
        {
            return;
        }

        if (decimal.Round(value, 2) != value)
        {
            throw new DomainException($"{what} của \"{criterion.DisplayName}\" chỉ có tối đa 2 chữ số thập phân.", field);
        }

        if (value < 0 || (criterion.MaxScore is { } max && value > max))
        {
            throw new DomainException(
                $"{what} của \"{criterion.DisplayName}\" là {VietnameseNumbers.Score(value)}, phải trong khoảng 0 – {VietnameseNumbers.Score(criterion.MaxScore)}.", field);
        }
    }

    private static SourceDecision Validate(SourceDecision decision)
    {
        if (string.IsNullOrWhiteSpace(decision.Number))
        {
            throw new DomainException("Thiếu số quyết định công bố kết quả.");
        }

        if (string.IsNullOrWhiteSpace(decision.IssuingBody))
        {
            throw new DomainException("Thiếu cơ quan ban hành quyết định.");
        }

        return decision with { Number = decision.Number.Trim(), IssuingBody = decision.IssuingBody.Trim() };
    }
}
