using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Communes;
using CcHc.Web.Printing;
using Microsoft.EntityFrameworkCore;

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

    public Guid? OfficeId { get; init; }

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

    /// <summary>The group the overview filters by (<see cref="CommuneGroups.Of"/>).</summary>
    public CommuneGroup Group { get; init; }

    /// <summary>The plan state the overview filters and counts by (set once the signed copies are known).</summary>
    public OverviewPlanState State { get; init; }

    /// <summary>The office's due date for the year, when it set one.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Past <see cref="DueDate"/> with no version issued by then (<see cref="SubmissionDueDate.IsLate"/>).</summary>
    public bool Late { get; init; }

    /// <summary>Issue dates of the plan's versions, for <see cref="Late"/>.</summary>
    public IReadOnlyList<DateOnly?> IssueDates { get; init; } = [];

    /// <summary>The office's open request to revise the issued version, when there is one.</summary>
    public RevisionRequest? OpenRevision { get; init; }
}

/// <summary>
/// The overview's filters as the query string carries them: results year (null: the latest year with data), group,
/// plan state and plan kind. Unknown values filter nothing.
/// </summary>
public sealed record OfficeFilter(int? Year = null, CommuneGroup? Group = null, OverviewPlanState? State = null, PlanKind? Kind = null)
{
    public static OfficeFilter All { get; } = new();
}

/// <summary>
/// The office's table, sorted, with the official-file state of each issued version (<see cref="OfficialFile"/>):
/// <see cref="SignedPlanIds"/> have a "Hợp lệ" signed copy as their official PDF; <see cref="UndeterminedPlanIds"/>
/// have a newer "Chưa xác định" copy, shown with its state but never served as the official file.
/// </summary>
public sealed record OfficeOverview(IReadOnlyList<OfficeRow> Rows, IReadOnlySet<Guid> SignedPlanIds, IReadOnlySet<Guid> UndeterminedPlanIds)
{
    /// <summary>The results year shown (the filter's, else the latest with data); null when there is no data at all.</summary>
    public int? Year { get; init; }

    /// <summary>Every results year with data, newest first.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>The counts over every commune of the year and group (and kind), whatever the state filter.</summary>
    public OverviewCounts Counts { get; init; } = OverviewCounts.Of([]);

    /// <summary>The due date of the year (the caller's office's), when set.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The communes late against their office's due date ("Chưa nộp đúng hạn"), by name; of the year and group.</summary>
    public IReadOnlyList<OfficeRow> Late { get; init; } = [];

    /// <summary>The sort keys of the query string, one per column, in column order.</summary>
    public static IReadOnlyList<string> SortKeys { get; } = ["commune", "year", "total", "rank", "class", "deduction", "plan", "kind", "done", "overdue"];

    /// <summary>The kind filter of the query string (?kind=Improvement); null: every row (blank or unknown values are not a filter).</summary>
    public static PlanKind? KindFilter(string? kind) =>
        kind is { Length: > 0 } text && Enum.TryParse<PlanKind>(text, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _) ? parsed : null;

    /// <summary>The rows whose plan is of <paramref name="kind"/>; every row when null.</summary>
    public static IEnumerable<OfficeRow> OfKind(IEnumerable<OfficeRow> rows, PlanKind? kind) => kind is { } k ? rows.Where(r => r.Kind == k) : rows;

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
        // Each row's value and the sort key of its name computed once (a national view sorts 3,321 names: comparing
        // sort keys is a byte comparison, the same order as the culture's comparer, without a collation per comparison).
        var list = rows.Select(r => (Row: r, Value: value(r), Name: NameKey(r.Commune))).ToList();
        var known = list.Where(r => r.Value is not null);
        var ordered = key == "commune"
            ? (descending ? known.OrderByDescending(r => r.Name, NameKeys) : known.OrderBy(r => r.Name, NameKeys))
            : (descending ? known.OrderByDescending(r => r.Value) : known.OrderBy(r => r.Value)).ThenBy(r => r.Name, NameKeys);
        return [.. ordered.Select(r => r.Row), .. list.Where(r => r.Value is null).OrderBy(r => r.Name, NameKeys).Select(r => r.Row)];
    }

    private static readonly IComparer<System.Globalization.SortKey> NameKeys = CommuneNameOrder.Keys;

    private static System.Globalization.SortKey NameKey(string name) => CommuneNameOrder.Key(name);

    /// <summary>A commune's overview as the office's row.</summary>
    public static OfficeRow RowOf(CommuneOverview o) => new(
        o.Commune.Name,
        o.Assessment?.Year,
        o.Total,
        o.Assessment?.Rank?.ToString(),
        o.Figures?.Deduction,
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
        ClassificationLevel = o.Figures?.ClassificationLevel,
        Tasks = o.Tasks,
        IsSample = o.Assessment?.IsSample == true,
        Kind = o.CurrentPlan?.Kind,
        IssuedUnderName = o.IssuedCommuneName is { } name && !string.Equals(name, o.Commune.Name, StringComparison.Ordinal) ? name : null,
        Group = CommuneGroups.Of(o.Commune),
        OfficeId = o.Commune.OversightOfficeId,
        IssueDates = [.. o.Plans.Select(p => p.IssueDate)],
    };
}

/// <summary>
/// The communes the office oversees (every commune for an administrator), as <see cref="OfficeOverview"/>: a constant
/// number of queries whatever the number of communes (<see cref="CommuneOverview"/> for the year, the years with data,
/// the signed copies' states, the due dates and the open revision requests).
/// </summary>
public sealed class OfficeQuery(CcHcDbContext db, CommuneOverviewQuery overviews, PlanExports exports, TimeProvider clock)
{
    public async Task<OfficeOverview> LoadAsync(string sortKey, bool descending, CancellationToken cancellationToken) =>
        await LoadAsync(sortKey, descending, OfficeFilter.All, cancellationToken);

    /// <summary>The table, only the communes whose plan is of <paramref name="kind"/> when given.</summary>
    public async Task<OfficeOverview> LoadAsync(string sortKey, bool descending, PlanKind? kind, CancellationToken cancellationToken) =>
        await LoadAsync(sortKey, descending, OfficeFilter.All with { Kind = kind }, cancellationToken);

    /// <summary>The table of the filter's year (default: the latest with data), group, kind and state; counts and the late list ignore the state filter.</summary>
    public async Task<OfficeOverview> LoadAsync(string sortKey, bool descending, OfficeFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = VietnamTime.Today(clock);
        var years = await overviews.YearsAsync(cancellationToken);
        var year = filter.Year ?? (years.Count > 0 ? years[0] : null);
        var loaded = year is null ? [] : await overviews.LoadAsync(today, year, cancellationToken);
        var rows = OfficeOverview.OfKind(loaded.Select(OfficeOverview.RowOf), filter.Kind)
            .Where(r => filter.Group is not { } g || r.Group == g)
            .ToList();

        var issued = rows.Where(r => r.IssuedPlanId is not null).Select(r => r.IssuedPlanId!.Value).ToList();
        var official = await exports.OfficialFilesAsync(issued, cancellationToken);
        var signed = official.Where(o => o.Value.IsSignedCopy).Select(o => o.Key).ToHashSet();
        var dueDates = year is { } y
            ? (await db.SubmissionDueDates.AsNoTracking().Where(d => d.Year == y).ToListAsync(cancellationToken)).ToDictionary(d => d.OfficeId, d => d.DueDate)
            : [];
        var requests = issued.Count == 0
            ? []
            : (await db.RevisionRequests.AsNoTracking().Where(r => r.AnsweredByPlanId == null && EF.Parameter(issued).Contains(r.PlanId)).ToListAsync(cancellationToken))
                .GroupBy(r => r.PlanId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.RequestedAt).First());

        rows = rows.Select(r =>
        {
            DateOnly? due = r.OfficeId is { } o && dueDates.TryGetValue(o, out var d) ? d : null;
            return r with
            {
                State = OverviewPlanStates.Of(r.Status, r.Status == PlanStatus.Issued && r.PlanId is { } id && signed.Contains(id)),
                DueDate = due,
                Late = due is { } dd && SubmissionDueDate.IsLate(dd, today, r.IssueDates),
                OpenRevision = r.IssuedPlanId is { } issuedId && requests.TryGetValue(issuedId, out var request) ? request : null,
            };
        }).ToList();

        var counts = OverviewCounts.Of(rows.Select(r => (r.State, r.Tasks?.Overdue ?? 0, r.Late)));
        var late = OfficeOverview.Sorted(rows.Where(r => r.Late), "commune", false);
        var shown = filter.State is { } state ? rows.Where(r => r.State == state) : rows;
        var sorted = OfficeOverview.Sorted(shown, sortKey, descending);
        var ownOffice = db.Scope.OfficeId;
        return new OfficeOverview(
            sorted,
            signed,
            official.Where(o => o.Value.NewerCopyUndetermined).Select(o => o.Key).ToHashSet())
        {
            Year = year,
            Years = years,
            Counts = counts,
            Late = late,
            DueDate = ownOffice is { } own && dueDates.TryGetValue(own, out var ownDue) ? ownDue : null,
        };
    }
}
