using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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
        // Every test client of a host signs in from the same (in-memory) address, often as the same account, many
        // times a minute; the sign-in limits are tested with their real values in LoginAttemptLimitTests.
        builder.UseSetting("Security:LoginAttemptsPerUserPerWindow", "100000");
        builder.UseSetting("Security:LoginAttemptsPerAddressPerWindow", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
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
