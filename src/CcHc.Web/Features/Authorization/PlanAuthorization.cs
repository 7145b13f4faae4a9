using System.Security.Claims;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CcHc.Web.Features.Authorization;

/// <summary>A plan version as the rules see it: where it belongs and its state.</summary>
public sealed record PlanResource(CommuneScope Scope, PlanStatus Status);

/// <summary>What may be done to a plan version; each is one requirement the <see cref="PlanAuthorizationHandler"/> decides.</summary>
public static class PlanOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Change the header or the items of a draft or a returned plan (the clerk; the edit reopens a returned one).</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    public static readonly OperationAuthorizationRequirement Comment = new() { Name = nameof(Comment) };

    /// <summary>Comment on one item: the chairman of the plan's commune and the reviewer of its office.</summary>
    public static readonly OperationAuthorizationRequirement CommentOnItem = new() { Name = nameof(CommentOnItem) };

    /// <summary>Start a new plan of the commune, of any kind (the "new plan" flow; the clerk of the commune).</summary>
    public static readonly OperationAuthorizationRequirement Create = new() { Name = nameof(Create) };

    /// <summary>A step of the workflow (submit, return, resume, approve, issue, start the next version).</summary>
    public static OperationAuthorizationRequirement Step(PlanAction action) => Steps[action];

    private static readonly Dictionary<PlanAction, OperationAuthorizationRequirement> Steps =
        Enum.GetValues<PlanAction>().ToDictionary(a => a, a => new OperationAuthorizationRequirement { Name = "Step:" + a });

    /// <summary>Who may comment: those who read the plan to act on it, not staff updating their tasks.</summary>
    public static readonly IReadOnlyList<string> CommentRoles = [AppRoles.Clerk, AppRoles.Chairman, AppRoles.Reviewer];

    /// <summary>Who may comment on an item: those who judge the plan (the clerk answers by editing it).</summary>
    public static readonly IReadOnlyList<string> ItemCommentRoles = [AppRoles.Chairman, AppRoles.Reviewer];

    /// <summary>The role that takes a workflow step, read from the domain's table.</summary>
    public static string RoleFor(PlanActor actor) => actor switch
    {
        PlanActor.Clerk => AppRoles.Clerk,
        PlanActor.Chairman => AppRoles.Chairman,
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };

    /// <summary>The rule itself, for a handler and for pages that only decide which buttons to show.</summary>
    public static bool Allows(ClaimsPrincipal user, PlanResource plan, OperationAuthorizationRequirement operation)
    {
        // A predecessor's plans are history to its successor's users and office: read, never changed.
        if (operation == Read)
        {
            return plan.Scope.IsReadableBy(user);
        }

        if (!plan.Scope.IsReachedBy(user))
        {
            return false;
        }

        if (operation == Comment)
        {
            return CommentRoles.Any(user.IsInRole);
        }

        // The chairman of this very commune; the reviewer of the office overseeing it (IsReachedBy above).
        if (operation == CommentOnItem)
        {
            return (user.IsInRole(AppRoles.Chairman) && plan.Scope.IsOwnCommuneOf(user)) || user.IsInRole(AppRoles.Reviewer);
        }

        // Changing a plan is the commune's own business: neither the office nor an administrator drafts or signs it.
        if (!plan.Scope.IsOwnCommuneOf(user))
        {
            return false;
        }

        if (operation == Create)
        {
            return user.IsInRole(AppRoles.Clerk);
        }

        if (operation == Edit)
        {
            return user.IsInRole(AppRoles.Clerk) && RemediationPlan.OpensForEditingIn(plan.Status);
        }

        return Steps.FirstOrDefault(s => s.Value == operation) is { Value: not null } step
            && PlanWorkflow.Find(plan.Status, step.Key) is { } move
            && user.IsInRole(RoleFor(move.Actor));
    }
}

/// <summary>Decides every <see cref="PlanOperations"/> requirement: scope × role × workflow state, in one place.</summary>
public sealed class PlanAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PlanResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PlanResource resource)
    {
        if (PlanOperations.Allows(context.User, resource, requirement))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
