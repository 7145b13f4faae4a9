using CcHc.Domain.Communes;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Admin;

/// <summary>The communes with the office that oversees them and their number of accounts, and the offices.</summary>
public sealed record CommuneDirectory(IReadOnlyList<Commune> Communes, IReadOnlyList<OversightOffice> Offices, IReadOnlyDictionary<Guid, int> AccountsByCommune)
{
    public string OfficeName(Guid? id) => Offices.FirstOrDefault(o => o.Id == id)?.Name ?? Formatting.Unknown;

    public int CommuneCount(Guid officeId) => Communes.Count(c => c.OversightOfficeId == officeId);
}

/// <summary>The administrator's list of communes and offices: three queries. Administrators only (the /Admin folder's policy).</summary>
public sealed class CommuneList(CcHcDbContext db)
{
    public async Task<CommuneDirectory> LoadAsync(CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Province).ThenBy(c => c.District).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var offices = await db.OversightOffices.AsNoTracking().OrderBy(o => o.Province).ThenBy(o => o.Name).ToListAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.CommuneId != null)
            .GroupBy(u => u.CommuneId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return new CommuneDirectory(communes, offices, accounts);
    }
}
