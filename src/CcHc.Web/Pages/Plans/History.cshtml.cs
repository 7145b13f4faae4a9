using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Plans;

/// <summary>The plan's history in Vietnamese: workflow steps, and every change of the plan, its items and tasks.</summary>
public sealed class HistoryModel(CcHcDbContext db) : PageModel
{
    public RemediationPlan Plan { get; private set; } = default!;

    public string CommuneName { get; private set; } = string.Empty;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Transitions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        CommuneName = await db.Communes.Where(c => c.Id == plan.CommuneId).Select(c => c.Name).SingleAsync(cancellationToken);
        var root = id.ToString();
        Entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.RootId == root)
            .OrderByDescending(a => a.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
