using System.Globalization;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using CcHc.Web.Features;
using CcHc.Web.Hosting;
using CcHc.Web.Security;
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
            .WriteTo.File(logFile, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 30, formatProvider: CultureInfo.InvariantCulture),
            preserveStaticLogger: true);   // each host writes to its own data folder (several hosts run in one test process)
        return builder;
    }

    /// <summary>The criteria-set pages, which a province's reviewer may use for its province's sets.</summary>
    public const string CriteriaSetsFolder = "/Admin/CriteriaSets";

    public static IServiceCollection AddCcHcWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddCcHcSecurity(configuration, environment);
        services.AddCcHcFeatures();
        services.AddHttpContextAccessor();
        services.AddSingleton<ICallerAccessor, HttpCallerAccessor>();
        services.AddCcHcTransport(configuration);
        services.AddCcHcCompression();

        // Vietnamese text is written as UTF-8, not as &#x...; entities: smaller pages, readable sources.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            // /Admin is for administrators, except the criteria sets: a province's Sở Nội vụ manages its province's sets
            // too (CriteriaSetManager, then per set CriteriaSetScopeFilter).
            options.Conventions.AddFolderApplicationModelConvention("/Admin", model =>
            {
                if (!model.ViewEnginePath.StartsWith(CriteriaSetsFolder + "/", StringComparison.Ordinal))
                {
                    model.EndpointMetadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(Policies.Administrator));
                }
            });
            options.Conventions.AuthorizeFolder(CriteriaSetsFolder, Policies.CriteriaSetManager);
            options.Conventions.AddFolderApplicationModelConvention(CriteriaSetsFolder, model =>
                model.Filters.Add(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(Features.Authorization.CriteriaSetScopeFilter))));
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Verify");
            options.Conventions.AllowAnonymousToPage("/Status");
        }).AddMvcOptions(options =>
        {
            options.Filters.Add<FormTooLargeGuard>(FormTooLargeGuard.FilterOrder);
            options.Filters.Add(new UnsupportedHandlerFilter());
            options.MaxModelBindingCollectionSize = FormLimits.MaxBoundCollection;
        });
        services.AddScoped<Printing.DocumentRenderer>();
        services.AddScoped<Printing.FrozenFiles>();
        services.AddScoped<Printing.ExportSigner>(); // reads the commune's seal through the request's DbContext
        services.AddScoped<Printing.PlanExports>();
        services.AddScoped<Printing.ReportExports>();
        services.AddScoped<Printing.ProgressExports>();
        services.AddSingleton(PdfCheckGate.From(configuration));
        services.AddHealthChecks()
            .AddDbContextCheck<CcHcDbContext>("database")
            .AddCheck<TransportHealthCheck>("transport");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [Vietnamese];
            options.SupportedUICultures = [Vietnamese];
        });
        return services;
    }

    /// <summary>
    /// Applies the migrations, adds the index catalogues (SIPAS, PAPI, PCI, DDCI) in every environment, then loads the
    /// seed documents' communes in Development or when "DemoData:Enabled" is true, with their successors on the 2025
    /// map and Hà Tĩnh's units (unless "DemoData:Successors" is false). Production never gets demo data unless an
    /// operator asks for it explicitly.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var identity = services.GetRequiredService<IdentitySeeder>();
        await identity.EnsureRolesAsync();
        await identity.EnsureAdministratorAsync(app.Configuration["Bootstrap:AdminUserName"], app.Configuration["Bootstrap:AdminPassword"]);

        // Reference data, not demo data: one query when the catalogues are already there.
        await services.GetRequiredService<IndexCatalogueSeeder>().SeedAsync();

        // Row figures of versions issued before they were stored beside the snapshot: one query once all have them.
        await services.GetRequiredService<IssuedFiguresBackfill>().RunAsync();

        // Evidence files older versions kept in the data folder move into the database: no query once the folder is gone.
        await services.GetRequiredService<EvidenceFilesBackfill>().RunAsync();

        var demoSwitch = app.Configuration.GetValue<bool?>("DemoData:Enabled");
        if (demoSwitch ?? app.Environment.IsDevelopment())
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync();

            // The seed communes' successors on the 2025 map and all of Hà Tĩnh, through the administrator's import.
            if (app.Configuration.GetValue("DemoData:Successors", true))
            {
                // A unit of work of its own: the seed communes' tracked objects stay out of it.
                await using var successors = app.Services.CreateAsyncScope();
                await successors.ServiceProvider.GetRequiredService<Features.Admin.DemoSuccessorSeeder>().SeedAsync();
            }
        }

        // Demo accounts with a published password exist in Development only, whatever the switch says.
        if (app.Environment.IsDevelopment())
        {
            await identity.SeedAccountsAsync(IdentitySeeder.DemoAccounts, IdentitySeeder.DemoPassword);
        }
    }

    /// <summary>
    /// The request pipeline, outermost first: proxy headers (scheme and client address), the security headers on
    /// every response, the error page and HSTS outside Development, request logging, the method and plain-HTTP
    /// guards, the Vietnamese status pages (404…), client aborts logged as information, compression and cached static
    /// files (<see cref="StaticAndCompression"/>), then the app.
    /// </summary>
    public static WebApplication UseCcHcPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseMiddleware<UnsupportedMethodMiddleware>();
        app.UseMiddleware<PlainHttpGuardMiddleware>();
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseMiddleware<ClientAbortMiddleware>();
        app.UseRequestLocalization();
        app.UseResponseCompression();
        app.UseStaticFiles(StaticAndCompression.StaticFiles());
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<PasswordChangeRequirement>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { AllowCachingResponses = false, ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
