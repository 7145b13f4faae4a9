using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>
/// The integration tests' host served by Kestrel on a free loopback port (real sockets, real remote address
/// 127.0.0.1, Kestrel's own headers), optionally in another environment than "Testing" and with extra settings.
/// </summary>
public class KestrelAppFactory : CcHcWebApplicationFactory
{
    private readonly string? _environment;
    private readonly (string Key, string Value)[] _settings;
    private Uri? _address;

    public KestrelAppFactory(string? environment = null, params (string Key, string Value)[] settings)
    {
        _environment = environment;
        _settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The address Kestrel bound, e.g. http://127.0.0.1:41234 (starts the host on first use).</summary>
    public Uri Address => _address ??= Start();

    protected override IEnumerable<(string Key, string Value)> Settings => _settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_environment is not null)
        {
            builder.UseEnvironment(_environment);
        }
    }

    /// <summary>A client of the Kestrel address with its own cookies, not following redirects (CreateClient would aim at localhost:80).</summary>
    public HttpClient AnonymousClient() =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>A client signed in through the real login form, as <see cref="TestAccounts.SignedInAsync"/> does on the test server.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password = TestAccounts.Password)
    {
        await TestAccounts.EnsureCreatedAsync(this);
        var client = AnonymousClient();
        using var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>The rolling log file of the host's data folder, read while the host still writes it.</summary>
    public string ReadLog()
    {
        var folder = Path.Combine(DataDirectory, "logs");
        if (!Directory.Exists(folder))
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*.log"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    private Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        return new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
    }
}
