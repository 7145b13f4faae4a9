using System.Net;
using System.Text.RegularExpressions;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>
/// The fields of a form as a browser would submit them (inputs, checked boxes, textareas, selected options), read
/// from the page's HTML, so a test changes only what a user would change.
/// </summary>
public sealed partial class HtmlForm
{
    private HtmlForm(List<KeyValuePair<string, string>> fields) => Fields = fields;

    public List<KeyValuePair<string, string>> Fields { get; }

    public string this[string name]
    {
        get => Fields.First(f => f.Key == name).Value;
        set
        {
            Fields.RemoveAll(f => f.Key == name);
            Fields.Add(new(name, value));
        }
    }

    /// <summary>The form with the given id (or the first form) of <paramref name="html"/>.</summary>
    public static HtmlForm Parse(string html, string? formId = null)
    {
        var form = formId is null
            ? FormPattern().Match(html)
            : new Regex($"<form[^>]*id=\"{Regex.Escape(formId)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline | RegexOptions.CultureInvariant).Match(html);
        if (!form.Success)
        {
            throw new InvalidOperationException($"No form {formId} in the page.");
        }

        var body = form.Value;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputPattern().Matches(body))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || type is "submit" or "button" || (type is "checkbox" or "radio" && !tag.Contains("checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields.Add(new(name, WebUtility.HtmlDecode(Attribute(tag, "value") ?? (type == "checkbox" ? "on" : string.Empty))));
        }

        foreach (Match area in TextAreaPattern().Matches(body))
        {
            if (Attribute(area.Groups[1].Value, "name") is { } name)
            {
                fields.Add(new(name, WebUtility.HtmlDecode(area.Groups[2].Value.TrimStart('\n', '\r'))));
            }
        }

        foreach (Match select in SelectPattern().Matches(body))
        {
            if (Attribute(select.Groups[1].Value, "name") is { } name)
            {
                var selected = OptionPattern().Matches(select.Groups[2].Value).FirstOrDefault(o => o.Value.Contains("selected", StringComparison.Ordinal));
                fields.Add(new(name, selected is null ? string.Empty : WebUtility.HtmlDecode(Attribute(selected.Value, "value") ?? string.Empty)));
            }
        }

        return new HtmlForm(fields);
    }

    /// <summary>The first form of the page that has a field called <paramref name="fieldName"/>.</summary>
    public static HtmlForm ParseContaining(string html, string fieldName)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var parsed = Parse(form.Value);
            if (parsed.Fields.Exists(f => f.Key == fieldName))
            {
                return parsed;
            }
        }

        throw new InvalidOperationException($"No form with a field {fieldName} in the page.");
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<form[^>]*>(.*?)</form>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex OptionPattern();
}
