using CcHc.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Communes;

/// <summary>The communes with the office that oversees them, and the offices (<see cref="CommuneList"/>). Administrators only.</summary>
public sealed class IndexModel(CommuneList communeList) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    public CommuneDirectory Directory { get; private set; } = new([], [], new Dictionary<Guid, int>());

    public async Task OnGetAsync(CancellationToken cancellationToken) => Directory = await communeList.LoadAsync(cancellationToken);
}
