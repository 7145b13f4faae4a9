using System.Globalization;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Serilog;

namespace CcHc.Web;

/// <summary>The host's wiring, kept out of Program.cs so each concern reads on its own.</summary>
public static class WebApplicationExtensions
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Serilog from configuration ("Serilog" section): console and a rolling file in the data folder.</summary>
    public static WebApplicationBuilder AddCcHcLogging(this WebApplicationBuilder builder)
    {
        var options = PersistenceServiceCollectionExtensions.ReadOptions(builder.Configuration, builder.Environment);
        var logFile = Path.Combine(options.DataDirectory, "logs", "cchc-.log");
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(logFile, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 30, formatProvider: CultureInfo.InvariantCulture));
        return builder;
    }

    public static IServiceCollection AddCcHcWeb(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddHealthChecks().AddDbContextCheck<CcHcDbContext>("database");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [Vietnamese];
            options.SupportedUICultures = [Vietnamese];
        });
        return services;
    }

    /// <summary>
    /// Applies the migrations, then loads the seed documents' communes in Development or when "DemoData:Enabled"
    /// is true. Production never gets demo data unless an operator asks for it explicitly.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var demoSwitch = app.Configuration.GetValue<bool?>("DemoData:Enabled");
        if (demoSwitch ?? app.Environment.IsDevelopment())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }

    public static WebApplication UseCcHcPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { AllowCachingResponses = false });
        app.MapRazorPages();
        return app;
    }
}
