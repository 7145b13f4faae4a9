using System.Security.Claims;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Authorization;

/// <summary>A criteria set as the rules see it: the province it is for ("" for every province).</summary>
public sealed record CriteriaSetResource(string Province);

/// <summary>
/// Which criteria sets a caller may manage: every set for an administrator; for a reviewer, the sets of the province
/// of the office it works in (the province's Sở Nội vụ imports the set that all its units share); none otherwise.
/// </summary>
public sealed record CriteriaSetReach(bool All, string? Province)
{
    public static CriteriaSetReach None { get; } = new(false, null);

    public bool Allows(string? setProvince) =>
        All || (Province is { Length: > 0 } own && CriteriaSet.ProvinceKey(setProvince).Length > 0
            && string.Equals(CriteriaSet.ProvinceKey(setProvince), CriteriaSet.ProvinceKey(own), StringComparison.OrdinalIgnoreCase));
}

/// <summary>What may be done to criteria sets; decided by the <see cref="CriteriaSetAuthorizationHandler"/>.</summary>
public static class CriteriaSetOperations
{
    /// <summary>Import, edit, copy, export and delete a set: an administrator, or a reviewer of the set's province.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "ManageCriteriaSet" };

    /// <summary>The roles that may open the criteria-set pages at all (the policy Policies.CriteriaSetManager).</summary>
    public static IReadOnlyList<string> Roles { get; } = [AppRoles.Administrator, AppRoles.Reviewer];

    /// <summary>The caller's reach: one query for a reviewer (its office's province), none for the others.</summary>
    public static async Task<CriteriaSetReach> ReachAsync(CcHcDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(AppRoles.Administrator))
        {
            return new CriteriaSetReach(true, null);
        }

        if (!user.IsInRole(AppRoles.Reviewer) || !Guid.TryParse(user.FindFirstValue(AppClaims.OfficeId), out var officeId))
        {
            return CriteriaSetReach.None;
        }

        var province = await db.OversightOffices.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Id == officeId).Select(o => o.Province).SingleOrDefaultAsync(cancellationToken);
        return new CriteriaSetReach(false, province);
    }
}

/// <summary>Decides <see cref="CriteriaSetOperations.Manage"/>: the caller's reach × the set's province, in one place.</summary>
public sealed class CriteriaSetAuthorizationHandler(CcHcDbContext db) : AuthorizationHandler<OperationAuthorizationRequirement, CriteriaSetResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CriteriaSetResource resource)
    {
        if (requirement == CriteriaSetOperations.Manage
            && (await CriteriaSetOperations.ReachAsync(db, context.User, CancellationToken.None)).Allows(resource.Province))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// On every page of /Admin/CriteriaSets whose route names a set ("id"): the set's province is authorized for
/// <see cref="CriteriaSetOperations.Manage"/> before the handler runs (403 otherwise; an unknown set is left to the
/// page's 404). Declared once for the folder, so no handler can forget it.
/// </summary>
public sealed class CriteriaSetScopeFilter(CcHcDbContext db, IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.RouteData.Values.TryGetValue("id", out var raw) && Guid.TryParse(raw?.ToString(), out var id))
        {
            var province = await db.CriteriaSets.AsNoTracking().Where(s => s.Id == id).Select(s => s.Province)
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (province is not null
                && !(await authorization.AuthorizeAsync(context.HttpContext.User, new CriteriaSetResource(province), CriteriaSetOperations.Manage)).Succeeded)
            {
                context.Result = new ForbidResult();
                return;
            }
        }

        await next();
    }
}
