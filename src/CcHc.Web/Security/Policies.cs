using System.Security.Claims;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;

namespace CcHc.Web.Security;

/// <summary>Authorization policies by role. Scope (which commune) is enforced by the DbContext's filters as well.</summary>
public static class Policies
{
    public const string Administrator = "Administrator";
    public const string CommuneOrOffice = "CommuneOrOffice";

    /// <summary>The role that takes a workflow step, read from the domain's table.</summary>
    public static string RoleFor(PlanActor actor) => actor switch
    {
        PlanActor.Clerk => AppRoles.Clerk,
        PlanActor.Chairman => AppRoles.Chairman,
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };

    public static bool MayPerform(this ClaimsPrincipal user, PlanStatus status, PlanAction action) =>
        PlanWorkflow.Find(status, action) is { } move && user.IsInRole(RoleFor(move.Actor));

    public static IReadOnlySet<Guid> PositionIds(this ClaimsPrincipal user) =>
        user.FindAll(AppClaims.PositionId).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).ToHashSet();

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty;

    public static Actor AsActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty, user.DisplayName());
}
