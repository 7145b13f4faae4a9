using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Criteria;

/// <summary>What assessments of every commune have recorded against a set's nodes (the editing rules read it).</summary>
internal static class CriteriaScores
{
    public static async Task<RecordedScores> RecordedAsync(CcHcDbContext db, IReadOnlyCollection<Guid> nodeIds, CancellationToken cancellationToken)
    {
        var scores = await db.Set<CriterionScore>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => nodeIds.Contains(s.CriterionId))
            .Select(s => new { s.CriterionId, s.AppraisedScore, s.SelfAssessedScore })
            .ToListAsync(cancellationToken);
        var byNode = scores.GroupBy(s => s.CriterionId).ToList();

        // Whether an issued plan (of any commune) rests on an assessment of the set these nodes belong to.
        var underIssuedPlan = await db.Plans.IgnoreQueryFilters().AnyAsync(p => p.Status == PlanStatus.Issued
            && db.Assessments.IgnoreQueryFilters().Any(a => a.Id == p.AssessmentId
                && db.CriterionNodes.Any(n => n.CriteriaSetId == a.CriteriaSetId && nodeIds.Contains(n.Id))), cancellationToken);
        return new RecordedScores(
            byNode.ToDictionary(g => g.Key, g => g.Count()),
            byNode.Where(g => g.Any(s => s.AppraisedScore != null || s.SelfAssessedScore != null))
                .ToDictionary(g => g.Key, g => g.Max(s => Math.Max(s.AppraisedScore ?? 0, s.SelfAssessedScore ?? 0))),
            underIssuedPlan);
    }
}
