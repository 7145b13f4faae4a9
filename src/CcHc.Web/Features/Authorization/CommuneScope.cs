using System.Security.Claims;
using CcHc.Infrastructure.Identity;

namespace CcHc.Web.Features.Authorization;

/// <summary>Where a thing belongs, as the authorization rules read it: its commune and the office overseeing it.</summary>
public sealed record CommuneScope(Guid CommuneId, Guid? OfficeId)
{
    /// <summary>
    /// Whether the caller's scope reaches the commune: its own commune for commune accounts, the office's communes for
    /// a reviewer, every commune for an administrator. The DbContext's tenant filters apply the same scope to queries;
    /// this is the same rule for a thing already loaded.
    /// </summary>
    public bool IsReachedBy(ClaimsPrincipal user)
    {
        var scope = DataScope.FromPrincipal(user);
        return scope.IsUnrestricted
            || (scope.CommuneId is { } commune && commune == CommuneId)
            || (scope.OfficeId is { } office && office == OfficeId);
    }

    /// <summary>
    /// Whether the caller may read the commune's things: where its scope reaches, or a predecessor of a commune it
    /// reaches (history: read, never changed — every change asks <see cref="IsReachedBy"/>).
    /// </summary>
    public bool IsReadableBy(ClaimsPrincipal user) =>
        IsReachedBy(user) || DataScope.FromPrincipal(user).History.Contains(CommuneId);

    /// <summary>Whether the commune is history to the caller: readable only because it is a predecessor of a commune the caller reaches.</summary>
    public bool IsHistoryFor(ClaimsPrincipal user) => !IsReachedBy(user) && IsReadableBy(user);

    /// <summary>Whether the caller belongs to this very commune (the commune's own staff, not an office or admin).</summary>
    public bool IsOwnCommuneOf(ClaimsPrincipal user) =>
        DataScope.FromPrincipal(user) is { IsUnrestricted: false, CommuneId: { } commune } && commune == CommuneId;
}
