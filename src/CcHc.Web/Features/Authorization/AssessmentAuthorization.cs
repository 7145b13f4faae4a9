using System.Security.Claims;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Authorization;

/// <summary>An assessment (or the commune one is created for) as the rules see it: where it belongs.</summary>
public sealed record AssessmentResource(CommuneScope Scope)
{
    /// <summary>The resource of a commune's assessments, with the office overseeing the commune.</summary>
    public static async Task<AssessmentResource> OfCommuneAsync(CcHcDbContext db, Guid communeId, CancellationToken cancellationToken)
    {
        var office = await db.Communes.IgnoreQueryFilters().Where(c => c.Id == communeId).Select(c => c.OversightOfficeId).SingleOrDefaultAsync(cancellationToken);
        return new AssessmentResource(new CommuneScope(communeId, office));
    }
}

/// <summary>What may be done to an assessment; each is one requirement the <see cref="AssessmentAuthorizationHandler"/> decides.</summary>
public static class AssessmentOperations
{
    /// <summary>See the score sheet and download it: anyone whose scope reaches the commune.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Start an assessment, record or import its scores, draft the plan from it: the commune's own clerk.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>The rule itself, for the handler and for pages that only decide which buttons to show.</summary>
    public static bool Allows(ClaimsPrincipal user, AssessmentResource assessment, OperationAuthorizationRequirement operation)
    {
        // A predecessor's assessments are history to its successor's users and office: read, never changed.
        if (operation == Read)
        {
            return assessment.Scope.IsReadableBy(user);
        }

        if (!assessment.Scope.IsReachedBy(user))
        {
            return false;
        }

        return operation == Edit && assessment.Scope.IsOwnCommuneOf(user) && user.IsInRole(AppRoles.Clerk);
    }
}

/// <summary>Decides every <see cref="AssessmentOperations"/> requirement: scope × role, in one place.</summary>
public sealed class AssessmentAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, AssessmentResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, AssessmentResource resource)
    {
        if (AssessmentOperations.Allows(context.User, resource, requirement))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
