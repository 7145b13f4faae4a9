namespace CcHc.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Settings "Database:*" and "Storage:*". SQLite (a file in the data folder) is the default.</summary>
public sealed class DatabaseOptions
{
    public const string SqliteMigrationsAssembly = "CcHc.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "CcHc.Migrations.SqlServer";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQL Server connection string (ConnectionStrings:CcHc); unused for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file, logs and uploaded files live (Storage:DataDirectory).</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Apply pending migrations on start (Database:MigrateOnStartup, default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public string SqliteFile => Path.Combine(DataDirectory, "cchc.db");
}
