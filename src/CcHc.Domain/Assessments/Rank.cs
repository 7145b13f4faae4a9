using System.Globalization;
using CcHc.Domain.Common;

namespace CcHc.Domain.Assessments;

/// <summary>A place among peers as published: "3/23". Ties share a place (see <see cref="Ranking"/>).</summary>
public sealed record Rank
{
    public Rank(int position, int of)
    {
        if (of < 1 || position < 1 || position > of)
        {
            throw new DomainException($"Thứ hạng {position}/{of} không hợp lệ.");
        }

        Position = position;
        Of = of;
    }

    public int Position { get; }

    public int Of { get; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Position}/{Of}");

    /// <summary>Parses "3/23" (spaces allowed).</summary>
    public static bool TryParse(string? text, out Rank? rank)
    {
        rank = null;
        var parts = text?.Split('/', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var of)
            || of < 1 || position < 1 || position > of)
        {
            return false;
        }

        rank = new Rank(position, of);
        return true;
    }
}

/// <summary>Standard competition ranking ("1224"): equal totals share the better place.</summary>
public static class Ranking
{
    public static IReadOnlyDictionary<TKey, Rank> Compute<TKey>(IReadOnlyCollection<(TKey Key, decimal Total)> totals)
        where TKey : notnull
    {
        var ordered = totals.OrderByDescending(t => t.Total).ToList();
        var result = new Dictionary<TKey, Rank>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var position = i > 0 && ordered[i].Total == ordered[i - 1].Total
                ? result[ordered[i - 1].Key].Position
                : i + 1;
            result[ordered[i].Key] = new Rank(position, ordered.Count);
        }

        return result;
    }
}
