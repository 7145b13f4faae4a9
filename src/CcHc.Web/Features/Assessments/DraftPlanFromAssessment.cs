using System.Security.Claims;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Assessments;

/// <summary>
/// "Tạo kế hoạch từ kết quả": a draft plan with every deducted criterion (<see cref="PlanDrafter"/>), or the plan
/// already built on the assessment (unchanged). The commune's clerk only. Done with the plan's id.
/// </summary>
public sealed class DraftPlanFromAssessment(CcHcDbContext db, IAuthorizationService authorization)
{
    public Task<CommandResult<Guid>> RunAsync(Guid assessmentId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(assessmentId, DocumentForm.Plan, user, cancellationToken);

    /// <summary>The draft in <paramref name="form"/> (Kế hoạch or công văn), saved in one command.</summary>
    public async Task<CommandResult<Guid>> RunAsync(Guid assessmentId, DocumentForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentData.FindAsync(db, assessmentId, track: false, cancellationToken);
        if (assessment is null)
        {
            return CommandResult.NotFound().As<Guid>();
        }

        var resource = await AssessmentResource.OfCommuneAsync(db, assessment.CommuneId, cancellationToken);
        if (!(await authorization.AuthorizeAsync(user, resource, AssessmentOperations.Edit)).Succeeded)
        {
            return CommandResult.Forbidden().As<Guid>();
        }

        var existing = await db.Plans.Where(p => p.AssessmentId == assessmentId).OrderByDescending(p => p.VersionNumber).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } planId)
        {
            return CommandResult.Done(planId);
        }

        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == assessment.CommuneId, cancellationToken);
        var set = await AssessmentData.CriteriaSetOfAsync(db, assessment, cancellationToken);
        var plan = PlanDrafter.Draft(commune, assessment, assessment.Evaluate(set), form);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Done(plan.Id,
            $"Đã tạo dự thảo kế hoạch với {plan.Items.Count} nội dung khắc phục. Bổ sung nguyên nhân, nhiệm vụ, chủ trì cho từng nội dung.");
    }
}
