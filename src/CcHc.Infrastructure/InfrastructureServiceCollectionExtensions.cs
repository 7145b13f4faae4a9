using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CcHc.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddCcHcInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddCcHcPersistence(configuration, environment);
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<IndexCatalogueSeeder>();
        services.AddScoped<IssuedFiguresBackfill>();
        services.AddSingleton(Printing.PdfOptions.From(configuration));
        services.AddSingleton<Printing.ChromiumPdfPrinter>();
        var signing = Signatures.SigningOptions.From(configuration);
        signing.UseDemoCertificate &= !environment.IsProduction(); // a demo certificate never signs in production
        services.AddSingleton(signing);
        services.AddHttpClient(Signatures.TimestampClient.HttpClientName);
        services.AddSingleton<Signatures.TimestampClient>();
        services.AddSingleton<Signatures.PlanPdfSigner>();
        services.AddSingleton<Signatures.TrustedCertificates>();
        services.AddSingleton(Signatures.PdfParseBudget.From(configuration));
        services.AddScoped<Identity.IdentitySeeder>();
        services.AddCcHcSpreadsheets();
        services.AddScoped<Storage.IFileStore, Storage.DatabaseFileStore>();
        services.AddScoped<Tracking.EvidenceStore>();
        services.AddScoped<Signatures.CommuneSeals>();
        services.AddScoped<EvidenceFilesBackfill>();
        services.AddSingleton(Notifications.EmailOptions.Read(configuration));
        services.AddSingleton<Notifications.IEmailTransport, Notifications.SmtpEmailTransport>();
        services.AddScoped<Notifications.OutboxSender>();
        services.AddHostedService<Notifications.OutboxSenderService>();
        return services;
    }
}
