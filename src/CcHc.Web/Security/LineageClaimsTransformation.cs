using System.Security.Claims;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Security;

/// <summary>
/// Adds to a signed-in commune user or reviewer the predecessors whose history they may read
/// (<see cref="AppClaims.History"/>): the units the caller's commune — or each commune its office oversees — was formed
/// from, and theirs in turn (a unit merged twice). Read from the stored lineage on every request (one query per
/// generation, usually one), never stored in the cookie, so an administrator's correction of a lineage applies at
/// once. The DbContext's commune filter then lets those communes' rows be read; the authorization rules let them be
/// read only, never changed (<c>CommuneScope.IsReadableBy</c> against <c>IsReachedBy</c>).
/// </summary>
public sealed class LineageClaimsTransformation(CcHcDbContext db) : IClaimsTransformation
{
    /// <summary>The identity the claims are added in; its presence says the principal is already transformed.</summary>
    public const string AuthenticationType = "cchc:lineage";

    /// <summary>The tag of this transformation's SQL: a per-request read of authentication, like Identity's own.</summary>
    public const string QueryTag = "lineage-claims";

    /// <summary>More generations than the map has ever had; a guard against a cycle an administrator might enter.</summary>
    private const int MaxGenerations = 8;

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true || principal.Identities.Any(i => i.AuthenticationType == AuthenticationType))
        {
            return principal;
        }

        var scope = DataScope.FromPrincipal(principal);
        if (scope.IsUnrestricted || (scope.CommuneId is null && scope.OfficeId is null))
        {
            return principal;
        }

        var history = await HistoryAsync(db, scope.CommuneId, scope.OfficeId, CancellationToken.None);
        var transformed = principal.Clone();
        transformed.AddIdentity(new ClaimsIdentity(history.Select(id => new Claim(AppClaims.History, id.ToString())), AuthenticationType));
        return transformed;
    }

    /// <summary>The predecessors, transitively, of <paramref name="communeId"/> or of the communes <paramref name="officeId"/> oversees, without those themselves.</summary>
    public static async Task<IReadOnlyList<Guid>> HistoryAsync(CcHcDbContext db, Guid? communeId, Guid? officeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var communes = db.Communes.IgnoreQueryFilters();

        // Never a commune the caller reaches itself: history and reach stay apart (lists show reach without history).
        var predecessors = db.Set<CommunePredecessor>().IgnoreQueryFilters().AsNoTracking().TagWith(QueryTag)
            .Where(p => p.PredecessorCommuneId != null)
            .Where(p => communeId != null
                ? p.PredecessorCommuneId != communeId
                : !communes.Any(c => c.Id == p.PredecessorCommuneId && c.OversightOfficeId == officeId));

        // The first generation in one query: a commune's own predecessors, or those of every commune the office
        // oversees (no list of the office's communes on this per-request path).
        var generation = await (communeId is { } own
                ? predecessors.Where(p => p.SuccessorId == own)
                : predecessors.Where(p => communes.Any(c => c.Id == p.SuccessorId && c.OversightOfficeId == officeId)))
            .Select(p => p.PredecessorCommuneId!.Value).Distinct().ToListAsync(cancellationToken);
        var seen = generation.ToHashSet();
        var history = new List<Guid>(generation);
        for (var i = 1; i < MaxGenerations && generation.Count > 0; i++)
        {
            var ids = generation;
            var next = await predecessors.Where(p => ids.Contains(p.SuccessorId))
                .Select(p => p.PredecessorCommuneId!.Value).Distinct().ToListAsync(cancellationToken);
            generation = next.Where(seen.Add).ToList();
            history.AddRange(generation);
        }

        return history;
    }
}
