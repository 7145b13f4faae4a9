using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Persistence;

/// <summary>Creates the data folder, applies the migrations and, on SQLite, switches the file to WAL mode.</summary>
public sealed class DatabaseInitializer(CcHcDbContext db, DatabaseOptions options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(options.DataDirectory);
        }

        if (options.MigrateOnStartup)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migrations on {Provider}: {Migrations}", pending.Count, options.Provider, pending);
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one request writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
