using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Seeding;

/// <summary>
/// Puts the index catalogues (SIPAS, PAPI, PCI, DDCI: index-catalogue.json, shipped in this assembly) into the database
/// as criteria sets, in every environment, at start-up. Idempotent by name, index and year: one query finds which are
/// there, and only the missing ones are added, so an administrator's additions to a catalogue are never overwritten.
/// </summary>
public sealed class IndexCatalogueSeeder(CcHcDbContext db, ILogger<IndexCatalogueSeeder> logger)
{
    public const string ResourceName = "CcHc.Infrastructure.Seeding.index-catalogue.json";

    private static readonly Lazy<IReadOnlyList<IndexCatalogue>> Shipped = new(Load);

    /// <summary>The catalogues this build ships.</summary>
    public static IReadOnlyList<IndexCatalogue> Catalogues => Shipped.Value;

    /// <summary>Adds the catalogues not yet stored; returns how many were added (0 on every start after the first).</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var kinds = Catalogues.Select(c => c.Kind).Distinct().ToList();
        var stored = await db.CriteriaSets.AsNoTracking()
            .Where(s => kinds.Contains(s.IndexKind))
            .Select(s => new { s.Name, s.IndexKind, s.Year })
            .ToListAsync(cancellationToken);
        var missing = Catalogues.Where(c => !stored.Any(s => c.Matches(s.Name, s.IndexKind, s.Year))).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        db.CriteriaSets.AddRange(missing.Select(c => c.ToCriteriaSet()));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Index catalogues added: {Catalogues}", missing.Select(c => c.Code));
        return missing.Count;
    }

    private static IReadOnlyList<IndexCatalogue> Load()
    {
        using var stream = typeof(IndexCatalogueSeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        return IndexCatalogue.Parse(stream);
    }
}
