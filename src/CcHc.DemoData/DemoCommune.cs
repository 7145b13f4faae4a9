using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Domain.Tracking;

namespace CcHc.DemoData;

/// <summary>
/// One seed document's commune with everything CcHc keeps of it. A plan that rests on no assessment (seeds 002 and
/// 004 print no score) has no criteria set and no assessment: <see cref="ScoredSet"/> and <see cref="ScoredAssessment"/>
/// are null, and <see cref="CriteriaSet"/> and <see cref="Assessment"/> (for the communes that have them) throw.
/// </summary>
public sealed record DemoCommune(
    Commune Commune,
    OversightOffice Office,
    IReadOnlyList<Position> CommunePositions,
    CriteriaSet? ScoredSet,
    Assessment? ScoredAssessment,
    RemediationPlan Plan)
{
    public CriteriaSet CriteriaSet => ScoredSet ?? throw new InvalidOperationException($"{Commune.Name}: the plan rests on no assessment.");

    public Assessment Assessment => ScoredAssessment ?? throw new InvalidOperationException($"{Commune.Name}: the plan rests on no assessment.");

    /// <summary>The progress log of the issued plan's tasks (the statuses themselves are on the plan's tasks).</summary>
    public IReadOnlyList<TaskNote> TaskNotes { get; init; } = [];
}
