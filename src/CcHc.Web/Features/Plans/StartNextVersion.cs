using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Security;
using CcHc.Web.Features.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// A change of an issued version: version N+1 as a draft copy (the domain's <see cref="RemediationPlan.StartNextVersion"/>);
/// the issued version stays as it is. Asked twice, it answers with the version already started.
/// </summary>
public sealed class StartNextVersion(CcHcDbContext db, PlanAccess access, TimeProvider clock)
{
    /// <summary>Done with the id of the next version.</summary>
    public async Task<CommandResult<Guid>> RunAsync(ClaimsPrincipal user, Guid planId, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(planId, cancellationToken) is not { } resource)
        {
            return CommandResult.NotFound().As<Guid>();
        }

        if (!await access.AllowsKindAsync(user, resource.Scope, PlanOperations.Step(PlanAction.StartNextVersion)))
        {
            return CommandResult.Forbidden().As<Guid>();
        }

        if (await db.Plans.Where(p => p.PreviousVersionId == planId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return CommandResult.Done(existing);
        }

        var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == planId, cancellationToken);
        try
        {
            var at = clock.GetUtcNow();
            var next = plan.StartNextVersion(user.AsActor(), at);
            db.Plans.Add(next);

            // Starting a new version answers the office's open request to revise (recorded in the same save).
            await Office.RequestPlanRevision.AnswerAsync(db, next, user.AsActor(), at, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(next.Id, $"Đã tạo phiên bản {next.VersionNumber} (dự thảo). Phiên bản {plan.VersionNumber} vẫn giữ nguyên.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex).As<Guid>();
        }
    }
}
