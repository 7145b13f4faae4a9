using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;

namespace CcHc.Domain.Tests.Assessments;

public sealed class RankingTests
{
    [Fact]
    public void Equal_totals_share_the_better_place_and_the_next_place_is_skipped()
    {
        var ranks = Ranking.Compute([("a", 92.59m), ("b", 85.08m), ("c", 85.08m), ("d", 70m)]);

        Assert.Equal("1/4", ranks["a"].ToString());
        Assert.Equal("2/4", ranks["b"].ToString());
        Assert.Equal("2/4", ranks["c"].ToString());
        Assert.Equal("4/4", ranks["d"].ToString());
    }

    [Theory]
    [InlineData("3/23", 3, 23)]
    [InlineData(" 1 / 18 ", 1, 18)]
    public void A_published_rank_parses(string text, int position, int of)
    {
        Assert.True(Rank.TryParse(text, out var rank));
        Assert.Equal(position, rank!.Position);
        Assert.Equal(of, rank.Of);
    }

    [Theory]
    [InlineData("24/23")]
    [InlineData("0/23")]
    [InlineData("3")]
    [InlineData("a/b")]
    public void An_impossible_rank_does_not_parse(string text) => Assert.False(Rank.TryParse(text, out _));

    [Theory]
    [InlineData(92.59, "Tốt")]
    [InlineData(90, "Tốt")]
    [InlineData(85.08, "Khá")]
    [InlineData(50, "Trung bình")]
    [InlineData(49.99, "Kém")]
    public void Classification_follows_the_sets_bands(double total, string expected)
    {
        var set = new CriteriaSet("PAR", IndexKind.ParIndex, "tỉnh Hà Tĩnh", 2023, CriteriaCoverage.Complete);
        set.SetClassificationBands(CriteriaSet.DefaultParIndexBands);

        Assert.Equal(expected, set.Classify((decimal)total, 100m));
    }
}
