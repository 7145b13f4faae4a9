using System.Security.Claims;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;

namespace CcHc.Web.Security;

/// <summary>
/// Authorization policies by role, and the caller's claims as the app reads them. Rules of access per thing (role ×
/// commune/office × state) are the handlers in Features/Authorization.
/// </summary>
public static class Policies
{
    public const string Administrator = "Administrator";
    public const string CommuneOrOffice = "CommuneOrOffice";

    /// <summary>
    /// The criteria-set pages (/Admin/CriteriaSets): administrators and reviewers; which sets a reviewer reaches (its
    /// office's province) is decided per set by Features/Authorization/CriteriaSetAuthorization.
    /// </summary>
    public const string CriteriaSetManager = "CriteriaSetManager";

    public static IReadOnlySet<Guid> PositionIds(this ClaimsPrincipal user) =>
        user.FindAll(AppClaims.PositionId).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).ToHashSet();

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty;

    public static Actor AsActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty, user.DisplayName());
}
