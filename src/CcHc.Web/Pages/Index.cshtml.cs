using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages;

/// <summary>The communes with their latest assessment as the summary table by field, warnings beside the numbers.</summary>
public sealed class IndexModel(CcHcDbContext db) : PageModel
{
    public IReadOnlyList<CommuneSummary> Communes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Four queries whatever the number of communes: communes, assessments with scores, sets with nodes, plans.
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Province).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var offices = await db.OversightOffices.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Scores).ToListAsync(cancellationToken);
        var latest = assessments
            .GroupBy(a => a.CommuneId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Year).First());
        var setIds = latest.Values.Select(a => a.CriteriaSetId).Distinct().ToList();
        var sets = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes)
            .Where(s => setIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var plans = await db.Plans.AsNoTracking()
            .Select(p => new { p.Id, p.CommuneId, p.AssessmentId, p.VersionNumber, p.Status, p.DocumentNumber, p.DocumentSymbol, p.IssueDate })
            .ToListAsync(cancellationToken);

        Communes = communes.Select(c =>
        {
            latest.TryGetValue(c.Id, out var assessment);
            var evaluation = assessment is null ? null : assessment.Evaluate(sets[assessment.CriteriaSetId]);
            var plan = assessment is null ? null : plans
                .Where(p => p.AssessmentId == assessment.Id)
                .OrderByDescending(p => p.VersionNumber)
                .Select(p => new PlanSummary(p.Id, p.VersionNumber, p.Status, p.DocumentNumber, p.DocumentSymbol, p.IssueDate))
                .FirstOrDefault();
            return new CommuneSummary(c, c.OversightOfficeId is { } o && offices.TryGetValue(o, out var office) ? office : null, assessment, evaluation, plan);
        }).ToList();
    }

    public sealed record CommuneSummary(Commune Commune, OversightOffice? Office, Assessment? Assessment, AssessmentEvaluation? Evaluation, PlanSummary? Plan);

    public sealed record PlanSummary(Guid Id, int Version, PlanStatus Status, string? Number, string Symbol, DateOnly? IssueDate);
}
