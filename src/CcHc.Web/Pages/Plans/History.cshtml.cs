using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>The plan's history in Vietnamese (<see cref="PlanHistoryQuery"/>).</summary>
public sealed class HistoryModel(PlanHistoryQuery query) : PageModel
{
    public RemediationPlan Plan { get; private set; } = default!;

    public string CommuneName { get; private set; } = string.Empty;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public CcHc.Web.Auditing.AuditReading Reading { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(id, cancellationToken) is not { } history)
        {
            return NotFound();
        }

        (Plan, CommuneName, Entries, Reading) = (history.Plan, history.CommuneName, history.Entries, history.Reading);
        return Page();
    }
}
