using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Assessments;

/// <summary>How the assessment feature reads what it works on (the tenant filters keep other communes' out of reach).</summary>
internal static class AssessmentData
{
    public static Task<Assessment?> FindAsync(CcHcDbContext db, Guid id, bool track, CancellationToken cancellationToken) =>
        (track ? db.Assessments : db.Assessments.AsNoTracking()).Include(a => a.Scores).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public static Task<CriteriaSet> CriteriaSetOfAsync(CcHcDbContext db, Assessment assessment, CancellationToken cancellationToken) =>
        db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleAsync(s => s.Id == assessment.CriteriaSetId, cancellationToken);

    /// <summary>
    /// The domain's <see cref="AssessmentLock"/> as a query: a plan built on the assessment (as its main one or a
    /// further one) has left the clerk's hands.
    /// </summary>
    public static Task<bool> IsLockedAsync(CcHcDbContext db, Guid assessmentId, CancellationToken cancellationToken) =>
        db.Plans.AnyAsync(
            p => (p.AssessmentId == assessmentId || p.FurtherAssessmentIds.Contains(assessmentId)) && AssessmentLock.LockingStatuses.Contains(p.Status),
            cancellationToken);

    public static Task<string> CommuneNameAsync(CcHcDbContext db, Guid communeId, CancellationToken cancellationToken) =>
        db.Communes.Where(c => c.Id == communeId).Select(c => c.Name).SingleAsync(cancellationToken);
}
