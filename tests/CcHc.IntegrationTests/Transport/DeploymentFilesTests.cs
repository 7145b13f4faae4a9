using System.Net;
using System.Text.RegularExpressions;
using CcHc.Web.Hosting;
using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace CcHc.IntegrationTests.Transport;

/// <summary>
/// No Docker engine runs here, so the shipped stack is checked by reading it: docker-compose.yml puts the official
/// nginx image in front with TLS, the app is reachable only through it, the app trusts exactly the proxy's fixed
/// address (read by the app's own settings reader), and the proxy sends what the app needs.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Compose_runs_the_app_behind_the_official_nginx_image_and_trusts_only_its_address()
    {
        var services = (YamlMappingNode)Load("docker-compose.yml")["services"];
        var proxy = (YamlMappingNode)services["proxy"];
        var web = (YamlMappingNode)services["web"];

        Assert.StartsWith("nginx:", Scalar(proxy["image"]), StringComparison.Ordinal);
        var proxyPorts = ((YamlSequenceNode)proxy["ports"]).Select(Scalar).ToList();
        Assert.Contains(proxyPorts, p => p.EndsWith(":443", StringComparison.Ordinal));
        Assert.False(web.Children.ContainsKey("ports"), "the app must not publish a port: only the proxy is reachable");
        Assert.False(((YamlMappingNode)services["db"]).Children.ContainsKey("ports"));

        var mounts = ((YamlSequenceNode)proxy["volumes"]).Select(Scalar).ToList();
        Assert.Contains("./deploy/nginx/templates:/etc/nginx/templates:ro", mounts);
        Assert.Contains(mounts, m => m.EndsWith(":/etc/nginx/tls:ro", StringComparison.Ordinal));

        var proxyAddress = IPAddress.Parse(Scalar(((YamlMappingNode)((YamlMappingNode)proxy["networks"])["edge"])["ipv4_address"]));
        var subnet = Scalar(((YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Load("docker-compose.yml")["networks"])["edge"])["ipam"]["config"])[0])["subnet"]);
        Assert.True(System.Net.IPNetwork.Parse(subnet).Contains(proxyAddress), $"{proxyAddress} outside {subnet}");
        Assert.Contains(((YamlSequenceNode)web["networks"]).Select(Scalar), n => n == "edge");

        var environment = ((YamlMappingNode)web["environment"]).Children.ToDictionary(e => Scalar(e.Key).Replace("__", ":", StringComparison.Ordinal), e => (string?)Scalar(e.Value));
        Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Contains("${CCHC_HOST", environment["AllowedHosts"], StringComparison.Ordinal);
        var trusted = ForwardedHeadersSetup.Read(new ConfigurationBuilder().AddInMemoryCollection(environment).Build());
        Assert.Equal([proxyAddress], trusted.KnownProxies);
        Assert.Empty(trusted.KnownNetworks);
    }

    [Fact]
    public void The_proxy_terminates_tls_and_forwards_https_to_the_apps_port()
    {
        var template = File.ReadAllText(Path.Combine(Root, "deploy", "nginx", "templates", "default.conf.template"));
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        var appPort = AppPort().Match(dockerfile).Groups[1].Value;

        Assert.Contains("listen 443 ssl;", template, StringComparison.Ordinal);
        Assert.Contains("ssl_certificate     /etc/nginx/tls/fullchain.pem;", template, StringComparison.Ordinal);
        Assert.Contains("ssl_certificate_key /etc/nginx/tls/privkey.pem;", template, StringComparison.Ordinal);
        Assert.Contains($"proxy_pass http://web:{appPort};", template, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header X-Forwarded-Proto https;", template, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header X-Forwarded-For $remote_addr;", template, StringComparison.Ordinal);   // replaced, never appended
        Assert.Contains("proxy_set_header Host $host;", template, StringComparison.Ordinal);
        Assert.Contains("return 301 https://${CCHC_HOST}$request_uri;", template, StringComparison.Ordinal);     // not built from the Host header
        Assert.Contains("server_name ${CCHC_HOST};", template, StringComparison.Ordinal);
        Assert.DoesNotContain("$proxy_add_x_forwarded_for", template, StringComparison.Ordinal);
        Assert.Equal("8080", appPort);
    }

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, file));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CcHc.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No CcHc.sln above the test binaries.");
    }

    [GeneratedRegex("ASPNETCORE_URLS=http://\\+:(\\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex AppPort();
}
