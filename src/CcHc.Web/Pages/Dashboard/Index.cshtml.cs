using CcHc.Web.Features;
using CcHc.Web.Features.Dashboard;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Dashboard;

/// <summary>Tổng quan of one commune (<see cref="CommuneDashboardQuery"/>); a reviewer or the administrator picks one (?communeId=).</summary>
[Authorize(Policy = Policies.CommuneOrOffice)]
public sealed class IndexModel(CommuneDashboardQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? CommuneId { get; set; }

    public CommuneDashboard Dashboard { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await query.LoadAsync(CommuneId, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Dashboard = result.Value!;
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }
}
