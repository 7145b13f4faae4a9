namespace CcHc.Web.Charts;

/// <summary>Counts values into bins of equal width, from the bin of the smallest value to the bin of the largest.</summary>
public static class HistogramBins
{
    public static IReadOnlyList<HistogramBin> Of(IEnumerable<decimal> values, decimal width)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (width <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), "The width of a bin must be positive.");
        }

        var list = values.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var low = Math.Floor(list.Min() / width) * width;
        var high = list.Max();
        var bins = new List<HistogramBin>();
        for (var from = low; from <= high; from += width)
        {
            var to = from + width;
            var last = to > high;
            bins.Add(new HistogramBin(from, to, list.Count(v => v >= from && (v < to || (last && v == to)))));
        }

        return bins;
    }
}
