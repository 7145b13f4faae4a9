using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>A real SQLite file migrated with the real SQLite migration set. Each test gets its own file.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly TestDataDirectory _directory = new();

    public SqliteDatabase()
    {
        Options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = _directory.Path };
        using var db = CreateContext();
        new DatabaseInitializer(db, Options, NullLogger<DatabaseInitializer>.Instance).InitializeAsync().GetAwaiter().GetResult();
    }

    public DatabaseOptions Options { get; }

    public CcHcDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, Options);
        return new CcHcDbContext(builder.Options);
    }

    public void Dispose() => _directory.Dispose();
}
