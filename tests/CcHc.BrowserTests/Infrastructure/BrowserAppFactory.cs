using System.Net;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.BrowserTests.Infrastructure;

/// <summary>
/// The integration tests' host (real SQLite file in a temp folder, real migrations, demo data, "Testing"
/// environment) served by Kestrel on a free loopback port instead of the in-memory TestServer, so a real browser
/// can reach it. Never the development port 5080.
/// </summary>
public class BrowserAppFactory : CcHcWebApplicationFactory
{
    public BrowserAppFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts Kestrel and answers the address it bound, e.g. http://127.0.0.1:41234.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel bound no http address: {string.Join(", ", addresses)}.");
        return new Uri(address);
    }
}
