namespace CcHc.Web.Charts;

/// <summary>One bar (or point) of a chart: its label and its value.</summary>
public sealed record ChartBar(string Label, decimal Value);

/// <summary>One part of a stacked bar: a label, a count and its colour.</summary>
public sealed record ChartSegment(string Label, int Count, string Color);

/// <summary>One series of a grouped bar chart: a value per category (null: unknown, no bar drawn).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values, string Color);

/// <summary>One bin of a histogram: values v with From ≤ v &lt; To (the last bin also takes To).</summary>
public sealed record HistogramBin(decimal From, decimal To, int Count);

/// <summary>The colours charts use (Bootstrap's), each always paired with a text label.</summary>
public static class ChartColors
{
    public const string Primary = "#0d6efd";
    public const string Danger = "#dc3545";
    public const string Success = "#198754";
    public const string Warning = "#ffc107";
    public const string Secondary = "#6c757d";
    public const string Info = "#0dcaf0";

    public static IReadOnlyList<string> Series { get; } = [Secondary, Primary, Success, Warning, Info, Danger];
}
