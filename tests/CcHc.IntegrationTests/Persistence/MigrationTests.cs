using CcHc.Infrastructure.Persistence;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CcHc.IntegrationTests.Persistence;

/// <summary>Both migration sets are up to date with the model, and the SQL Server one produces a script without a server.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_sqlite_migrations_are_up_to_date_with_the_model()
    {
        using var db = Context(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = Path.GetTempPath() });

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project src/CcHc.Migrations.Sqlite --startup-project src/CcHc.Migrations.Sqlite");
    }

    [Fact]
    public void The_sql_server_migrations_are_up_to_date_with_the_model()
    {
        using var db = Context(SqlServer());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project src/CcHc.Migrations.SqlServer --startup-project src/CcHc.Migrations.SqlServer");
    }

    [Fact]
    public void The_sql_server_creation_script_generates_without_a_server()
    {
        using var db = Context(SqlServer());

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Plans]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Communes]", script, StringComparison.Ordinal);
        Assert.Contains("decimal(6,2)", script, StringComparison.Ordinal);
        Assert.Contains("[__EFMigrationsHistory]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TRIGGER trg_Plans_IssuedImmutable ON [Plans]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TRIGGER trg_AuditEntries_InsertOnly", script, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_sqlite_file_is_migrated_and_in_wal_mode()
    {
        using var database = new SqliteDatabase();
        using var db = database.CreateContext();

        Assert.Empty(db.Database.GetPendingMigrations());
        var mode = db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsEnumerable().Single();
        Assert.Equal("wal", mode);
        Assert.True(File.Exists(database.Options.SqliteFile));
    }

    private static DatabaseOptions SqlServer() => new()
    {
        Provider = DatabaseProvider.SqlServer,
        ConnectionString = "Server=localhost;Database=CcHc;Trusted_Connection=True;TrustServerCertificate=True",
    };

    private static CcHcDbContext Context(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, options);
        return new CcHcDbContext(builder.Options, CcHc.Infrastructure.Identity.DataScope.Unrestricted);
    }
}
