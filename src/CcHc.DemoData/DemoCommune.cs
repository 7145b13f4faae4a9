using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.DemoData;

/// <summary>One seed document's commune with everything CcHc keeps of it.</summary>
public sealed record DemoCommune(
    Commune Commune,
    OversightOffice Office,
    IReadOnlyList<Position> CommunePositions,
    CriteriaSet CriteriaSet,
    Assessment Assessment,
    RemediationPlan Plan);
