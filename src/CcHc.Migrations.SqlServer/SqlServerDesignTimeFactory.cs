using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CcHc.Migrations.SqlServer;

/// <summary>Used by `dotnet ef` only: builds the context on SQL Server (no server is contacted to add a migration).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<CcHcDbContext>
{
    public CcHcDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=localhost;Database=CcHc;Trusted_Connection=True;TrustServerCertificate=True",
        });
        return new CcHcDbContext(builder.Options, DataScope.Unrestricted);
    }
}
