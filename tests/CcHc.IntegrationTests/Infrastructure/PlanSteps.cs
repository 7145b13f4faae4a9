namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>A workflow step as the plan page posts it: the form's concurrency token and antiforgery token, plus fields.</summary>
public static class PlanSteps
{
    public const string TokenField = "ConcurrencyToken";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string detailsUrl, string handler, params (string Key, string Value)[] fields)
    {
        var form = HtmlForm.ParseContaining(await client.GetStringAsync(new Uri(detailsUrl, UriKind.Relative)), TokenField);
        var body = new List<KeyValuePair<string, string>> { new(TokenField, form[TokenField]) };
        body.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        return await client.PostFormWithTokenAsync($"{detailsUrl}?handler={handler}", form["__RequestVerificationToken"], body);
    }
}
