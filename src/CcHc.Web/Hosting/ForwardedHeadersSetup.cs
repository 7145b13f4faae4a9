using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace CcHc.Web.Hosting;

/// <summary>
/// Trusts X-Forwarded-For and X-Forwarded-Proto from the reverse proxies named in configuration only:
/// "ForwardedHeaders:KnownProxies" (addresses) and "ForwardedHeaders:KnownNetworks" (CIDR ranges), each either a list
/// (<c>ForwardedHeaders__KnownProxies__0=10.0.0.2</c>) or one value separated by commas or semicolons. When either is
/// given, it replaces the framework's default (loopback only): a proxy on the same machine must then be listed too.
/// X-Forwarded-Host is never trusted: the Host header is checked against AllowedHosts instead.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddCcHcForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = Read(configuration);
        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.ForwardLimit;
            if (!settings.IsConfigured)
            {
                return;   // the framework's default: only a proxy on loopback is believed
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>Reads and checks the settings; a malformed address stops the start with a message naming the setting.</summary>
    public static ForwardedHeadersSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Values(section.GetSection("KnownProxies")).Select(value => IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies: '{value}' is not an IP address.")).ToList();
        var networks = Values(section.GetSection("KnownNetworks")).Select(value => IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks: '{value}' is not a network in CIDR notation (e.g. 172.29.10.0/24).")).ToList();
        return new ForwardedHeadersSettings(proxies, networks, section.GetValue("ForwardLimit", 1));
    }

    private static IEnumerable<string> Values(IConfigurationSection section)
    {
        var values = new List<string>();
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            values.Add(section.Value);
        }

        values.AddRange(section.GetChildren().Select(c => c.Value).OfType<string>());
        return values
            .SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>The trusted proxies as configured (empty lists: the framework's loopback default).</summary>
public sealed record ForwardedHeadersSettings(IReadOnlyList<IPAddress> KnownProxies, IReadOnlyList<IPNetwork> KnownNetworks, int ForwardLimit)
{
    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public string Describe() => IsConfigured
        ? string.Join(", ", KnownProxies.Select(p => p.ToString()).Concat(KnownNetworks.Select(n => n.ToString())))
        : "loopback only (default)";
}
