using CcHc.Infrastructure;
using CcHc.Web;
using Serilog;

// A plain console logger for start-up failures; the host replaces it with the configured one.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCcHcLogging();
    builder.Services.AddCcHcInfrastructure(builder.Configuration, builder.Environment);
    builder.Services.AddCcHcWeb(builder.Configuration, builder.Environment);

    var app = builder.Build();
    await app.InitializeDatabaseAsync();
    app.UseCcHcPipeline();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "CcHc stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
