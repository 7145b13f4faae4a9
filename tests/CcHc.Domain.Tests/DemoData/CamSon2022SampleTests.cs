using CcHc.DemoData;

namespace CcHc.Domain.Tests.DemoData;

public class CamSon2022SampleTests
{
    [Fact]
    public void The_prior_year_is_a_sample_with_the_same_tree_lower_scores_and_no_plan()
    {
        var communes = DemoCatalog.BuildAll(new StandardPositions());
        var camSon = communes.Single(d => d.Commune.Name == "xã Cẩm Sơn");

        var prior = Assert.Single(DemoCatalog.PriorYears(communes));

        Assert.True(prior.Assessment.IsSample);
        Assert.False(camSon.Assessment.IsSample);
        Assert.Equal(2022, prior.Assessment.Year);
        Assert.Equal(camSon.Commune.Id, prior.Assessment.CommuneId);
        Assert.NotEqual(camSon.CriteriaSet.Id, prior.CriteriaSet.Id);
        Assert.Equal(camSon.CriteriaSet.Nodes.Select(n => (n.Title, n.Level, n.MaxScore)), prior.CriteriaSet.Nodes.Select(n => (n.Title, n.Level, n.MaxScore)));
        var evaluation = prior.Assessment.Evaluate(prior.CriteriaSet);
        var current = camSon.Assessment.Evaluate(camSon.CriteriaSet);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(78.25m, evaluation.TotalAppraised);
        Assert.Equal(prior.Assessment.StatedTotal, evaluation.TotalAppraised);
        Assert.True(evaluation.TotalAppraised < current.TotalAppraised);
        Assert.All(evaluation.Fields.Zip(current.Fields), pair => Assert.True(pair.First.AppraisedScore <= pair.Second.AppraisedScore));
        Assert.Equal("Khá", prior.Assessment.Classification);
    }
}
