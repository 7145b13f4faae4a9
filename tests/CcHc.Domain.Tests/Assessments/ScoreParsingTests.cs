using CcHc.Domain.Common;

namespace CcHc.Domain.Tests.Assessments;

public sealed class ScoreParsingTests
{
    [Theory]
    [InlineData("85,08", 85.08)]
    [InlineData("85.08", 85.08)]
    [InlineData(" 14,5 ", 14.5)]
    [InlineData("100", 100)]
    [InlineData("0", 0)]
    [InlineData("0,07", 0.07)]
    public void Scores_typed_the_vietnamese_or_the_international_way_are_read(string text, double expected)
    {
        Assert.True(VietnameseNumbers.TryParseScore(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("1,234")]
    [InlineData("8,5đ")]
    [InlineData("-1")]
    [InlineData("1 000")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("abc")]
    public void Anything_else_is_refused_rather_than_guessed(string? text) =>
        Assert.False(VietnameseNumbers.TryParseScore(text, out _));
}
