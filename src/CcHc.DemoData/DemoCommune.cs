using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Domain.Tracking;

namespace CcHc.DemoData;

/// <summary>One seed document's commune with everything CcHc keeps of it.</summary>
public sealed record DemoCommune(
    Commune Commune,
    OversightOffice Office,
    IReadOnlyList<Position> CommunePositions,
    CriteriaSet CriteriaSet,
    Assessment Assessment,
    RemediationPlan Plan)
{
    /// <summary>The progress log of the issued plan's tasks (the statuses themselves are on the plan's tasks).</summary>
    public IReadOnlyList<TaskNote> TaskNotes { get; init; } = [];
}
