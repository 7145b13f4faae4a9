using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Accounts;

/// <summary>One account in the administrator's list.</summary>
public sealed record AccountRow(string Id, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, string? Scope, bool IsDisabled, bool IsLockedOut);

/// <summary>
/// The accounts with their role, commune or office and status, searchable by text (user name or display name) and
/// filterable by role; the search also matches the e-mail address. Three queries whatever the number of accounts: accounts joined with their roles, communes,
/// offices. Administrators only (the /Admin folder's policy).
/// </summary>
public sealed class AccountList(CcHcDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountRow>> LoadAsync(string? search, string? role, CancellationToken cancellationToken)
    {
        var accounts = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            var normalized = text.ToUpperInvariant();
            accounts = accounts.Where(u => u.NormalizedUserName!.Contains(normalized) || u.DisplayName.Contains(text) || u.NormalizedEmail!.Contains(normalized));
        }

        if (!string.IsNullOrEmpty(role))
        {
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var rows = await (from u in accounts
                          join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
                          from ur in userRoles.DefaultIfEmpty()
                          join r in db.Roles on ur.RoleId equals r.Id into roles
                          from r in roles.DefaultIfEmpty()
                          orderby u.UserName
                          select new { u.Id, u.UserName, u.DisplayName, u.Email, u.CommuneId, u.OversightOfficeId, u.IsDisabled, u.LockoutEnd, Role = r.Name })
            .ToListAsync(cancellationToken);
        var communes = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var offices = await db.OversightOffices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var now = clock.GetUtcNow();

        return rows
            .GroupBy(r => r.Id)
            .Select(g =>
            {
                var u = g.First();
                var scope = u.CommuneId is { } c ? communes.GetValueOrDefault(c)
                    : u.OversightOfficeId is { } o ? offices.GetValueOrDefault(o)
                    : null;
                var roleNames = g.Select(x => x.Role).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                return new AccountRow(u.Id, u.UserName ?? string.Empty, u.DisplayName, u.Email, roleNames, scope, u.IsDisabled, u.LockoutEnd is { } end && end > now);
            })
            .ToList();
    }
}
