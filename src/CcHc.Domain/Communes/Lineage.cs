using System.Text;
using System.Text.RegularExpressions;

namespace CcHc.Domain.Communes;

/// <summary>
/// One predecessor as the list's text names it. <see cref="Name"/> is the list's words for it ("Xã Tân Hà (huyện Lâm
/// Hà)", or the raw words of an entry that names no whole unit); <see cref="Kind"/> and <see cref="PlaceName"/> are
/// known only where a unit is named, <see cref="Qualifier"/> is the district the list adds to tell two units apart.
/// </summary>
public sealed record LineageEntry(string Name, CommuneKind? Kind, string? PlaceName, string? Qualifier, bool Partial, bool NeedsReview);

/// <summary>
/// What the list says a unit was formed from. <see cref="Unchanged"/>: "giữ nguyên" (the unit is its own predecessor).
/// </summary>
public sealed record LineageParse(string Text, IReadOnlyList<LineageEntry> Entries, bool Unchanged)
{
    /// <summary>At least one entry needs an administrator.</summary>
    public bool NeedsReview => Entries.Any(e => e.NeedsReview);
}

/// <summary>
/// Reads the list's "trước sáp nhập" text. Where it names whole units, separated by commas or "và" ("Xã Cẩm Minh, Xã
/// Cẩm Sơn, Xã Cẩm Lạc"; a district in brackets tells two of a name apart: "Xã Tân Hà (huyện Lâm Hà)"), each is a whole
/// predecessor. "Xã Yên Nghĩa (phần còn lại sau khi …)" is a partial predecessor: named, but marked for an
/// administrator. Any other words ("một phần diện tích TN, quy mô dân số của các phường …", "Toàn bộ diện tích …",
/// a name without its type) are kept as they are and marked, and then every entry of that text is marked too: the free
/// words may qualify the names around them, so nothing is guessed silently. Pure; no I/O.
/// </summary>
public static partial class Lineage
{
    private const string TypeWord = "(?<type>[Xx]ã|[Pp]hường|[Tt]hị [Tt]rấn|[Đđ]ặc [Kk]hu)";

    // A name: words each starting with a capital or a digit ("Cẩm Lạc", "Ea H'Leo", "12").
    private const string NameWords = @"(?<name>[\p{Lu}\d][^\s,();]*(?:\s+[\p{Lu}\d][^\s,();]*)*)";

    private const string DistrictNote = @"(?:\s*\((?<qualifier>(?:[Hh]uyện|[Qq]uận|[Tt]hị [Xx]ã|[Tt]hành [Pp]hố|[Tt]ỉnh|TP\.?)\s[^()]+)\))?";

    [GeneratedRegex("^" + TypeWord + @"\s+" + NameWords + DistrictNote + "$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeUnit();

    [GeneratedRegex("^" + TypeWord + @"\s+" + NameWords + DistrictNote + @"\s*\((?<part>[^()]*phần[^()]*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialUnit();

    [GeneratedRegex(@"một phần|phần còn lại", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartialWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static LineageParse Parse(string? text, string unitName)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        var clean = Spaces().Replace((text ?? string.Empty).Normalize(NormalizationForm.FormC), " ").Trim();
        if (clean.Length == 0)
        {
            return new LineageParse(clean, [], Unchanged: false);
        }

        if (string.Equals(clean.TrimEnd('.'), "giữ nguyên", StringComparison.OrdinalIgnoreCase))
        {
            var self = unitName.Trim();
            return new LineageParse(clean, [new LineageEntry(self, CommuneKinds.FromName(self), CommuneKinds.PlaceName(self), null, false, false)], Unchanged: true);
        }

        var entries = new List<LineageEntry>();
        var free = false;
        foreach (var segment in Segments(clean))
        {
            if (WholeUnit().Match(segment) is { Success: true } whole)
            {
                entries.Add(Named(segment, whole, partial: false));
            }
            else if (PartialUnit().Match(segment) is { Success: true } partial)
            {
                entries.Add(Named(segment, partial, partial: true));
            }
            else
            {
                free = true;
                entries.Add(new LineageEntry(segment, null, null, null, PartialWords().IsMatch(segment), NeedsReview: true));
            }
        }

        if (free)
        {
            entries = entries.Select(e => e with { NeedsReview = true }).ToList();
        }

        return new LineageParse(clean, entries, Unchanged: false);
    }

    private static LineageEntry Named(string segment, Match match, bool partial) => new(
        segment,
        CommuneKinds.FromLabel(match.Groups["type"].Value),
        match.Groups["name"].Value.Trim(),
        match.Groups["qualifier"].Success ? match.Groups["qualifier"].Value.Trim() : null,
        partial,
        NeedsReview: partial);

    /// <summary>The text cut at commas, semicolons and the word "và" outside brackets.</summary>
    private static IEnumerable<string> Segments(string text)
    {
        var depth = 0;
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }

            if (depth == 0 && (c is ',' or ';' || string.CompareOrdinal(text, i, " và ", 0, 4) == 0))
            {
                if (Flush(current) is { } segment)
                {
                    yield return segment;
                }

                i += c is ',' or ';' ? 0 : 3;
                continue;
            }

            current.Append(c);
        }

        if (Flush(current) is { } last)
        {
            yield return last;
        }
    }

    private static string? Flush(StringBuilder current)
    {
        var segment = current.ToString().Trim().TrimEnd('.').Trim();
        current.Clear();
        return segment.Length == 0 ? null : segment;
    }
}
