using CcHc.DemoData;

namespace CcHc.Domain.Tests.DemoData;

public class CamLac2025SampleTests
{
    [Fact]
    public void Cam_Lac_s_2025_result_is_a_sample_on_the_seed_tree_with_no_rank_and_nothing_wrong()
    {
        var camLac = Guid.NewGuid();
        var camSon = DemoCatalog.BuildAll(new StandardPositions()).Single(d => d.Commune.Name == "xã Cẩm Sơn");

        var sample = CamLac2025Sample.Build(camLac);

        Assert.True(sample.Assessment.IsSample);
        Assert.Equal((2025, camLac, 2025), (sample.Assessment.Year, sample.Assessment.CommuneId, sample.CriteriaSet.Year));
        Assert.Equal(("Chỉ số CCHC năm 2025 – xã Cẩm Lạc (dữ liệu mẫu)", "tỉnh Hà Tĩnh"), (sample.CriteriaSet.Name, sample.CriteriaSet.Province));
        Assert.Equal(camSon.CriteriaSet.Nodes.Select(n => (n.Title, n.Level, n.MaxScore)), sample.CriteriaSet.Nodes.Select(n => (n.Title, n.Level, n.MaxScore)));
        var evaluation = sample.Assessment.Evaluate(sample.CriteriaSet);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(84.75m, evaluation.TotalAppraised);
        Assert.Equal(sample.Assessment.StatedTotal, evaluation.TotalAppraised);
        Assert.Null(sample.Assessment.Rank);
        Assert.Contains("dữ liệu mẫu", sample.Assessment.Decision.IssuingBody, StringComparison.Ordinal);
    }
}
