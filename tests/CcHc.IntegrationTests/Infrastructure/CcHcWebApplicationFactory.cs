using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>
/// The real host on a real SQLite file in a temp folder, with the real migrations and the demo data switched on,
/// in the "Testing" environment (so nothing is Development-only by accident).
/// </summary>
public class CcHcWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly TestDataDirectory _directory = new();

    public string DataDirectory => _directory.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _directory.Path);
        builder.UseSetting("DemoData:Enabled", "true");
        // The 2025 map's demo units (Hà Tĩnh's 69 and the seed communes' successors) only where a test class asks for
        // them (MapWebApplicationFactory): the other classes count and list the seed communes as they were.
        builder.UseSetting("DemoData:Successors", "false");
        // Every test client of a host signs in from the same (in-memory) address, often as the same account, many
        // times a minute; the sign-in limits are tested with their real values in LoginAttemptLimitTests.
        builder.UseSetting("Security:LoginAttemptsPerUserPerWindow", "100000");
        builder.UseSetting("Security:LoginAttemptsPerAddressPerWindow", "100000");
        // The daily notification run works in the background at start-up; only the classes that test it switch it on
        // (NotificationFactory), so the others count SQL commands and audit rows without it.
        builder.UseSetting("Notifications:Schedule", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// The container checked as Development checks it (the README's run command): every service built at start, and
    /// no scoped service taken by a singleton — a "Testing" host would otherwise start where the Development one fails.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        return base.CreateHost(builder);
    }

    /// <summary>Extra configuration for a test class that needs different limits.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _directory.Dispose();
        }
    }
}

/// <summary>The test host with the 2025 map's demo units: Hà Tĩnh's units and the seed communes' successors, linked.</summary>
public sealed class MapWebApplicationFactory : CcHcWebApplicationFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("DemoData:Successors", "true")];
}
