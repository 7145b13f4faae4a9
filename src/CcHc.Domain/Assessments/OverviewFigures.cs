using CcHc.Domain.Criteria;

namespace CcHc.Domain.Assessments;

/// <summary>
/// What a list row shows of an assessment (the office's table, its workbook): the total as published, else the sum of
/// the fields' appraised scores; the fields' maximum and deduction; the class as published, else the criteria set's
/// band of the total (<see cref="ClassificationComputed"/>), with the band's lower bound to sort classes by.
/// </summary>
public sealed record OverviewFigures(
    decimal? Total, decimal? TotalMax, decimal? Deduction, string? Classification, bool ClassificationComputed, decimal? ClassificationLevel)
{
    public static OverviewFigures Of(Assessment assessment, AssessmentEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(evaluation);
        var total = assessment.StatedTotal ?? evaluation.TotalAppraised;
        var computed = assessment.Classification is null ? Criteria.Classification.Of(evaluation.CriteriaSet, total, evaluation.TotalMax) : null;
        var label = assessment.Classification ?? computed;
        return new OverviewFigures(
            total, evaluation.TotalMax, evaluation.TotalDeduction, label, computed is not null, Criteria.Classification.LevelOf(evaluation.CriteriaSet, label));
    }
}
