using System.Security.Claims;
using CcHc.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CcHc.Web.Features.Authorization;

/// <summary>What may be done with a plan version's signed copies (reading them is <see cref="PlanOperations.Read"/>).</summary>
public static class SignedCopyOperations
{
    /// <summary>Upload the copy signed with the provincial tool: the clerk of the plan's own commune.</summary>
    public static readonly OperationAuthorizationRequirement Upload = new() { Name = "UploadSignedCopy" };

    /// <summary>The rule itself, for the handler and for the page that only decides whether to show the form.</summary>
    public static bool Allows(ClaimsPrincipal user, PlanResource plan, OperationAuthorizationRequirement operation) =>
        operation == Upload && plan.Scope.IsOwnCommuneOf(user) && user.IsInRole(AppRoles.Clerk);
}

/// <summary>
/// Decides <see cref="SignedCopyOperations"/> on a <see cref="PlanResource"/>. Whether the version is issued is the
/// upload's own refusal (with its message, audited), not a 403.
/// </summary>
public sealed class SignedCopyAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PlanResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PlanResource resource)
    {
        if (SignedCopyOperations.Allows(context.User, resource, requirement))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
