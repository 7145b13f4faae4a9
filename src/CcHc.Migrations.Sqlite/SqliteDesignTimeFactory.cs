using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CcHc.Migrations.Sqlite;

/// <summary>Used by `dotnet ef` only: builds the context on SQLite so migrations land in this assembly.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<CcHcDbContext>
{
    public CcHcDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            DataDirectory = Path.GetTempPath(),
        });
        return new CcHcDbContext(builder.Options, DataScope.Unrestricted);
    }
}
