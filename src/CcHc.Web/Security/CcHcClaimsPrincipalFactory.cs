using System.Globalization;
using System.Security.Claims;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CcHc.Web.Security;

/// <summary>Puts the account's commune, office, positions and display name into the sign-in cookie.</summary>
public sealed class CcHcClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    CcHcDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? string.Empty : user.DisplayName));
        if (user.CommuneId is { } commune)
        {
            identity.AddClaim(new Claim(AppClaims.CommuneId, commune.ToString()));
        }

        if (user.OversightOfficeId is { } office)
        {
            identity.AddClaim(new Claim(AppClaims.OfficeId, office.ToString()));
        }

        var positions = await db.UserPositions.Where(p => p.UserId == user.Id).Select(p => p.PositionId).ToListAsync();
        foreach (var position in positions)
        {
            identity.AddClaim(new Claim(AppClaims.PositionId, position.ToString("D", CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
