using System.Text.RegularExpressions;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>Real form posts: fetch the page that holds the form, take its antiforgery token, post the fields.</summary>
public static partial class HttpClientFormExtensions
{
    [GeneratedRegex("<input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        using var response = await client.GetAsync(new Uri(pageUrl, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        if (!match.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {pageUrl} ({(int)response.StatusCode}).");
        }

        return match.Groups[1].Value;
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="actionUrl"/> with the token taken from <paramref name="formPageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string formPageUrl, string actionUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(formPageUrl);
        return await client.PostFormWithTokenAsync(actionUrl, token, fields);
    }

    public static async Task<HttpResponseMessage> PostFormWithTokenAsync(
        this HttpClient client, string actionUrl, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var withoutToken = fields.Where(f => f.Key != "__RequestVerificationToken");
        using var content = new FormUrlEncodedContent(withoutToken.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(actionUrl, UriKind.Relative), content);
    }

    /// <summary>Submits a form read from a page, with the token it carries.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string actionUrl, HtmlForm form) =>
        client.PostFormWithTokenAsync(actionUrl, form["__RequestVerificationToken"], form.Fields);
}
