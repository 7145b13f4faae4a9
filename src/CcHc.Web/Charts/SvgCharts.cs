using System.Globalization;
using System.Text;
using CcHc.Domain.Common;
using Microsoft.AspNetCore.Html;

namespace CcHc.Web.Charts;

/// <summary>
/// Small charts as inline SVG, drawn on the server from plain data: no JavaScript, no library. Each chart is an
/// image for assistive technology (role="img", a title and a description that lists every value) and prints its
/// numbers as text next to the marks, the Vietnamese way (decimal comma), so colour is never the only cue.
/// </summary>
public static class SvgCharts
{
    private const int Width = 720;
    private const string Font = "font-family=\"system-ui, sans-serif\" font-size=\"12\"";

    /// <summary>Horizontal bars, one per row, the label above its bar and the value after it.</summary>
    public static HtmlString HorizontalBars(string id, string title, IReadOnlyList<ChartBar> bars, string unit, string color = ChartColors.Danger)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int rowHeight = 38;
        const int left = 8;
        const int valueRoom = 90;
        var height = Math.Max(1, bars.Count) * rowHeight + 8;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var svg = Open(id, title, Width, height, string.Join("; ", bars.Select(b => $"{b.Label}: {Number(b.Value)} {unit}")));
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 8 + (i * rowHeight);
            var length = max <= 0 ? 0 : (double)(bar.Value / max) * (Width - left - valueRoom);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\" data-label=\"{Escape(bar.Label)}\" data-value=\"{Invariant(bar.Value)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(bar.Label)}: {Number(bar.Value)} {Escape(unit)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{y + 10}\" fill=\"#212529\">{Escape(Shorten(bar.Label, 100))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 15}\" width=\"{Coordinate(length)}\" height=\"14\" fill=\"{color}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Coordinate(left + length + 6)}\" y=\"{y + 26}\" fill=\"#212529\">{Number(bar.Value)}</text>");
            svg.Append("</g>");
        }

        return Close(svg);
    }

    /// <summary>One horizontal bar split into parts (e.g. tasks by status) with a legend that gives every count.</summary>
    public static HtmlString StackedBar(string id, string title, IReadOnlyList<ChartSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        const int left = 8;
        const int barWidth = Width - 16;
        var total = segments.Sum(s => s.Count);
        var height = 50 + (segments.Count * 20);
        var svg = Open(id, title, Width, height, $"Tổng số {total}. " + string.Join("; ", segments.Select(s => $"{s.Label}: {s.Count}")));
        double x = left;
        foreach (var segment in segments)
        {
            var length = total == 0 ? 0 : (double)segment.Count / total * barWidth;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"segment\" data-label=\"{Escape(segment.Label)}\" data-value=\"{segment.Count}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(segment.Label)}: {segment.Count}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Coordinate(x)}\" y=\"8\" width=\"{Coordinate(length)}\" height=\"24\" fill=\"{segment.Color}\"/>");
            svg.Append("</g>");
            x += length;
        }

        if (total == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"8\" width=\"{barWidth}\" height=\"24\" fill=\"none\" stroke=\"#adb5bd\"/>");
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var y = 46 + (i * 20);
            var s = segments[i];
            var percent = total == 0 ? string.Empty : $" ({Number(Math.Round(s.Count * 100m / total, 1))} %)";
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"{s.Color}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{left + 18}\" y=\"{y}\" fill=\"#212529\">{Escape(s.Label)}: {s.Count}{percent}</text>");
        }

        return Close(svg);
    }

    /// <summary>A line through one value per label (e.g. the total of each year), each point labelled with its value.</summary>
    public static HtmlString Line(string id, string title, IReadOnlyList<ChartBar> points, decimal? axisMax = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        const int height = 220;
        const int top = 24;
        const int bottom = 36;
        const int left = 48;
        const int right = 24;
        var max = axisMax ?? (points.Count == 0 ? 1 : Math.Max(1, points.Max(p => p.Value)));
        var plotHeight = height - top - bottom;
        var step = points.Count > 1 ? (double)(Width - left - right) / (points.Count - 1) : 0;
        var svg = Open(id, title, Width, height, string.Join("; ", points.Select(p => $"{p.Label}: {Number(p.Value)}")));
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{Width - right}\" y2=\"{top + plotHeight}\" stroke=\"#adb5bd\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{top + 4}\" text-anchor=\"end\" fill=\"#6c757d\">{Number(max)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{top + plotHeight}\" text-anchor=\"end\" fill=\"#6c757d\">0</text>");
        var coordinates = points.Select((p, i) => (X: left + (points.Count > 1 ? i * step : (Width - left - right) / 2.0), Y: top + plotHeight - ((double)(p.Value / max) * plotHeight))).ToList();
        if (coordinates.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{ChartColors.Primary}\" stroke-width=\"2\" points=\"{string.Join(' ', coordinates.Select(c => $"{Coordinate(c.X)},{Coordinate(c.Y)}"))}\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var (x, y) = coordinates[i];
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"point\" data-label=\"{Escape(points[i].Label)}\" data-value=\"{Invariant(points[i].Value)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(points[i].Label)}: {Number(points[i].Value)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Coordinate(x)}\" cy=\"{Coordinate(y)}\" r=\"4\" fill=\"{ChartColors.Primary}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Coordinate(x)}\" y=\"{Coordinate(y - 8)}\" text-anchor=\"middle\" fill=\"#212529\">{Number(points[i].Value)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(x)}\" y=\"{height - 12}\" text-anchor=\"middle\" fill=\"#212529\">{Escape(points[i].Label)}</text>");
            svg.Append("</g>");
        }

        return Close(svg);
    }

    /// <summary>Horizontal grouped bars: per category (a row with its label) one bar per series, with a legend.</summary>
    public static HtmlString GroupedBars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string unit)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        const int left = 8;
        const int valueRoom = 70;
        const int barHeight = 11;
        var legendHeight = 8 + (series.Count * 18);
        var rowHeight = 20 + (series.Count * (barHeight + 3));
        var height = legendHeight + (categories.Count * rowHeight) + 4;
        var max = series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var description = string.Join("; ", categories.Select((c, i) => $"{c}: " + string.Join(", ", series.Select(s => $"{s.Name} {(i < s.Values.Count ? Number(s.Values[i]) : "?")}"))));
        var svg = Open(id, title, Width, height, description);
        for (var s = 0; s < series.Count; s++)
        {
            var y = 16 + (s * 18);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"{series[s].Color}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{left + 18}\" y=\"{y}\" fill=\"#212529\">{Escape(series[s].Name)}</text>");
        }

        for (var c = 0; c < categories.Count; c++)
        {
            var y = legendHeight + (c * rowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{y + 12}\" fill=\"#212529\">{Escape(Shorten(categories[c], 100))}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                if (c >= series[s].Values.Count || series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var barY = y + 17 + (s * (barHeight + 3));
                var length = max <= 0 ? 0 : (double)(value / max) * (Width - left - valueRoom);
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\" data-label=\"{Escape(categories[c])}\" data-series=\"{Escape(series[s].Name)}\" data-value=\"{Invariant(value)}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(categories[c])} — {Escape(series[s].Name)}: {Number(value)} {Escape(unit)}</title>");
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{barY}\" width=\"{Coordinate(length)}\" height=\"{barHeight}\" fill=\"{series[s].Color}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Coordinate(left + length + 4)}\" y=\"{barY + 10}\" font-size=\"11\" fill=\"#212529\">{Number(value)}</text>");
                svg.Append("</g>");
            }
        }

        return Close(svg);
    }

    /// <summary>Vertical bars, one per bin, labelled with the bin's range below and its count above.</summary>
    public static HtmlString Histogram(string id, string title, IReadOnlyList<HistogramBin> bins, string valueName)
    {
        ArgumentNullException.ThrowIfNull(bins);
        const int height = 240;
        const int top = 20;
        const int bottom = 40;
        const int left = 8;
        var maxCount = bins.Count == 0 ? 1 : Math.Max(1, bins.Max(b => b.Count));
        var slot = bins.Count == 0 ? 0 : (double)(Width - (2 * left)) / bins.Count;
        var plotHeight = height - top - bottom;
        var svg = Open(id, title, Width, height, $"Phân bố {valueName}: " + string.Join("; ", bins.Select(b => $"{Range(b)}: {b.Count}")));
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{Width - left}\" y2=\"{top + plotHeight}\" stroke=\"#adb5bd\"/>");
        for (var i = 0; i < bins.Count; i++)
        {
            var bin = bins[i];
            var barHeight = (double)bin.Count / maxCount * plotHeight;
            var x = left + (i * slot);
            var center = x + (slot / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bin\" data-from=\"{Invariant(bin.From)}\" data-to=\"{Invariant(bin.To)}\" data-value=\"{bin.Count}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Range(bin)}: {bin.Count}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Coordinate(x + 2)}\" y=\"{Coordinate(top + plotHeight - barHeight)}\" width=\"{Coordinate(Math.Max(1, slot - 4))}\" height=\"{Coordinate(barHeight)}\" fill=\"{ChartColors.Primary}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Coordinate(center)}\" y=\"{Coordinate(top + plotHeight - barHeight - 4)}\" text-anchor=\"middle\" fill=\"#212529\">{bin.Count}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(center)}\" y=\"{height - 22}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#212529\">{Range(bin)}</text>");
            svg.Append("</g>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{height - 4}\" text-anchor=\"middle\" fill=\"#6c757d\">{Escape(valueName)}</text>");
        return Close(svg);
    }

    /// <summary>"80–85": the bin's range as people read it.</summary>
    public static string Range(HistogramBin bin)
    {
        ArgumentNullException.ThrowIfNull(bin);
        return $"{Number(bin.From)}–{Number(bin.To)}";
    }

    private static StringBuilder Open(string id, string title, int width, int height, string description)
    {
        var svg = new StringBuilder(2048);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{Escape(id)}\" class=\"chart\" role=\"img\" aria-labelledby=\"{Escape(id)}-title {Escape(id)}-desc\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" style=\"max-width:100%;height:auto\" {Font}>");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Escape(id)}-title\">{Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{Escape(id)}-desc\">{Escape(description)}</desc>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Number(decimal value) => VietnameseNumbers.Score(value);

    private static string Number(decimal? value) => value is { } v ? Number(v) : "?";

    private static string Invariant(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    /// <summary>Text and attribute values: the five characters that matter in XML, everything else as is.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }
}
