using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages;

/// <summary>
/// Each commune the caller may see with its latest assessment, that assessment's evaluation and the versions of its
/// plan (newest first). Five queries whatever the number of communes; the home page and the office page read it.
/// </summary>
public sealed record CommuneOverview(
    Commune Commune,
    OversightOffice? Office,
    Assessment? Assessment,
    AssessmentEvaluation? Evaluation,
    IReadOnlyList<CommuneOverview.PlanVersion> Plans)
{
    public sealed record PlanVersion(Guid Id, int Version, PlanStatus Status, string? Number, string Symbol, DateOnly? IssueDate);

    public PlanVersion? CurrentPlan => Plans.Count > 0 ? Plans[0] : null;

    public PlanVersion? IssuedPlan => Plans.FirstOrDefault(p => p.Status == PlanStatus.Issued);

    public static async Task<IReadOnlyList<CommuneOverview>> LoadAsync(CcHcDbContext db, CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Province).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var offices = await db.OversightOffices.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Scores).ToListAsync(cancellationToken);
        var latest = assessments.GroupBy(a => a.CommuneId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Year).First());
        var setIds = latest.Values.Select(a => a.CriteriaSetId).Distinct().ToList();
        var sets = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).Where(s => setIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var plans = (await db.Plans.AsNoTracking()
                .Select(p => new { p.AssessmentId, Version = new PlanVersion(p.Id, p.VersionNumber, p.Status, p.DocumentNumber, p.DocumentSymbol, p.IssueDate) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.AssessmentId, p => p.Version);

        return communes.Select(c =>
        {
            latest.TryGetValue(c.Id, out var assessment);
            return new CommuneOverview(
                c,
                c.OversightOfficeId is { } o && offices.TryGetValue(o, out var office) ? office : null,
                assessment,
                assessment?.Evaluate(sets[assessment.CriteriaSetId]),
                assessment is null ? [] : plans[assessment.Id].OrderByDescending(p => p.Version).ToList());
        }).ToList();
    }
}
