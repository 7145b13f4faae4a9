using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CcHc.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the DbContext on the configured provider: "Database:Provider" = Sqlite (default) or SqlServer with
    /// "ConnectionStrings:CcHc"; the SQLite file goes to "Storage:DataDirectory" (relative to the content root).
    /// </summary>
    public static IServiceCollection AddCcHcPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = ReadOptions(configuration, environment);
        services.AddSingleton(options);
        // The host replaces the caller accessor with its own (the web host: the request's user).
        services.TryAddSingleton<ICallerAccessor>(SystemCallerAccessor.Instance);
        services.AddScoped<IDataScope, CallerDataScope>();
        services.AddScoped<AuditActor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddSingleton<ConcurrencyStampInterceptor>();
        services.AddDbContext<CcHcDbContext>((provider, builder) =>
        {
            Configure(builder, options);

            // Order matters: stamps first, then the audit sees the final values.
            builder.AddInterceptors(
                provider.GetRequiredService<ConcurrencyStampInterceptor>(),
                provider.GetRequiredService<AuditInterceptor>());
        });
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static DatabaseOptions ReadOptions(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new DatabaseOptions();
        configuration.GetSection("Database").Bind(options);
        options.ConnectionString ??= configuration.GetConnectionString("CcHc");
        var dataDirectory = configuration["Storage:DataDirectory"];
        options.DataDirectory = Path.GetFullPath(
            string.IsNullOrWhiteSpace(dataDirectory) ? options.DataDirectory : dataDirectory,
            environment.ContentRootPath);
        if (options.Provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:CcHc is empty.");
        }

        return options;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(options.ConnectionString, sql =>
                {
                    sql.MigrationsAssembly(DatabaseOptions.SqlServerMigrationsAssembly);
                    sql.EnableRetryOnFailure();
                });
                break;
            default:
                var connection = new SqliteConnectionStringBuilder
                {
                    DataSource = options.SqliteFile,
                    Pooling = true,
                    DefaultTimeout = 30,
                }.ToString();
                builder.UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly));
                break;
        }
    }
}
