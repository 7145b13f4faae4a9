using CcHc.DemoData;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Admin;

/// <summary>
/// The demo's units of the map since 1/7/2025 (<see cref="DemoSuccessors"/>): every unit of Hà Tĩnh and the other seed
/// communes' successors, loaded from the shipped list through the administrator's own import (<see cref="ImportUnits"/>:
/// preview, then apply with its fingerprint), so each comes with its predecessors as the list gives them and under its
/// province's Sở Nội vụ. Then each successor's entry that names its seed commune is linked to it, where the import's
/// own matching could not tell (the seed spells its place "Triệu Trách"; Quảng Công was in tỉnh Thừa Thiên Huế, now
/// thành phố Huế), so the seed commune's history is reachable from its successor. Last, xã Cẩm Lạc gets a 2025
/// assessment with made-up figures, marked as sample data (<see cref="CamLac2025Sample"/>), to show the flow.
/// Runs after <see cref="Infrastructure.Seeding.DemoDataSeeder"/>, only when the seed communes are there (a database
/// that never had the demo is left alone), and only when "DemoData:Successors" is not false. Idempotent: a second run
/// finds the import's plan changing nothing and every link made, and saves nothing.
/// </summary>
public sealed class DemoSuccessorSeeder(CcHcDbContext db, ImportUnits import, ILogger<DemoSuccessorSeeder> logger)
{
    /// <summary>
    /// What a run did: units the import created, predecessor entries it linked to seed communes here, and whether it
    /// added xã Cẩm Lạc's 2025 sample assessment.
    /// </summary>
    public sealed record Outcome(int UnitsCreated, int Linked, bool SampleAdded);

    public async Task<Outcome> SeedAsync(CancellationToken cancellationToken = default)
    {
        var seedNames = DemoSuccessors.All.Select(s => s.SeedCommuneName).Distinct().ToList();
        var seeds = await db.Communes.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OfficialCode == null && c.District != null && seedNames.Contains(c.Name))
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(cancellationToken);
        if (seeds.Count == 0)
        {
            return new Outcome(0, 0, false);
        }

        var created = 0;
        var read = await import.ReadAsync(UnitListSource.Shipped, cancellationToken);
        var file = read.Value ?? throw new InvalidOperationException("The shipped list of units cannot be read: " + string.Join("; ", read.Errors));
        var demoFile = file with { Units = file.Units.Where(u => DemoSuccessors.Includes(u.ProvinceCode, u.Code)).ToList() };
        var choice = new UnitImportChoice(null, DemoSuccessors.MapEffectiveDate);
        var preview = await import.PreviewAsync(demoFile, choice, cancellationToken);
        if (!preview.Plan.ChangesNothing)
        {
            var applied = await import.ApplyAsync(demoFile, choice, preview.Fingerprint, cancellationToken);
            if (!applied.Succeeded || applied.Value is not { } outcome)
            {
                throw new InvalidOperationException("The demo's units could not be imported: " + string.Join("; ", applied.Errors.Select(e => e.Message)));
            }

            created = outcome.Created;
        }

        var linked = 0;
        var codes = DemoSuccessors.Codes.ToList();
        var successors = await db.Communes.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OfficialCode != null && codes.Contains(c.OfficialCode))
            .Select(c => new { c.Id, c.OfficialCode })
            .ToListAsync(cancellationToken);
        foreach (var successor in successors)
        {
            var seedName = DemoSuccessors.All.Single(s => s.OfficialCode == successor.OfficialCode).SeedCommuneName;
            if (seeds.SingleOrDefault(s => s.Name == seedName) is not { } seed)
            {
                continue;
            }

            var entries = await db.CommunePredecessors.IgnoreQueryFilters()
                .Where(p => p.SuccessorId == successor.Id && p.PredecessorCommuneId == null)
                .ToListAsync(cancellationToken);
            foreach (var entry in entries.Where(e => string.Equals(e.Name, seedName, StringComparison.OrdinalIgnoreCase)))
            {
                entry.LinkTo(seed.Id);
                linked++;
            }
        }

        // xã Cẩm Lạc's 2025 result, made up and marked as sample data, while it has no assessment.
        var camLac = successors.SingleOrDefault(s => s.OfficialCode == DemoSuccessors.All[0].OfficialCode);
        var sampleAdded = false;
        if (camLac is not null && !await db.Assessments.IgnoreQueryFilters().AnyAsync(a => a.CommuneId == camLac.Id, cancellationToken))
        {
            var sample = CamLac2025Sample.Build(camLac.Id);
            db.CriteriaSets.Add(sample.CriteriaSet);
            db.Assessments.Add(sample.Assessment);
            sampleAdded = true;
        }

        if (linked > 0 || sampleAdded)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        if (created + linked > 0 || sampleAdded)
        {
            logger.LogInformation(
                "Demo units since 1/7/2025 loaded: {Created} units from the shipped list, {Linked} predecessors linked to seed communes, sample 2025 assessment of xã Cẩm Lạc {Sample}",
                created, linked, sampleAdded ? "added" : "already there");
        }

        return new Outcome(created, linked, sampleAdded);
    }
}
