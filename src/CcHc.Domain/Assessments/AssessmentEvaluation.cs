using CcHc.Domain.Common;
using CcHc.Domain.Criteria;

namespace CcHc.Domain.Assessments;

/// <summary>One criterion's numbers after the rules ran. Unknown values stay null.</summary>
public sealed record NodeResult(
    CriterionNode Node,
    decimal? MaxScore,
    decimal? AppraisedScore,
    decimal? SelfAssessedScore,
    decimal? StatedDeduction,
    string? Reason,
    bool IsDerived)
{
    /// <summary>max − appraised, where both are known.</summary>
    public decimal? ComputedDeduction => MaxScore is { } max && AppraisedScore is { } appraised ? max - appraised : null;

    /// <summary>The deduction CcHc works with: computed where it can be, else as the source stated it.</summary>
    public decimal? Deduction => ComputedDeduction ?? StatedDeduction;

    /// <summary>The figure the source prints: its stated deduction where it states one (mistakes included), else max − appraised.</summary>
    public decimal? SourceDeduction => StatedDeduction ?? ComputedDeduction;

    /// <summary>Lost points, or listed in a set that lists only criteria that lost points.</summary>
    public bool IsDeducted => Deduction is > 0;
}

/// <summary>The result of checking an assessment against its criteria set: numbers per node, totals and findings.</summary>
public sealed class AssessmentEvaluation
{
    private readonly Dictionary<Guid, NodeResult> _byNode;
    private readonly ILookup<Guid, NodeResult> _children;

    internal AssessmentEvaluation(
        Guid assessmentId,
        CriteriaSet criteriaSet,
        IReadOnlyList<NodeResult> nodes,
        IReadOnlyList<Finding> findings,
        decimal? statedTotal)
    {
        AssessmentId = assessmentId;
        CriteriaSet = criteriaSet;
        Nodes = nodes;
        Findings = findings;
        StatedTotal = statedTotal;
        _byNode = nodes.ToDictionary(n => n.Node.Id);
        _children = nodes.Where(n => n.Node.ParentId is not null).ToLookup(n => n.Node.ParentId!.Value);
        Fields = nodes.Where(n => n.Node.ParentId is null).ToList();
        TotalMax = SumIfAllKnown(Fields.Select(f => f.MaxScore));
        TotalAppraised = SumIfAllKnown(Fields.Select(f => f.AppraisedScore));
        TotalDeduction = SumIfAllKnown(Fields.Select(f => f.Deduction));
    }

    /// <summary>
    /// The evaluation of a plan that rests on no assessment (seed 002 names no score): no field, no score, no finding;
    /// <see cref="AssessmentId"/> is empty and <see cref="IsNone"/> says so.
    /// </summary>
    public static AssessmentEvaluation None(int year) =>
        new(Guid.Empty, new CriteriaSet("Không có kết quả đánh giá", IndexKind.ParIndex, string.Empty, year, CriteriaCoverage.Complete), [], [], null);

    /// <summary>Whether this is <see cref="None"/>: the plan names no assessment.</summary>
    public bool IsNone => AssessmentId == Guid.Empty;

    public Guid AssessmentId { get; }

    public CriteriaSet CriteriaSet { get; }

    /// <summary>Every node in document order.</summary>
    public IReadOnlyList<NodeResult> Nodes { get; }

    /// <summary>The level-1 nodes (lĩnh vực) in order: the rows of the score table.</summary>
    public IReadOnlyList<NodeResult> Fields { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public decimal? StatedTotal { get; }

    public decimal? TotalMax { get; }

    public decimal? TotalAppraised { get; }

    public decimal? TotalDeduction { get; }

    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    public NodeResult this[Guid criterionId] => _byNode[criterionId];

    public IEnumerable<NodeResult> ChildrenOf(Guid criterionId) => _children[criterionId];

    /// <summary>
    /// Whether a criterion lost points: its deduction is positive, or — in a set that lists only the criteria that lost
    /// points — it is listed below a field without a number (seed 000: "không có điểm do có văn bản phê bình").
    /// </summary>
    public bool LostPoints(NodeResult result) =>
        result.IsDeducted
        || (CriteriaSet.Coverage == CriteriaCoverage.DeductedOnly && result.Deduction is null && result.Node.ParentId is not null);

    /// <summary>The criteria that lost points and that no child that lost points explains further, in document order.</summary>
    public IEnumerable<NodeResult> DeductedLeaves() =>
        Nodes.Where(r => LostPoints(r) && !ChildrenOf(r.Node.Id).Any(LostPoints));

    /// <summary>The field (level-1 ancestor, or the node itself) a criterion sits under.</summary>
    public NodeResult FieldOf(Guid criterionId)
    {
        var result = _byNode[criterionId];
        while (result.Node.ParentId is { } parentId)
        {
            result = _byNode[parentId];
        }

        return result;
    }

    /// <summary>Findings about a field or anything under it.</summary>
    public IEnumerable<Finding> FindingsUnder(Guid fieldId) =>
        Findings.Where(f => f.CriterionId is { } id && FieldOf(id).Node.Id == fieldId);

    public IEnumerable<Finding> FindingsFor(Guid criterionId) => Findings.Where(f => f.CriterionId == criterionId);

    /// <summary>Findings about the assessment as a whole (e.g. the stated total).</summary>
    public IEnumerable<Finding> GeneralFindings => Findings.Where(f => f.CriterionId is null);

    internal static decimal? SumIfAllKnown(IEnumerable<decimal?> values)
    {
        decimal sum = 0;
        var any = false;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                return null;
            }

            sum += v;
            any = true;
        }

        return any ? sum : null;
    }
}
