using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>
/// A real SQLite file migrated with the real SQLite migration set, with the production interceptors (concurrency
/// stamps, audit). Each test gets its own file.
/// </summary>
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

    /// <summary>A context seeing what <paramref name="scope"/> allows (default: everything, as start-up code does).</summary>
    public CcHcDbContext CreateContext(IDataScope? scope = null)
    {
        var builder = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, Options);
        builder.AddInterceptors(new ConcurrencyStampInterceptor(), new AuditInterceptor(new AuditActor(SystemCallerAccessor.Instance), TimeProvider.System));
        return new CcHcDbContext(builder.Options, scope ?? DataScope.Unrestricted);
    }

    public void Dispose() => _directory.Dispose();
}
