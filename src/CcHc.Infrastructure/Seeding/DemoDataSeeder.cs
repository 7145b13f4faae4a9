using CcHc.DemoData;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Seeding;

/// <summary>
/// Loads the seed documents' communes (Cẩm Sơn 2023, Triệu Trạch 2022, Quảng Công 2020, Sơn Kỳ 2023, Hà Bắc 2023)
/// into an empty database.
/// Runs in Development or when "DemoData:Enabled" is true; never silently in Production (see Program.cs).
/// Idempotent: a database that already has communes is left alone.
/// </summary>
public sealed class DemoDataSeeder(CcHcDbContext db, ILogger<DemoDataSeeder> logger)
{
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Communes.AnyAsync(cancellationToken))
        {
            return false;
        }

        var positions = new StandardPositions();
        db.Positions.AddRange(positions.All);
        var demos = DemoCatalog.BuildAll(positions);
        foreach (var demo in demos)
        {
            db.AddDemoCommune(demo);
        }

        foreach (var prior in DemoCatalog.PriorYears(demos))
        {
            db.CriteriaSets.Add(prior.CriteriaSet);
            db.Assessments.Add(prior.Assessment);
        }

        await db.SaveChangesAsync(cancellationToken);

        // The issued demo plans are sealed by their snapshots in a second save, after their items and tasks.
        foreach (var demo in demos)
        {
            db.AddDemoSnapshot(demo);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data loaded: {Communes} communes from the seed documents", await db.Communes.CountAsync(cancellationToken));
        return true;
    }
}

public static class DemoCommuneDbContextExtensions
{
    /// <summary>Tracks everything of one demo commune for insertion (its office only once).</summary>
    public static void AddDemoCommune(this CcHcDbContext db, DemoCommune demo)
    {
        if (!db.OversightOffices.Local.Contains(demo.Office))
        {
            db.OversightOffices.Add(demo.Office);
        }

        db.Communes.Add(demo.Commune);
        db.Positions.AddRange(demo.CommunePositions);
        if (demo.ScoredSet is not null)
        {
            db.CriteriaSets.Add(demo.ScoredSet);
        }

        if (demo.ScoredAssessment is not null)
        {
            db.Assessments.Add(demo.ScoredAssessment);
        }

        db.Plans.Add(demo.Plan);
        db.TaskNotes.AddRange(demo.TaskNotes);
    }

    /// <summary>
    /// The snapshot of a demo commune's issued plan (nothing for a draft), as the issuing step takes it. Saved after the
    /// plan's items and tasks: a snapshot seals its version, and the database refuses items or scores added after it.
    /// </summary>
    public static void AddDemoSnapshot(this CcHcDbContext db, DemoCommune demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        if (demo.Plan.Status != PlanStatus.Issued)
        {
            return;
        }

        var positions = db.Positions.Local.Where(p => p.CommuneId is null).Concat(demo.CommunePositions).DistinctBy(p => p.Id);
        var issuedAt = demo.Plan.Transitions.LastOrDefault(t => t.To == PlanStatus.Issued)?.At ?? DateTimeOffset.UnixEpoch;
        var snapshot = IssuedSnapshot.Take(demo.Plan, demo.Commune, demo.Office.Name, demo.ScoredAssessment, demo.ScoredSet, positions, issuedAt);
        db.IssuedSnapshots.Add(snapshot);
        db.IssuedFigures.Add(IssuedFigures.Of(snapshot));
    }
}
