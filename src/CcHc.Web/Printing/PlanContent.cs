using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.Web.Printing;

/// <summary>
/// What a plan version's documents are made of: the version, its commune, its assessment with the evaluation, and the
/// positions by id. The plan feature loads it (Features/Plans/PlanView); printing only reads it, so printing needs no
/// feature or page code.
/// </summary>
public sealed record PlanContent(
    RemediationPlan Plan,
    Commune Commune,
    Assessment? Assessment,
    AssessmentEvaluation Evaluation,
    IReadOnlyDictionary<Guid, Position> Positions)
{
    public CriteriaSet CriteriaSet => Evaluation.CriteriaSet;

    public PlanCompleteness Completeness => Plan.CheckCompleteness(Evaluation);

    public string PositionTitle(Guid? id) => id is { } key && Positions.TryGetValue(key, out var p) ? p.Title : Formatting.Unknown;
}
