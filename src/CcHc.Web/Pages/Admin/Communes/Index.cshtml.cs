using CcHc.Domain.Communes;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.Communes;

/// <summary>The communes with the office that oversees them, and the offices. Administrators only.</summary>
public sealed class IndexModel(CcHcDbContext db) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public IReadOnlyList<OversightOffice> Offices { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> AccountsByCommune { get; private set; } = new Dictionary<Guid, int>();

    public string OfficeName(Guid? id) => Offices.FirstOrDefault(o => o.Id == id)?.Name ?? Formatting.Unknown;

    public int CommuneCount(Guid officeId) => Communes.Count(c => c.OversightOfficeId == officeId);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Communes = await db.Communes.AsNoTracking().OrderBy(c => c.Province).ThenBy(c => c.District).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        Offices = await db.OversightOffices.AsNoTracking().OrderBy(o => o.Province).ThenBy(o => o.Name).ToListAsync(cancellationToken);
        AccountsByCommune = await db.Users.AsNoTracking()
            .Where(u => u.CommuneId != null)
            .GroupBy(u => u.CommuneId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }
}
