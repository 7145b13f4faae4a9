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

    public PlanCompleteness Completeness => Plan.CheckCompleteness(Evaluation, FurtherEvaluations);

    /// <summary>The further assessments the plan rests on (<see cref="RemediationPlan.FurtherAssessmentIds"/>), evaluated, in the plan's order.</summary>
    public IReadOnlyList<AssessmentEvaluation> FurtherEvaluations { get; init; } = [];

    public string PositionTitle(Guid? id) => id is { } key && Positions.TryGetValue(key, out var p) ? p.Title : Formatting.Unknown;

    /// <summary>The index catalogues (SIPAS, PAPI, PCI, DDCI sets) whose components the items link; an issued version's, as its snapshot recorded them.</summary>
    public IReadOnlyList<CriteriaSet> LinkedSets { get; init; } = [];

    /// <summary>A linked catalogue component as the pages name it ("PAPI — 4.1. Kiểm soát tham nhũng …"), or null when the id is none of them.</summary>
    public string? ComponentName(Guid criterionId)
    {
        foreach (var set in LinkedSets)
        {
            if (set.Find(criterionId) is { } node)
            {
                return $"{PlanKinds.ShortName(set.IndexKind)} — {node.DisplayName}";
            }
        }

        return null;
    }
}
