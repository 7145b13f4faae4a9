using CcHc.DemoData;
using CcHc.Domain.Assessments;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.Domain.Tests.Overview;

/// <summary>
/// The figures of the office's rows: evaluated from an assessment, and stored per issued version from its snapshot
/// (<see cref="IssuedFigures"/>) so that a table of thousands of rows never restores a snapshot.
/// </summary>
public class OverviewFiguresTests
{
    private static readonly StandardPositions Positions = new();

    private static DemoCommune Seed(string name) => DemoCatalog.BuildAll(Positions).Single(d => d.Commune.Name == name);

    private static IssuedSnapshot SnapshotOf(DemoCommune demo) =>
        IssuedSnapshot.Take(demo.Plan, demo.Commune, demo.Office.Name, demo.ScoredAssessment, demo.ScoredSet,
            Positions.All.Concat(demo.CommunePositions).DistinctBy(p => p.Id), DateTimeOffset.UnixEpoch);

    [Fact]
    public void Cam_son_2023_shows_the_published_85_08_and_the_computed_class_kha()
    {
        var demo = Seed("xã Cẩm Sơn");
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);

        var figures = OverviewFigures.Of(demo.Assessment, evaluation);

        Assert.Equal(85.08m, figures.Total);
        Assert.Equal("Khá", figures.Classification);
        Assert.True(figures.ClassificationComputed);
        Assert.Equal(70m, figures.ClassificationLevel);
        Assert.Equal(evaluation.TotalDeduction, figures.Deduction);
        Assert.Equal(evaluation.TotalMax, figures.TotalMax);
    }

    [Fact]
    public void Trieu_trach_2022_shows_its_published_class_tot_not_a_computed_one()
    {
        var demo = Seed("xã Triệu Trạch");

        var figures = OverviewFigures.Of(demo.Assessment, demo.Assessment.Evaluate(demo.CriteriaSet));

        Assert.Equal(92.59m, figures.Total);
        Assert.Equal("Tốt", figures.Classification);
        Assert.False(figures.ClassificationComputed);
        Assert.Equal(90m, figures.ClassificationLevel);
    }

    [Theory]
    [InlineData("xã Cẩm Sơn")]
    [InlineData("xã Triệu Trạch")]
    public void An_issued_versions_stored_figures_are_those_of_its_snapshot(string commune)
    {
        var demo = Seed(commune);
        var snapshot = SnapshotOf(demo);
        var frozen = snapshot.Restore();

        var stored = IssuedFigures.Of(snapshot);

        Assert.Equal(demo.Plan.Id, stored.PlanId);
        Assert.Equal(commune, stored.CommuneName);
        Assert.Equal(demo.Assessment.Id, stored.AssessmentId);
        Assert.Equal(OverviewFigures.Of(frozen.Assessment!, frozen.Assessment!.Evaluate(frozen.CriteriaSet!)), stored.Figures);
        Assert.Equal(OverviewFigures.Of(demo.Assessment, demo.Assessment.Evaluate(demo.CriteriaSet)), stored.Figures);
    }

    [Fact]
    public void A_version_resting_on_no_assessment_stores_its_communes_name_and_no_figures()
    {
        var demo = DemoCatalog.BuildAll(Positions).First(d => d.ScoredAssessment is null);

        var stored = IssuedFigures.Of(SnapshotOf(demo));

        Assert.Equal(demo.Commune.Name, stored.CommuneName);
        Assert.Null(stored.AssessmentId);
        Assert.Null(stored.Figures);
        Assert.Null(stored.Total);
    }
}
