using System.Security.Claims;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Criteria;

/// <summary>One criteria set in the administrator's list: its size and how many assessments use it.</summary>
public sealed record CriteriaSetRow(
    Guid Id, string Name, IndexKind IndexKind, string Province, int Year, CriteriaCoverage Coverage, int Nodes, int Fields, int Assessments);

/// <summary>The sets a caller manages and the province it is limited to (null: every province, an administrator).</summary>
public sealed record CriteriaSetListing(IReadOnlyList<CriteriaSetRow> Sets, string? Province);

/// <summary>
/// The criteria sets the caller manages (<see cref="CriteriaSetReach"/>: all of them for an administrator, its
/// province's for a reviewer), newest year first, with their size and use: three queries, four for a reviewer.
/// </summary>
public sealed class CriteriaSetList(CcHcDbContext db)
{
    public async Task<CriteriaSetListing> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reach = await CriteriaSetOperations.ReachAsync(db, user, cancellationToken);
        var rows = await LoadAsync(cancellationToken);
        return new CriteriaSetListing(rows.Where(r => reach.Allows(r.Province)).ToList(), reach.All ? null : reach.Province ?? string.Empty);
    }

    private async Task<IReadOnlyList<CriteriaSetRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var nodes = await db.CriterionNodes.AsNoTracking()
            .GroupBy(n => n.CriteriaSetId)
            .Select(g => new { g.Key, Count = g.Count(), Fields = g.Count(n => n.ParentId == null) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);

        // Every commune's assessments count, whatever the administrator's scope.
        var assessments = await db.Assessments.IgnoreQueryFilters().AsNoTracking()
            .GroupBy(a => a.CriteriaSetId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var sets = await db.CriteriaSets.AsNoTracking()
            .OrderByDescending(s => s.Year).ThenBy(s => s.Province).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.IndexKind, s.Province, s.Year, s.Coverage })
            .ToListAsync(cancellationToken);
        return sets
            .Select(s => new CriteriaSetRow(
                s.Id, s.Name, s.IndexKind, s.Province, s.Year, s.Coverage,
                nodes.GetValueOrDefault(s.Id)?.Count ?? 0, nodes.GetValueOrDefault(s.Id)?.Fields ?? 0, assessments.GetValueOrDefault(s.Id)))
            .ToList();
    }
}
