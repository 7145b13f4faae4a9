namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>A workflow step as a page posts it: the form's concurrency token and antiforgery token, plus fields.</summary>
public static class PlanSteps
{
    /// <summary>The name of every form's concurrency token.</summary>
    public const string TokenField = "ConcurrencyToken";

    /// <summary>The former name, still used by pages not yet renamed (the results report's).</summary>
    private const string FormerTokenField = "Stamp";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string detailsUrl, string handler, params (string Key, string Value)[] fields)
    {
        var html = await client.GetStringAsync(new Uri(detailsUrl, UriKind.Relative));
        var field = html.Contains($"name=\"{TokenField}\"", StringComparison.Ordinal) ? TokenField : FormerTokenField;
        var form = HtmlForm.ParseContaining(html, field);
        var body = new List<KeyValuePair<string, string>> { new(field, form[field]) };
        body.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

        // Where the source's own figures disagree, the chairman ticks that they saw the list, as on the page
        // (refusing an approval without the tick is SourceDiscrepancyWorkflowTests' subject).
        if (handler == "Approve" && html.Contains("id=\"acknowledge-discrepancies\"", StringComparison.Ordinal) && fields.All(f => f.Key != "AcknowledgeDiscrepancies"))
        {
            body.Add(new("AcknowledgeDiscrepancies", "true"));
        }
        return await client.PostFormWithTokenAsync($"{detailsUrl}?handler={handler}", form["__RequestVerificationToken"], body);
    }
}
