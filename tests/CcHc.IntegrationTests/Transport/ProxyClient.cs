using System.Net;
using System.Text.RegularExpressions;

namespace CcHc.IntegrationTests.Transport;

/// <summary>
/// What a TLS-terminating proxy does on the app's side: plain HTTP to Kestrel, the browser's cookies passed on even
/// when they are Secure (the browser sent them over HTTPS), optionally X-Forwarded-Proto: https and a Host name.
/// HttpClient's own cookie container would withhold Secure cookies on http://, so the cookies are kept here.
/// </summary>
public sealed partial class ProxyClient(Uri address, bool forwardHttps, string host) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    /// <summary>The Set-Cookie headers of every response so far.</summary>
    public List<string> SetCookies { get; } = [];

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Host = host;
        if (forwardHttps)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                SetCookies.Add(cookie);
                var pair = cookie.Split(';', 2)[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                _cookies[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    /// <summary>Signs in through the real login form (GET for the token, POST with it).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        using var page = await GetAsync("/Account/Login");
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on the login page ({(int)page.StatusCode}).");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        return await SendAsync(HttpMethod.Post, "/Account/Login", form);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("<input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
