using System.Text.RegularExpressions;
using CcHc.Web.Charts;

namespace CcHc.IntegrationTests.Dashboard;

/// <summary>The SVG charts take plain data and return accessible markup with every value written out the Vietnamese way.</summary>
public sealed partial class SvgChartTests
{
    [Fact]
    public void Horizontal_bars_draw_one_labelled_bar_per_value_with_decimal_commas_and_an_accessible_title()
    {
        var svg = SvgCharts.HorizontalBars("c1", "Điểm bị trừ theo lĩnh vực", [new("Chỉ đạo điều hành", 1.87m), new("Cải cách thể chế", 0.25m), new("A & <B>", 5.73m)], "điểm").Value!;

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"c1-title c1-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"c1-title\">Điểm bị trừ theo lĩnh vực</title>", svg, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(svg, "<g class=\"bar\""));
        Assert.Equal(3, Regex.Count(svg, "<rect "));
        Assert.Contains(">1,87</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">0,25</text>", svg, StringComparison.Ordinal);
        Assert.Contains("A &amp; &lt;B&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Chỉ đạo điều hành: 1,87 điểm", svg, StringComparison.Ordinal);

        // The longest bar is the largest value.
        var widths = BarWidths().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths.Max(), widths[2]);
        Assert.True(widths[0] > widths[1]);
    }

    [Fact]
    public void A_stacked_bar_gives_every_count_and_share_in_its_legend()
    {
        var svg = SvgCharts.StackedBar("c2", "Nhiệm vụ", [new("Chưa thực hiện", 2, ChartColors.Secondary), new("Đang thực hiện", 1, ChartColors.Primary), new("Hoàn thành", 1, ChartColors.Success)]).Value!;

        Assert.Contains("Chưa thực hiện: 2 (50 %)", svg, StringComparison.Ordinal);
        Assert.Contains("Đang thực hiện: 1 (25 %)", svg, StringComparison.Ordinal);
        Assert.Contains("Tổng số 4.", svg, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(svg, "<g class=\"segment\""));
    }

    [Fact]
    public void A_line_and_grouped_bars_label_every_year_and_value()
    {
        var line = SvgCharts.Line("c3", "Tổng điểm", [new("2022 (dữ liệu mẫu)", 78.25m), new("2023", 85.08m)], 100m).Value!;
        var grouped = SvgCharts.GroupedBars("c4", "Theo lĩnh vực", ["Cải cách thể chế", "Cải cách công vụ"],
            [new("2022", [6m, null], ChartColors.Secondary), new("2023", [6.75m, 14.62m], ChartColors.Primary)], "điểm").Value!;

        Assert.Contains("<polyline", line, StringComparison.Ordinal);
        Assert.Contains(">78,25</text>", line, StringComparison.Ordinal);
        Assert.Contains(">2022 (dữ liệu mẫu)</text>", line, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(grouped, "<g class=\"bar\""));
        Assert.Contains("data-series=\"2023\" data-value=\"14.62\"", grouped, StringComparison.Ordinal);
        Assert.Contains("Cải cách công vụ: 2022 ?, 2023 14,62", grouped, StringComparison.Ordinal);
    }

    [Fact]
    public void A_histogram_counts_totals_in_bins_of_five_points_and_labels_each_range()
    {
        var bins = HistogramBins.Of([61.5m, 64.99m, 65m, 85.08m, 100m], 5m);
        var svg = SvgCharts.Histogram("c5", "Phân bố", bins, "Tổng điểm").Value!;

        Assert.Equal(60m, bins[0].From);
        Assert.Equal(100m, bins[^1].From);
        Assert.Equal([2, 1, 0, 0, 0, 1, 0, 0, 1], bins.Select(b => b.Count));
        Assert.Equal(5, bins.Sum(b => b.Count));
        Assert.Contains(">60–65</text>", svg, StringComparison.Ordinal);
        Assert.Contains("60–65: 2", svg, StringComparison.Ordinal);
        Assert.Equal(bins.Count, Regex.Count(svg, "<g class=\"bin\""));
        Assert.Empty(HistogramBins.Of([], 5m));
    }

    [GeneratedRegex("<rect x=\"[^\"]*\" y=\"[^\"]*\" width=\"([0-9.]+)\"")]
    private static partial Regex BarWidths();
}
