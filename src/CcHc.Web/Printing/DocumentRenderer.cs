using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CcHc.Web.Printing;

/// <summary>Which part of the plan document to render.</summary>
public enum PlanDocumentPart
{
    Whole,
    Body,
    Appendix,
}

/// <summary>Renders a print template (a Razor component) to a complete HTML document with the framework's HtmlRenderer.</summary>
public sealed class DocumentRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public Task<string> PlanAsync(PlanDocumentModel model, PlanDocumentPart part = PlanDocumentPart.Whole) =>
        RenderAsync<PlanDocument>(new Dictionary<string, object?> { [nameof(PlanDocument.Model)] = model, [nameof(PlanDocument.Part)] = part });

    public Task<string> ReportAsync(ReportDocumentModel model) =>
        RenderAsync<ReportDocument>(new Dictionary<string, object?> { [nameof(ReportDocument.Model)] = model });

    private async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
