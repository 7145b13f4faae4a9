using System.Security.Claims;
using CcHc.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CcHc.Web.Features.Authorization;

/// <summary>A plan version's results report as the rules see it: where it belongs.</summary>
public sealed record ReportResource(CommuneScope Scope);

/// <summary>What may be done to a results report; each is one requirement the <see cref="ReportAuthorizationHandler"/> decides.</summary>
public static class ReportOperations
{
    /// <summary>Read the report, its preview and its files: every role whose scope reaches the commune.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Write the draft (overall assessment, proposals, signer): the commune's clerk.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Issue it with a number and a date: the commune's clerk.</summary>
    public static readonly OperationAuthorizationRequirement Issue = new() { Name = nameof(Issue) };

    /// <summary>The rule itself, for the handler and for pages that only decide which buttons to show.</summary>
    public static bool Allows(ClaimsPrincipal user, ReportResource report, OperationAuthorizationRequirement operation)
    {
        ArgumentNullException.ThrowIfNull(report);
        // A predecessor's reports are history to its successor's users and office: read, never changed.
        if (operation == Read)
        {
            return report.Scope.IsReadableBy(user) && AppRoles.All.Any(user.IsInRole);
        }

        return report.Scope.IsReachedBy(user) && (operation == Edit || operation == Issue) && user.IsInRole(AppRoles.Clerk);
    }
}

/// <summary>Decides every <see cref="ReportOperations"/> requirement: scope × role, in one place.</summary>
public sealed class ReportAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ReportResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ReportResource resource)
    {
        if (ReportOperations.Allows(context.User, resource, requirement))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
