using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CcHc.Web.Printing;

/// <summary>Which part of the document to render.</summary>
public enum PlanDocumentPart
{
    Whole,
    Body,
    Appendix,
}

/// <summary>Renders the print template to a complete HTML document with the framework's HtmlRenderer.</summary>
public sealed class PlanDocumentRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync(PlanDocumentModel model, PlanDocumentPart part = PlanDocumentPart.Whole)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(PlanDocument.Model)] = model,
                [nameof(PlanDocument.Part)] = part,
            });
            var output = await renderer.RenderComponentAsync<PlanDocument>(parameters);
            return output.ToHtmlString();
        });
    }
}
