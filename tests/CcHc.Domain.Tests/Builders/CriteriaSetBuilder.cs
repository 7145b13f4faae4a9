using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;

namespace CcHc.Domain.Tests.Builders;

/// <summary>Small criteria trees for rule tests: <c>Field("A", 10).Child("A.1", 6).Child("A.2", 4)</c>.</summary>
public sealed class CriteriaSetBuilder
{
    private readonly CriteriaSet _set;
    private CriterionNode? _field;

    public CriteriaSetBuilder(CriteriaCoverage coverage = CriteriaCoverage.Complete)
    {
        _set = new CriteriaSet("Bộ tiêu chí thử", IndexKind.ParIndex, "tỉnh Thử", 2023, coverage);
    }

    public CriteriaSetBuilder Field(string title, decimal? max)
    {
        _field = _set.AddNode(null, string.Empty, title, max);
        return this;
    }

    public CriteriaSetBuilder Child(string title, decimal? max)
    {
        _set.AddNode(_field, string.Empty, title, max);
        return this;
    }

    public CriteriaSet Build() => _set;

    public static CriterionNode Node(CriteriaSet set, string title) => set.Nodes.Single(n => n.Title == title);

    public static Assessment AssessmentOf(CriteriaSet set) =>
        new(Guid.CreateVersion7(), set, set.Year, new SourceDecision("1/QĐ-UBND", new DateOnly(2023, 12, 26), "UBND huyện Thử"));
}
