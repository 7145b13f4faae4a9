using System.Security.Claims;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Authorization;

/// <summary>A commune's catalogue of titles and organisations as the rules see it: where it belongs.</summary>
public sealed record PositionCatalogueResource(CommuneScope Scope)
{
    /// <summary>The catalogue of a commune the caller can see (tenant filter), or null when it is not found for them.</summary>
    public static async Task<PositionCatalogueResource?> OfCommuneAsync(CcHcDbContext db, Guid communeId, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.AsNoTracking().Where(c => c.Id == communeId)
            .Select(c => new { c.Id, c.OversightOfficeId }).SingleOrDefaultAsync(cancellationToken);
        return commune is null ? null : new PositionCatalogueResource(new CommuneScope(commune.Id, commune.OversightOfficeId));
    }
}

/// <summary>What may be done to a commune's catalogue; decided by the <see cref="PositionCatalogueAuthorizationHandler"/>.</summary>
public static class PositionCatalogueOperations
{
    /// <summary>See and change the catalogue (add an organisation or title, rename, change a contact): the commune's own clerk, or an administrator.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };

    /// <summary>The roles that may open the page at all; the commune is checked by <see cref="Allows"/>.</summary>
    public const string Roles = AppRoles.Clerk + "," + AppRoles.Administrator;

    public static bool Allows(ClaimsPrincipal user, PositionCatalogueResource catalogue, OperationAuthorizationRequirement operation)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(catalogue);
        return operation == Manage
            && catalogue.Scope.IsReachedBy(user)
            && (user.IsInRole(AppRoles.Administrator) || (user.IsInRole(AppRoles.Clerk) && catalogue.Scope.IsOwnCommuneOf(user)));
    }
}

/// <summary>Decides every <see cref="PositionCatalogueOperations"/> requirement: scope × role, in one place.</summary>
public sealed class PositionCatalogueAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PositionCatalogueResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PositionCatalogueResource resource)
    {
        if (PositionCatalogueOperations.Allows(context.User, resource, requirement))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
