using CcHc.DemoData;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Seeding;

/// <summary>
/// Loads the seed documents' communes (Cẩm Sơn 2023, Triệu Trạch 2022, Sơn Kỳ 2023) into an empty database.
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
        db.CriteriaSets.Add(demo.CriteriaSet);
        db.Assessments.Add(demo.Assessment);
        db.Plans.Add(demo.Plan);
        db.TaskNotes.AddRange(demo.TaskNotes);
    }
}
