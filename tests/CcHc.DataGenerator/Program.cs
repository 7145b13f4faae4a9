using CcHc.DemoData;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

// Adds generated communes (SyntheticOffice) under an existing office of a migrated SQLite database, in bulk.
// Usage: dotnet CcHc.DataGenerator.dll <data-directory> <count> [office name]
if (args.Length < 2 || !int.TryParse(args[1], out var count))
{
    Console.Error.WriteLine("Usage: CcHc.DataGenerator <data-directory> <count> [office name]");
    return 2;
}

var officeName = args.Length > 2 ? args[2] : "Phòng Nội vụ huyện Cẩm Xuyên";
var builder = new DbContextOptionsBuilder<CcHcDbContext>();
PersistenceServiceCollectionExtensions.Configure(builder, new DatabaseOptions { DataDirectory = Path.GetFullPath(args[0]) });
await using var db = new CcHcDbContext(builder.Options, DataScope.Unrestricted);
var office = await db.OversightOffices.SingleAsync(o => o.Name == officeName);
var positions = await db.Positions.Where(p => p.CommuneId == null).ToListAsync();
var started = DateTime.UtcNow;
var communes = SyntheticOffice.Build(positions, office, count).ToList();
foreach (var commune in communes)
{
    db.AddDemoCommune(commune);
}

await db.SaveChangesAsync();

// As the workflow issues a version: its snapshot and row figures, after the version's rows (as the demo seeder does).
// Nothing tracked changes any more, only new rows are added: without change detection on every DbSet.Local read
// (AddDemoSnapshot reads the shared positions), which scanned every tracked entity once per commune (hours at 3,321).
db.ChangeTracker.AutoDetectChangesEnabled = false;
foreach (var commune in communes)
{
    db.AddDemoSnapshot(commune);
}

db.ChangeTracker.DetectChanges();
await db.SaveChangesAsync();
Console.WriteLine($"{count} communes added under {officeName} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
return 0;
