using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Communes;

/// <summary>
/// Each commune the caller may see with its latest assessment, that assessment's evaluation and the versions of its
/// plan (newest first). Six queries whatever the number of communes (the sixth: the issued versions' snapshots); the home page and the office page read it.
/// Given a day, it also counts the tasks of each tracked plan (the latest issued version) by progress and deadline:
/// one more query (the items with their tasks of all tracked plans at once), still independent of the number of communes.
/// </summary>
public sealed record CommuneOverview(
    Commune Commune,
    OversightOffice? Office,
    Assessment? Assessment,
    AssessmentEvaluation? Evaluation,
    IReadOnlyList<CommuneOverview.PlanVersion> Plans)
{
    public sealed record PlanVersion(Guid Id, int Version, PlanStatus Status, string? Number, string Symbol, DateOnly? IssueDate, PlanKind Kind = PlanKind.Remediation);

    public PlanVersion? CurrentPlan => Plans.Count > 0 ? Plans[0] : null;

    public PlanVersion? IssuedPlan => Plans.FirstOrDefault(p => p.Status == PlanStatus.Issued);

    /// <summary>
    /// The commune's name as its issued version recorded it when issued (<see cref="IssuedSnapshot"/>); null without an
    /// issued version with a snapshot. The office's row shows it beside today's name when they differ.
    /// </summary>
    public string? IssuedCommuneName { get; init; }

    /// <summary>The tasks of the tracked plan (<see cref="IssuedPlan"/>) on the given day; null without one or when not asked for.</summary>
    public TaskTally? Tasks { get; init; }

    /// <summary>The total as published, else the sum of the fields' appraised scores.</summary>
    public decimal? Total => Assessment?.StatedTotal ?? Evaluation?.TotalAppraised;

    /// <summary>
    /// The class as published; else the criteria set's band of the total (<see cref="ClassificationComputed"/>,
    /// <see cref="CcHc.Domain.Criteria.Classification"/>: the index's scale where the set lists only deducted criteria).
    /// </summary>
    public string? Classification =>
        Assessment?.Classification
        ?? (Evaluation is { } evaluation ? CcHc.Domain.Criteria.Classification.Of(evaluation.CriteriaSet, Total, evaluation.TotalMax) : null);

    /// <summary>True when <see cref="Classification"/> is the set's band, not a published class.</summary>
    public bool ClassificationComputed => Assessment?.Classification is null && Classification is not null;

    public static Task<IReadOnlyList<CommuneOverview>> LoadAsync(CcHcDbContext db, CancellationToken cancellationToken) =>
        LoadAsync(db, null, cancellationToken);

    /// <summary>With <paramref name="today"/>, every overview carries the <see cref="Tasks"/> of its tracked plan.</summary>
    public static Task<IReadOnlyList<CommuneOverview>> LoadAsync(CcHcDbContext db, DateOnly? today, CancellationToken cancellationToken) =>
        LoadAsync(db, today, null, cancellationToken);

    /// <summary>
    /// The results years the caller's communes have data for, newest first: assessment years, and for plans resting on
    /// no assessment the year before their first year (the results year they follow). One query each.
    /// </summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(CcHcDbContext db, CancellationToken cancellationToken)
    {
        // Predecessors readable as history (lineage claims) are not the caller's units: their years are not offered.
        var reached = db.ReachedCommunes;
        var assessed = await db.Assessments.Where(a => reached.Any(c => c.Id == a.CommuneId)).Select(a => a.Year).Distinct().ToListAsync(cancellationToken);
        var planned = await db.Plans.Where(p => p.AssessmentId == null && reached.Any(c => c.Id == p.CommuneId)).Select(p => p.Year - 1).Distinct().ToListAsync(cancellationToken);
        return [.. assessed.Union(planned).OrderDescending()];
    }

    /// <summary>
    /// With <paramref name="year"/>, each commune shows its assessment of that results year (not its latest) and the plan
    /// resting on it, or else its plan resting on no assessment whose first year is the year after.
    /// </summary>
    public static Task<IReadOnlyList<CommuneOverview>> LoadAsync(CcHcDbContext db, DateOnly? today, int? year, CancellationToken cancellationToken) =>
        LoadAsync(db, today, year, null, cancellationToken);

    /// <summary>Only the communes of <paramref name="communeIds"/> when given (a page of the admin home): the same queries, fewer rows.</summary>
    public static async Task<IReadOnlyList<CommuneOverview>> LoadAsync(
        CcHcDbContext db, DateOnly? today, int? year, IReadOnlyCollection<Guid>? communeIds, CancellationToken cancellationToken)
    {
        // The communes the caller reaches; predecessors readable as history are not rows of their own here.
        var communeQuery = db.ReachedCommunes.AsNoTracking();
        if (communeIds is not null)
        {
            communeQuery = communeQuery.Where(c => communeIds.Contains(c.Id));
        }

        var communes = await communeQuery.OrderBy(c => c.Province).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var offices = await db.OversightOffices.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var assessmentQuery = db.Assessments.AsNoTracking().Include(a => a.Scores).AsQueryable();
        if (year is { } y)
        {
            assessmentQuery = assessmentQuery.Where(a => a.Year == y);
        }

        if (communeIds is not null)
        {
            assessmentQuery = assessmentQuery.Where(a => communeIds.Contains(a.CommuneId));
        }

        var assessments = await assessmentQuery.ToListAsync(cancellationToken);
        var latest = assessments.GroupBy(a => a.CommuneId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Year).First());
        var setIds = latest.Values.Select(a => a.CriteriaSetId).Distinct().ToList();
        var sets = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).Where(s => setIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var rows = await db.Plans.AsNoTracking()
            .Where(p => communeIds == null || communeIds.Contains(p.CommuneId))
            .Select(p => new { p.AssessmentId, p.CommuneId, p.LineageId, p.Year, Version = new PlanVersion(p.Id, p.VersionNumber, p.Status, p.DocumentNumber, p.DocumentSymbol, p.IssueDate, p.Kind) })
            .ToListAsync(cancellationToken);
        var plans = rows.Where(p => p.AssessmentId is not null).ToLookup(p => p.AssessmentId!.Value, p => p.Version);

        // A commune whose latest assessment has no plan shows its latest plan that rests on no assessment (an
        // improvement or multi-index plan: the lineage of the latest period).
        var unassessed = rows.Where(p => p.AssessmentId is null && (year is null || p.Year == year + 1)).GroupBy(p => p.CommuneId).ToDictionary(
            g => g.Key,
            g => g.GroupBy(p => p.LineageId).OrderByDescending(l => l.Max(p => p.Year)).ThenByDescending(l => l.Key)
                .First().Select(p => p.Version).OrderByDescending(p => p.Version).ToList());

        var overviews = communes.Select(c =>
        {
            latest.TryGetValue(c.Id, out var assessment);
            return new CommuneOverview(
                c,
                c.OversightOfficeId is { } o && offices.TryGetValue(o, out var office) ? office : null,
                assessment,
                assessment?.Evaluate(sets[assessment.CriteriaSetId]),
                assessment is not null && plans[assessment.Id].Any() ? plans[assessment.Id].OrderByDescending(p => p.Version).ToList()
                : unassessed.TryGetValue(c.Id, out var other) ? other : []);
        }).ToList();

        // An issued version's figures and names are its snapshot's: where the shown assessment is the one the issued
        // version rests on, the row shows the assessment and criteria as they were when it was issued (one query).
        var issuedIds = overviews.Where(o => o.IssuedPlan is not null).Select(o => o.IssuedPlan!.Id).ToList();
        var snapshots = issuedIds.Count == 0
            ? []
            : await db.IssuedSnapshots.AsNoTracking().Where(s => issuedIds.Contains(s.PlanId)).ToDictionaryAsync(s => s.PlanId, cancellationToken);
        overviews = overviews.Select(o =>
        {
            if (o.IssuedPlan is not { } issued || !snapshots.TryGetValue(issued.Id, out var snapshot))
            {
                return o;
            }

            var frozen = snapshot.Restore();
            return frozen.Assessment is { } assessment && frozen.CriteriaSet is { } set && o.Assessment?.Id == assessment.Id
                ? o with { Assessment = assessment, Evaluation = assessment.Evaluate(set), IssuedCommuneName = frozen.Commune.Name }
                : o with { IssuedCommuneName = frozen.Commune.Name };
        }).ToList();
        if (today is not { } day)
        {
            return overviews;
        }

        var tracked = overviews.Where(o => o.IssuedPlan is not null).Select(o => o.IssuedPlan!.Id).ToList();
        var items = (tracked.Count == 0
                ? []
                : await db.PlanItems.AsNoTracking().Include(i => i.Tasks).Where(i => tracked.Contains(i.PlanId)).ToListAsync(cancellationToken))
            .ToLookup(i => i.PlanId);
        return overviews.Select(o => o.IssuedPlan is { } issued ? o with { Tasks = TaskTally.Of(items[issued.Id], day) } : o).ToList();
    }
}

/// <summary>The communes the caller may see, for the home page and the office page (<see cref="CommuneOverview"/>).</summary>
public sealed class CommuneOverviewQuery(CcHcDbContext db)
{
    /// <summary>With <paramref name="today"/>, every overview carries the tasks of its tracked plan on that day.</summary>
    public Task<IReadOnlyList<CommuneOverview>> LoadAsync(DateOnly? today, CancellationToken cancellationToken) =>
        CommuneOverview.LoadAsync(db, today, cancellationToken);

    /// <summary>Each commune with its assessment and plan of the results <paramref name="year"/> (null: its latest).</summary>
    public Task<IReadOnlyList<CommuneOverview>> LoadAsync(DateOnly? today, int? year, CancellationToken cancellationToken) =>
        CommuneOverview.LoadAsync(db, today, year, cancellationToken);

    /// <summary>Only the given communes (a page of the home's table).</summary>
    public Task<IReadOnlyList<CommuneOverview>> LoadAsync(IReadOnlyCollection<Guid> communeIds, CancellationToken cancellationToken) =>
        CommuneOverview.LoadAsync(db, null, null, communeIds, cancellationToken);

    /// <summary>
    /// One page of the communes the caller sees whose name or province contains <paramref name="search"/> (case and
    /// diacritics ignored: "cam son" finds "xã Cẩm Sơn"), in the home's order (province, name); with the number found.
    /// One query for the names; the overviews of the page are loaded with <see cref="LoadAsync(IReadOnlyCollection{Guid}, CancellationToken)"/>.
    /// </summary>
    public async Task<(IReadOnlyList<Guid> Ids, int Found)> SearchAsync(string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var names = await db.Communes.AsNoTracking().OrderBy(c => c.Province).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Province }).ToListAsync(cancellationToken);
        // The root collation: in Vietnamese collation â, ă, ơ, ư are letters of their own, so "cam son" would miss "Cẩm Sơn".
        var compare = System.Globalization.CultureInfo.InvariantCulture.CompareInfo;
        const System.Globalization.CompareOptions Loose = System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace;
        var term = search?.Trim();
        var found = string.IsNullOrEmpty(term)
            ? names
            : names.Where(c => compare.IndexOf(c.Name, term, Loose) >= 0 || compare.IndexOf(c.Province, term, Loose) >= 0).ToList();
        return ([.. found.Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).Select(c => c.Id)], found.Count);
    }

    /// <summary>The results years with data, newest first.</summary>
    public Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) => CommuneOverview.YearsAsync(db, cancellationToken);
}
