using CcHc.Domain.Assessments;

namespace CcHc.Domain.Plans;

/// <summary>
/// An issued version's row figures, taken from its <see cref="IssuedSnapshot"/> when it is issued and stored beside it
/// (insert-only, like the snapshot): the commune's name as issued and the <see cref="OverviewFigures"/> of the assessment
/// the version rests on, as frozen. The office's table of hundreds or thousands of communes reads these few columns
/// instead of restoring and evaluating every snapshot.
/// </summary>
public sealed class IssuedFigures
{
    private IssuedFigures()
    {
        CommuneName = string.Empty;
    }

    private IssuedFigures(Guid planId, string communeName, Guid? assessmentId, OverviewFigures? figures)
    {
        PlanId = planId;
        CommuneName = communeName;
        AssessmentId = assessmentId;
        Total = figures?.Total;
        TotalMax = figures?.TotalMax;
        Deduction = figures?.Deduction;
        Classification = figures?.Classification;
        ClassificationComputed = figures?.ClassificationComputed ?? false;
        ClassificationLevel = figures?.ClassificationLevel;
    }

    public Guid PlanId { get; private set; }

    /// <summary>The commune's name in the snapshot.</summary>
    public string CommuneName { get; private set; }

    /// <summary>The assessment the version rests on; null for a plan resting on none (its figures are then empty).</summary>
    public Guid? AssessmentId { get; private set; }

    public decimal? Total { get; private set; }

    public decimal? TotalMax { get; private set; }

    public decimal? Deduction { get; private set; }

    public string? Classification { get; private set; }

    public bool ClassificationComputed { get; private set; }

    public decimal? ClassificationLevel { get; private set; }

    /// <summary>The figures of <see cref="AssessmentId"/>; null for a plan resting on no assessment.</summary>
    public OverviewFigures? Figures =>
        AssessmentId is null ? null : new OverviewFigures(Total, TotalMax, Deduction, Classification, ClassificationComputed, ClassificationLevel);

    /// <summary>The figures of a snapshot (of the version <paramref name="snapshot"/>.PlanId).</summary>
    public static IssuedFigures Of(IssuedSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Of(snapshot.PlanId, snapshot.Restore());
    }

    /// <summary>The figures of a version's restored snapshot.</summary>
    public static IssuedFigures Of(Guid planId, IssuedSnapshot.RestoredContent frozen)
    {
        ArgumentNullException.ThrowIfNull(frozen);
        var figures = frozen.Assessment is { } assessment && frozen.CriteriaSet is { } set
            ? OverviewFigures.Of(assessment, assessment.Evaluate(set))
            : null;
        return new IssuedFigures(planId, frozen.Commune.Name, frozen.Assessment?.Id, figures);
    }
}
