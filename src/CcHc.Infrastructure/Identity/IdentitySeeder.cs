using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Identity;

/// <summary>
/// One account to create: the commune or office is named as the demo data names it. Two units may share a name (xã Sơn
/// Kỳ before 1/7/2025 and the xã Sơn Kỳ formed from it and Sơn Ba): a name then means the unit before, which has no
/// official code, and <paramref name="CommuneCode"/> (the official code) names the other.
/// </summary>
public sealed record AccountSeed(
    string UserName,
    string DisplayName,
    string Role,
    string? CommuneName = null,
    string? OfficeName = null,
    IReadOnlyList<string>? PositionTitles = null,
    string? CommuneCode = null,
    string? Email = null);

/// <summary>Creates the roles, the first administrator from configuration, and (Development only) the demo accounts.</summary>
public sealed class IdentitySeeder(
    CcHcDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    ILogger<IdentitySeeder> logger)
{
    public const string DemoPassword = "Demo@12345";

    /// <summary>The accounts README lists, created in Development with <see cref="DemoPassword"/>.</summary>
    public static IReadOnlyList<AccountSeed> DemoAccounts { get; } =
    [
        new("admin", "Quản trị hệ thống", AppRoles.Administrator),
        new("clerk.camson", "Công chức VP-TK xã Cẩm Sơn", AppRoles.Clerk, "xã Cẩm Sơn"),
        new("chairman.camson", "Hoàng Văn Hiệp", AppRoles.Chairman, "xã Cẩm Sơn"),
        new("staff.camson", "Công chức Tài chính - Kế toán xã Cẩm Sơn", AppRoles.Staff, "xã Cẩm Sơn", PositionTitles: ["Công chức Tài chính - Kế toán"]),
        new("clerk.trieutrach", "Công chức VP-TK xã Triệu Trạch", AppRoles.Clerk, "xã Triệu Trạch"),
        new("chairman.trieutrach", "Lê Văn Mẫn", AppRoles.Chairman, "xã Triệu Trạch"),
        new("clerk.quangcong", "Công chức VP-TK xã Quảng Công", AppRoles.Clerk, "xã Quảng Công"),
        new("chairman.quangcong", "Chủ tịch UBND xã Quảng Công", AppRoles.Chairman, "xã Quảng Công"),
        new("clerk.sonky", "Công chức VP-TK xã Sơn Kỳ", AppRoles.Clerk, "xã Sơn Kỳ"),
        new("chairman.sonky", "Chủ tịch UBND xã Sơn Kỳ", AppRoles.Chairman, "xã Sơn Kỳ"),
        new("staff.sonky", "Công chức Tài chính - Kế toán xã Sơn Kỳ", AppRoles.Staff, "xã Sơn Kỳ", PositionTitles: ["Công chức Tài chính - Kế toán"]),
        new("clerk.habac", "Công chức VP-TK xã Hà Bắc", AppRoles.Clerk, "xã Hà Bắc"),
        new("chairman.habac", "Nguyễn Thành Chân", AppRoles.Chairman, "xã Hà Bắc"),
        new("staff.habac", "Công chức Văn hóa - Xã hội xã Hà Bắc", AppRoles.Staff, "xã Hà Bắc", PositionTitles: ["Công chức Văn hóa - Xã hội"]),
        new("reviewer.camxuyen", "Phòng Nội vụ huyện Cẩm Xuyên", AppRoles.Reviewer, OfficeName: "Phòng Nội vụ huyện Cẩm Xuyên"),
        new("reviewer.sonha", "Phòng Nội vụ huyện Sơn Hà", AppRoles.Reviewer, OfficeName: "Phòng Nội vụ huyện Sơn Hà"),

        // The map since 1/7/2025: the province's Sở Nội vụ and xã Cẩm Lạc (Cẩm Sơn's successor, code 18748).
        new("reviewer.hatinh", "Sở Nội vụ tỉnh Hà Tĩnh", AppRoles.Reviewer, OfficeName: "Sở Nội vụ tỉnh Hà Tĩnh"),
        new("clerk.camlac", "Công chức VP-TK xã Cẩm Lạc", AppRoles.Clerk, "xã Cẩm Lạc", CommuneCode: "18748"),
        new("chairman.camlac", "Chủ tịch UBND xã Cẩm Lạc", AppRoles.Chairman, "xã Cẩm Lạc", CommuneCode: "18748"),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Creates the first administrator when none exists and both settings are given.</summary>
    public async Task EnsureAdministratorAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(password)
            || (await users.GetUsersInRoleAsync(AppRoles.Administrator)).Count > 0)
        {
            return;
        }

        await CreateAsync(new AccountSeed(userName, "Quản trị hệ thống", AppRoles.Administrator), password);
        logger.LogInformation("Created the first administrator {UserName}", userName);
    }

    /// <summary>The address a seeded (demo or test) account gets: &lt;account&gt;@cchc.test, a domain reserved for tests (RFC 2606).</summary>
    public static string DemoAddress(string userName) => userName + "@cchc.test";

    public async Task SeedAccountsAsync(IEnumerable<AccountSeed> accounts, string password)
    {
        foreach (var account in accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is null)
            {
                await CreateAsync(account with { Email = account.Email ?? DemoAddress(account.UserName) }, password);
            }
        }
    }

    public async Task<ApplicationUser> CreateAsync(AccountSeed account, string password)
    {
        var user = new ApplicationUser
        {
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            Email = account.Email,
            CommuneId = await CommuneIdAsync(account),
            OversightOfficeId = account.OfficeName is null ? null
                : await db.OversightOffices.IgnoreQueryFilters().Where(o => o.Name == account.OfficeName).Select(o => (Guid?)o.Id).SingleAsync(),
        };
        if (account.PositionTitles is { Count: > 0 } titles)
        {
            var positionIds = await db.Positions.IgnoreQueryFilters()
                .Where(p => titles.Contains(p.Title) && (p.CommuneId == null || p.CommuneId == user.CommuneId))
                .Select(p => p.Id).ToListAsync();
            user.Positions.AddRange(positionIds.Select(id => new UserPosition { PositionId = id }));
        }

        Check(await users.CreateAsync(user, password), account.UserName);
        Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
        return user;
    }

    /// <summary>The account's commune: by official code when given, else by name (the unit before 1/7/2025 when two share it).</summary>
    private async Task<Guid?> CommuneIdAsync(AccountSeed account)
    {
        var communes = db.Communes.IgnoreQueryFilters();
        if (account.CommuneCode is { } code)
        {
            return await communes.Where(c => c.OfficialCode == code).Select(c => (Guid?)c.Id).SingleAsync();
        }

        if (account.CommuneName is not { } name)
        {
            return null;
        }

        var named = await communes.Where(c => c.Name == name).Select(c => new { c.Id, c.OfficialCode }).ToListAsync();
        var chosen = named.Count == 1 ? named : named.Where(c => c.OfficialCode is null).ToList();
        return chosen.Count == 1 ? chosen[0].Id
            : throw new InvalidOperationException($"Account {account.UserName}: {named.Count} communes are named {name}; give the official code.");
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
