using System.Security.Claims;
using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Assessments;

/// <summary>What the score sheet shows: the assessment, its criteria tree and evaluation, whether the caller may edit it.</summary>
public sealed record ScoreSheet(
    Assessment Assessment,
    CriteriaSet CriteriaSet,
    AssessmentEvaluation Evaluation,
    string CommuneName,
    bool Locked,
    bool MayEdit,
    bool MayDraftPlan,
    Guid? PlanId,
    Guid ConcurrencyToken);

/// <summary>Reads one assessment's score sheet for the caller (404 outside their scope).</summary>
public sealed class ScoreSheetQuery(CcHcDbContext db)
{
    public async Task<CommandResult<ScoreSheet>> LoadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentData.FindAsync(db, id, track: false, cancellationToken);
        if (assessment is null)
        {
            return CommandResult.NotFound().As<ScoreSheet>();
        }

        var resource = await AssessmentResource.OfCommuneAsync(db, assessment.CommuneId, cancellationToken);
        if (!AssessmentOperations.Allows(user, resource, AssessmentOperations.Read))
        {
            return CommandResult.NotFound().As<ScoreSheet>();
        }

        var set = await AssessmentData.CriteriaSetOfAsync(db, assessment, cancellationToken);
        var locked = await AssessmentData.IsLockedAsync(db, id, cancellationToken);
        var planId = await db.Plans.Where(p => p.AssessmentId == id).OrderByDescending(p => p.VersionNumber).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var mayEdit = AssessmentOperations.Allows(user, resource, AssessmentOperations.Edit);
        return CommandResult.Done(new ScoreSheet(
            assessment,
            set,
            assessment.Evaluate(set),
            await AssessmentData.CommuneNameAsync(db, assessment.CommuneId, cancellationToken),
            locked,
            mayEdit && !locked,
            mayEdit,
            planId,
            await db.ConcurrencyTokenAsync<Assessment>(id, cancellationToken)));
    }
}
