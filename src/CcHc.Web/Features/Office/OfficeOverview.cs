using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Web.Features.Communes;
using CcHc.Web.Printing;

namespace CcHc.Web.Features.Office;

/// <summary>One commune on the office's page: its latest assessment, its plan's state and version, the tracked plan's tasks.</summary>
public sealed record OfficeRow(
    string Commune,
    int? Year,
    decimal? Total,
    string? Rank,
    decimal? Deduction,
    int? Version,
    PlanStatus? Status,
    Guid? PlanId,
    Guid? IssuedPlanId,
    string? IssuedNumber)
{
    public Guid CommuneId { get; init; }

    public Rank? RankValue { get; init; }

    public string? Classification { get; init; }

    public bool ClassificationComputed { get; init; }

    /// <summary>The band's lower bound, for sorting classes from the lowest to the highest.</summary>
    public decimal? ClassificationLevel { get; init; }

    public TaskTally? Tasks { get; init; }

    public bool IsSample { get; init; }

    /// <summary>The kind of the row's plan (<see cref="PlanKind"/>); null without a plan.</summary>
    public PlanKind? Kind { get; init; }

    /// <summary>The commune's name in its issued version (its snapshot) when it differs from today's; null otherwise.</summary>
    public string? IssuedUnderName { get; init; }

    /// <summary>The commune as its issued version names it.</summary>
    public string IssuedCommune => IssuedUnderName ?? Commune;
}

/// <summary>
/// The office's table, sorted, with the official-file state of each issued version (<see cref="OfficialFile"/>):
/// <see cref="SignedPlanIds"/> have a "Hợp lệ" signed copy as their official PDF; <see cref="UndeterminedPlanIds"/>
/// have a newer "Chưa xác định" copy, shown with its state but never served as the official file.
/// </summary>
public sealed record OfficeOverview(IReadOnlyList<OfficeRow> Rows, IReadOnlySet<Guid> SignedPlanIds, IReadOnlySet<Guid> UndeterminedPlanIds)
{
    /// <summary>The sort keys of the query string, one per column, in column order.</summary>
    public static IReadOnlyList<string> SortKeys { get; } = ["commune", "year", "total", "rank", "class", "deduction", "plan", "kind", "done", "overdue"];

    /// <summary>The kind filter of the query string (?kind=Improvement); null: every row (blank or unknown values are not a filter).</summary>
    public static PlanKind? KindFilter(string? kind) =>
        kind is { Length: > 0 } text && Enum.TryParse<PlanKind>(text, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _) ? parsed : null;

    /// <summary>The rows whose plan is of <paramref name="kind"/>; every row when null.</summary>
    public static IEnumerable<OfficeRow> OfKind(IEnumerable<OfficeRow> rows, PlanKind? kind) => kind is { } k ? rows.Where(r => r.Kind == k) : rows;

    private static readonly StringComparer Names = StringComparer.Create(VietnameseNumbers.Culture, ignoreCase: true);

    /// <summary>The effective sort key (unknown keys fall back to the commune name).</summary>
    public static string SortKey(string? sort) => sort is { } s && SortKeys.Contains(s, StringComparer.Ordinal) ? s : "commune";

    /// <summary>Sorted by one column; rows without a value come last in both directions, ties by commune name.</summary>
    public static IReadOnlyList<OfficeRow> Sorted(IEnumerable<OfficeRow> rows, string key, bool descending)
    {
        Func<OfficeRow, IComparable?> value = key switch
        {
            "year" => r => r.Year,
            "total" => r => r.Total,
            "rank" => r => r.RankValue is { } rank ? (rank.Position * 100000) + rank.Of : null,
            "class" => r => r.ClassificationLevel,
            "deduction" => r => r.Deduction,
            "plan" => r => r.Status is { } status ? ((int)status * 10000) + (r.Version ?? 0) : null,
            "kind" => r => r.Kind is { } kind ? (int)kind : null,
            "done" => r => r.Tasks?.PercentDone,
            "overdue" => r => r.Tasks?.Overdue,
            _ => r => r.Commune,
        };
        var list = rows.ToList();
        var known = list.Where(r => value(r) is not null);
        var ordered = key == "commune"
            ? (descending ? known.OrderByDescending(r => r.Commune, Names) : known.OrderBy(r => r.Commune, Names))
            : (descending ? known.OrderByDescending(value) : known.OrderBy(value)).ThenBy(r => r.Commune, Names);
        return [.. ordered, .. list.Where(r => value(r) is null).OrderBy(r => r.Commune, Names)];
    }

    /// <summary>A commune's overview as the office's row.</summary>
    public static OfficeRow RowOf(CommuneOverview o) => new(
        o.Commune.Name,
        o.Assessment?.Year,
        o.Total,
        o.Assessment?.Rank?.ToString(),
        o.Evaluation?.TotalDeduction,
        o.CurrentPlan?.Version,
        o.CurrentPlan?.Status,
        o.CurrentPlan?.Id,
        o.IssuedPlan?.Id,
        o.IssuedPlan is { } issued ? $"{issued.Number}/{issued.Symbol}" : null)
    {
        CommuneId = o.Commune.Id,
        RankValue = o.Assessment?.Rank,
        Classification = o.Classification,
        ClassificationComputed = o.ClassificationComputed,
        ClassificationLevel = o.Classification is { } label
            ? o.Evaluation?.CriteriaSet.ClassificationBands.FirstOrDefault(b => Names.Equals(b.Label, label))?.MinPercent
            : null,
        Tasks = o.Tasks,
        IsSample = o.Assessment?.IsSample == true,
        Kind = o.CurrentPlan?.Kind,
        IssuedUnderName = o.IssuedCommuneName is { } name && !string.Equals(name, o.Commune.Name, StringComparison.Ordinal) ? name : null,
    };
}

/// <summary>
/// The communes the office oversees (every commune for an administrator), as <see cref="OfficeOverview"/>: a constant
/// number of queries whatever the number of communes (<see cref="CommuneOverview"/> plus the signed copies' states).
/// </summary>
public sealed class OfficeQuery(CommuneOverviewQuery overviews, PlanExports exports, TimeProvider clock)
{
    public async Task<OfficeOverview> LoadAsync(string sortKey, bool descending, CancellationToken cancellationToken) =>
        await LoadAsync(sortKey, descending, null, cancellationToken);

    /// <summary>The table, only the communes whose plan is of <paramref name="kind"/> when given.</summary>
    public async Task<OfficeOverview> LoadAsync(string sortKey, bool descending, PlanKind? kind, CancellationToken cancellationToken)
    {
        var rows = OfficeOverview.OfKind((await overviews.LoadAsync(VietnamTime.Today(clock), cancellationToken)).Select(OfficeOverview.RowOf), kind);
        var sorted = OfficeOverview.Sorted(rows, sortKey, descending);
        var issued = sorted.Where(r => r.IssuedPlanId is not null).Select(r => r.IssuedPlanId!.Value).ToList();
        var official = await exports.OfficialFilesAsync(issued, cancellationToken);
        return new OfficeOverview(
            sorted,
            official.Where(o => o.Value.IsSignedCopy).Select(o => o.Key).ToHashSet(),
            official.Where(o => o.Value.NewerCopyUndetermined).Select(o => o.Key).ToHashSet());
    }
}
