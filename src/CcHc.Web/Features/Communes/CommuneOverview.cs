using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Communes;

/// <summary>
/// Each commune the caller may see with its latest assessment, that assessment's <see cref="Figures"/> and the versions
/// of its plan (newest first). A constant number of queries whatever the number of communes: the communes, the offices,
/// the assessments (without their scores), the plans' versions, the issued versions' stored figures
/// (<see cref="IssuedFigures"/>), the snapshots of versions issued before figures were stored (usually none), the
/// scores and criteria of the assessments whose figures are not stored (drafts; usually few): eight, whatever the data.
/// For the admin home's page (<c>withEvaluations</c>) every row carries its full <see cref="Evaluation"/>, an issued
/// version's from its snapshot. Given a day, it also counts the tasks of each tracked plan (the latest issued version)
/// by progress and deadline: one more query (each task's progress and deadlines, not the items).
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

    /// <summary>
    /// The <see cref="Assessment"/>'s figures: as frozen by the issued version resting on it (<see cref="IssuedFigures"/>),
    /// else evaluated now; null without an assessment.
    /// </summary>
    public OverviewFigures? Figures { get; init; }

    /// <summary>The tasks of the tracked plan (<see cref="IssuedPlan"/>) on the given day; null without one or when not asked for.</summary>
    public TaskTally? Tasks { get; init; }

    /// <summary>The total as published, else the sum of the fields' appraised scores.</summary>
    public decimal? Total => Figures?.Total;

    /// <summary>
    /// The class as published; else the criteria set's band of the total (<see cref="ClassificationComputed"/>,
    /// <see cref="CcHc.Domain.Criteria.Classification"/>: the index's scale where the set lists only deducted criteria).
    /// </summary>
    public string? Classification => Figures?.Classification;

    /// <summary>True when <see cref="Classification"/> is the set's band, not a published class.</summary>
    public bool ClassificationComputed => Figures?.ClassificationComputed == true;

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
    /// The communes the caller reaches (only those of <paramref name="communeIds"/> when given). With
    /// <paramref name="year"/>, each commune shows its assessment of that results year (not its latest) and the plan
    /// resting on it, or else its plan resting on no assessment whose first year is the year after. With
    /// <paramref name="today"/>, every overview carries the <see cref="Tasks"/> of its tracked plan. With
    /// <paramref name="withEvaluations"/>, every row with an assessment carries its <see cref="Evaluation"/>.
    /// </summary>
    public static async Task<IReadOnlyList<CommuneOverview>> LoadAsync(
        CcHcDbContext db, DateOnly? today, int? year, IReadOnlyCollection<Guid>? communeIds, bool withEvaluations, CancellationToken cancellationToken)
    {
        // The communes the caller reaches; predecessors readable as history are not rows of their own here.
        var communeQuery = db.ReachedCommunes.AsNoTracking();
        if (communeIds is not null)
        {
            communeQuery = communeQuery.Where(c => communeIds.Contains(c.Id));
        }

        var communes = await communeQuery.OrderBy(c => c.Province).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var offices = await db.OversightOffices.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var assessmentQuery = db.Assessments.AsNoTracking();
        if (year is { } y)
        {
            assessmentQuery = assessmentQuery.Where(a => a.Year == y);
        }

        if (communeIds is not null)
        {
            assessmentQuery = assessmentQuery.Where(a => communeIds.Contains(a.CommuneId));
        }

        // Without their scores: most rows take their figures from their issued version (below).
        var latest = (await assessmentQuery.ToListAsync(cancellationToken))
            .GroupBy(a => a.CommuneId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Year).First());
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
                null,
                assessment is not null && plans[assessment.Id].Any() ? plans[assessment.Id].OrderByDescending(p => p.Version).ToList()
                : unassessed.TryGetValue(c.Id, out var other) ? other : []);
        }).ToList();

        // An issued version's figures and names are its snapshot's: where the shown assessment is the one the issued
        // version rests on, the row shows the figures frozen when it was issued — stored beside the snapshot
        // (IssuedFigures, a few columns); the snapshot itself is restored only for the admin home's full evaluations and
        // for versions issued before the figures were stored.
        var issuedIds = overviews.Where(o => o.IssuedPlan is not null).Select(o => o.IssuedPlan!.Id).ToList();
        // The same queries run whatever the rows need (an empty list costs one cheap round trip), so the number of SQL
        // commands of a page never depends on its data.
        var figures = await db.IssuedFigures.AsNoTracking().Where(f => EF.Parameter(issuedIds).Contains(f.PlanId)).ToDictionaryAsync(f => f.PlanId, cancellationToken);
        var restore = withEvaluations ? issuedIds : [.. issuedIds.Where(id => !figures.ContainsKey(id))];
        var snapshots = await db.IssuedSnapshots.AsNoTracking().Where(s => EF.Parameter(restore).Contains(s.PlanId)).ToDictionaryAsync(s => s.PlanId, cancellationToken);
        overviews = overviews.Select(o =>
        {
            if (o.IssuedPlan is not { } issued)
            {
                return o;
            }

            if (snapshots.TryGetValue(issued.Id, out var snapshot))
            {
                var frozen = snapshot.Restore();
                if (frozen.Assessment is { } assessment && frozen.CriteriaSet is { } set && o.Assessment?.Id == assessment.Id)
                {
                    var evaluation = assessment.Evaluate(set);
                    return o with { Assessment = assessment, Evaluation = evaluation, Figures = OverviewFigures.Of(assessment, evaluation), IssuedCommuneName = frozen.Commune.Name };
                }

                return o with { IssuedCommuneName = frozen.Commune.Name };
            }

            if (figures.TryGetValue(issued.Id, out var stored))
            {
                return stored.AssessmentId is { } id && o.Assessment?.Id == id
                    ? o with { Figures = stored.Figures, IssuedCommuneName = stored.CommuneName }
                    : o with { IssuedCommuneName = stored.CommuneName };
            }

            return o;
        }).ToList();

        // The rows whose assessment has no frozen figures are evaluated now: their scores and criteria, two queries.
        var live = overviews.Where(o => o.Assessment is not null && (o.Figures is null || (withEvaluations && o.Evaluation is null)))
            .Select(o => o.Assessment!.Id).Distinct().ToList();
        var scored = await db.Assessments.AsNoTracking().Include(a => a.Scores).Where(a => EF.Parameter(live).Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var setIds = scored.Values.Select(a => a.CriteriaSetId).Distinct().ToList();
        var sets = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).Where(s => EF.Parameter(setIds).Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        overviews = overviews.Select(o =>
        {
            if (o.Assessment is not { } shown || !scored.TryGetValue(shown.Id, out var assessment) || (o.Figures is not null && o.Evaluation is not null))
            {
                return o;
            }

            var evaluation = assessment.Evaluate(sets[assessment.CriteriaSetId]);
            return o with { Assessment = assessment, Evaluation = evaluation, Figures = o.Figures ?? OverviewFigures.Of(assessment, evaluation) };
        }).ToList();

        if (today is not { } day)
        {
            return overviews;
        }

        // The tasks counted in SQL by plan, progress and due date (of the task's own deadline, else its item's): a few
        // rows per plan instead of every task; the overdue rule is applied to the groups (TaskTally.Of).
        var tracked = overviews.Where(o => o.IssuedPlan is not null).Select(o => o.IssuedPlan!.Id).ToList();
        // The tenant filter of the tasks ("their item is visible") is the join with the visible items itself: applied
        // once, not a second time per task.
        var tasks = (await db.PlanTasks.IgnoreQueryFilters().AsNoTracking()
                .Join(db.PlanItems.Where(i => EF.Parameter(tracked).Contains(i.PlanId)), t => t.ItemId, i => i.Id, (t, i) => new
                {
                    i.PlanId,
                    t.Progress,
                    DueDate = (DateOnly?)t.Deadline!.DueDate ?? (DateOnly?)i.Deadline!.DueDate,
                })
                .GroupBy(t => new { t.PlanId, t.Progress, t.DueDate })
                .Select(g => new { g.Key.PlanId, g.Key.Progress, g.Key.DueDate, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.PlanId, t => (t.Progress, t.DueDate, t.Count));
        return overviews.Select(o => o.IssuedPlan is { } issued ? o with { Tasks = TaskTally.Of(tasks[issued.Id], day) } : o).ToList();
    }
}

/// <summary>The communes the caller may see, for the home page and the office page (<see cref="CommuneOverview"/>).</summary>
public sealed class CommuneOverviewQuery(CcHcDbContext db)
{
    /// <summary>With <paramref name="today"/>, every overview carries the tasks of its tracked plan on that day.</summary>
    public Task<IReadOnlyList<CommuneOverview>> LoadAsync(DateOnly? today, CancellationToken cancellationToken) =>
        CommuneOverview.LoadAsync(db, today, null, null, withEvaluations: false, cancellationToken);

    /// <summary>Each commune with its assessment and plan of the results <paramref name="year"/> (null: its latest).</summary>
    public Task<IReadOnlyList<CommuneOverview>> LoadAsync(DateOnly? today, int? year, CancellationToken cancellationToken) =>
        CommuneOverview.LoadAsync(db, today, year, null, withEvaluations: false, cancellationToken);

    /// <summary>Only the given communes (a page of the home's table), each with its full evaluation.</summary>
    public Task<IReadOnlyList<CommuneOverview>> LoadAsync(IReadOnlyCollection<Guid> communeIds, CancellationToken cancellationToken) =>
        CommuneOverview.LoadAsync(db, null, null, communeIds, withEvaluations: true, cancellationToken);

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
