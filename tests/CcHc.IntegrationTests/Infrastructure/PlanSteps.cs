namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>
/// A workflow step as the plan or report page posts it: the form's concurrency token and antiforgery token, plus
/// fields. The token's field is ConcurrencyToken (Stamp on a page not renamed yet).
/// </summary>
public static class PlanSteps
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string detailsUrl, string handler, params (string Key, string Value)[] fields)
    {
        var page = await client.GetStringAsync(new Uri(detailsUrl, UriKind.Relative));
        var tokenField = page.Contains("name=\"ConcurrencyToken\"", StringComparison.Ordinal) ? "ConcurrencyToken" : "Stamp";
        var form = HtmlForm.ParseContaining(page, tokenField);
        var body = new List<KeyValuePair<string, string>> { new(tokenField, form[tokenField]) };
        body.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        return await client.PostFormWithTokenAsync($"{detailsUrl}?handler={handler}", form["__RequestVerificationToken"], body);
    }
}
