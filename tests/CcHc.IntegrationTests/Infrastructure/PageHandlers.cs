using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>One handler of one Razor Page: its verb, page path, handler name ("" for the default) and route template.</summary>
public sealed record PageHandler(string Verb, string Path, string Handler, string Template)
{
    public string Key => Handler.Length == 0 ? $"{Verb} {Path}" : $"{Verb} {Path} {Handler}";
}

/// <summary>The ids a page route may need, for the commune a test acts in (<see cref="CommuneId"/>: that commune).</summary>
public sealed record PageRouteIds(
    Guid PlanId, Guid? ItemId, Guid TaskId, Guid EvidenceId, Guid AssessmentId, Guid CriteriaSetId, Guid CommuneId, Guid OfficeId, string UserId);

/// <summary>
/// Every page handler of the web assembly, found by reflection (so a new page cannot escape the tests that walk them
/// all), and the URL of each, with its route filled in from <see cref="PageRouteIds"/>. Used by the authorization
/// matrix and the security-headers walk.
/// </summary>
public static partial class PageHandlers
{
    /// <summary>Every On{Get|Post}{Handler}[Async] method of every page model, inherited ones included.</summary>
    public static IReadOnlyList<PageHandler> Discover(IServiceProvider services) =>
        Pages(services).SelectMany(page => page.Type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Select(method => HandlerPattern().Match(method.Name))
                .Where(match => match.Success)
                .Select(match => new PageHandler(match.Groups[1].Value.ToUpperInvariant(), page.Path, match.Groups[2].Value, page.Template)))
            .Distinct()
            .ToList();

    /// <summary>Every page model with its path (/Plans/Details) and its longest route template.</summary>
    public static IReadOnlyList<(Type Type, string Path, string Template)> Pages(IServiceProvider services)
    {
        var templates = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .GroupBy(d => d.ViewEnginePath)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.AttributeRouteInfo!.Template!.Length).First().AttributeRouteInfo!.Template!);
        var pages = new List<(Type, string, string)>();
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var path = ("/" + type.Namespace!["CcHc.Web.Pages".Length..].TrimStart('.').Replace('.', '/') + "/" + type.Name[..^"Model".Length])
                .Replace("//", "/", StringComparison.Ordinal);
            if (!templates.TryGetValue(path, out var template))
            {
                throw new InvalidOperationException($"No page route for {type.Name} ({path})");
            }

            pages.Add((type, path, template));
        }

        return pages;
    }

    /// <summary>The handler's URL: its route filled in, and "?handler=" when it is not the default one.</summary>
    public static string Url(PageHandler handler, PageRouteIds ids)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(ids);
        var url = "/" + RouteParameter().Replace(handler.Template, m => m.Groups[1].Value switch
        {
            "planId" => ids.PlanId.ToString(),
            "itemId" => ids.ItemId?.ToString() ?? string.Empty,
            "taskId" => ids.TaskId.ToString(),
            "communeId" => ids.CommuneId.ToString(),
            "code" => "404",
            "period" => "2023-Q2",
            "format" => "pdf",
            "id" when handler.Path.StartsWith("/Admin/Users", StringComparison.Ordinal) => ids.UserId,
            "id" when handler.Path.Contains("Office", StringComparison.Ordinal) => ids.OfficeId.ToString(),
            "id" when handler.Path.StartsWith("/Admin/CriteriaSets/", StringComparison.Ordinal) => ids.CriteriaSetId.ToString(),
            "id" when handler.Path.StartsWith("/Admin/", StringComparison.Ordinal) => ids.CommuneId.ToString(),
            "id" when handler.Path.StartsWith("/Assessments/", StringComparison.Ordinal) => ids.AssessmentId.ToString(),
            "id" when handler.Path.StartsWith("/Tasks/Evidence", StringComparison.Ordinal) => ids.EvidenceId.ToString(),
            "id" => ids.PlanId.ToString(),
            _ => string.Empty,
        }).TrimEnd('/');
        return handler.Handler.Length == 0 ? url : $"{url}?handler={handler.Handler}";
    }

    [GeneratedRegex("^On(Get|Post)(\\w*?)(Async)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HandlerPattern();

    [GeneratedRegex("\\{(\\w+)(:[^}?]*)?\\??\\}", RegexOptions.CultureInvariant)]
    private static partial Regex RouteParameter();
}
