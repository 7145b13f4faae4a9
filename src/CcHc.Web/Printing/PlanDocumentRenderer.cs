using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CcHc.Web.Printing;

/// <summary>Renders the print template to a complete HTML document with the framework's HtmlRenderer.</summary>
public sealed class PlanDocumentRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync(PlanDocumentModel model)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PlanDocument.Model)] = model });
            var output = await renderer.RenderComponentAsync<PlanDocument>(parameters);
            return output.ToHtmlString();
        });
    }
}
