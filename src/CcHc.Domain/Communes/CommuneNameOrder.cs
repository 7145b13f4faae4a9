using System.Collections.Concurrent;
using System.Globalization;
using CcHc.Domain.Common;

namespace CcHc.Domain.Communes;

/// <summary>
/// The one order of communes' names on every list (the office's overview, who reported, the reviewer's to-do):
/// Vietnamese, case ignored — "Đ…" after "D…" and before "E…", where an ordinal comparison puts it after "Z…".
/// Each name's sort key is computed once and remembered (a few thousand names; the memo is emptied should it ever pass
/// <see cref="MaxRememberedNames"/>), so sorting a national list of 3,321 compares bytes, not a collation per pair.
/// </summary>
public static class CommuneNameOrder
{
    private const int MaxRememberedNames = 50_000;

    private static readonly ConcurrentDictionary<string, SortKey> Remembered = new(StringComparer.Ordinal);

    /// <summary>Compares sort keys (<see cref="Key"/>).</summary>
    public static IComparer<SortKey> Keys { get; } = Comparer<SortKey>.Create(SortKey.Compare);

    /// <summary>Compares names in this order.</summary>
    public static IComparer<string> Names { get; } = Comparer<string>.Create((a, b) => SortKey.Compare(Key(a ?? string.Empty), Key(b ?? string.Empty)));

    /// <summary>The name's sort key, the same order as <c>StringComparer.Create(VietnameseNumbers.Culture, ignoreCase: true)</c>.</summary>
    public static SortKey Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Remembered.TryGetValue(name, out var key))
        {
            return key;
        }

        if (Remembered.Count >= MaxRememberedNames)
        {
            Remembered.Clear();
        }

        return Remembered[name] = VietnameseNumbers.Culture.CompareInfo.GetSortKey(name, CompareOptions.IgnoreCase);
    }

    /// <summary>The items ordered by their names in this order.</summary>
    public static IOrderedEnumerable<T> OrderByName<T>(this IEnumerable<T> items, Func<T, string> name) =>
        items.OrderBy(item => Key(name(item)), Keys);
}
