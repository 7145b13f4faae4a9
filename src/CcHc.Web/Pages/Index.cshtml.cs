using CcHc.Web.Features.Communes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages;

/// <summary>The communes with their latest assessment as the summary table by field, warnings beside the numbers.</summary>
public sealed class IndexModel(CommuneOverviewQuery query) : PageModel
{
    public IReadOnlyList<CommuneOverview> Communes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Communes = await query.LoadAsync(null, cancellationToken);
}
