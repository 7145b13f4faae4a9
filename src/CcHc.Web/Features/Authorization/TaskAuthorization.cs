using System.Security.Claims;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CcHc.Web.Features.Authorization;

/// <summary>
/// A task (or its evidence) as the rules see it: where it belongs, which positions and people its item names, and how
/// the commune's positions reach people (organisation contacts, group members: <see cref="PositionReach"/>).
/// </summary>
public sealed record TaskResource(
    CommuneScope Scope,
    Guid? LeadPositionId,
    IReadOnlyCollection<Guid> SupportPositionIds,
    IReadOnlyCollection<Guid>? CoLeadPositionIds = null,
    PositionReach? Reach = null,
    IReadOnlyCollection<string>? PersonIds = null)
{
    /// <summary>Only the scope: enough to decide <see cref="TaskOperations.Read"/> (an evidence download).</summary>
    public static TaskResource InScope(CommuneScope scope) => new(scope, null, []);

    public TaskNaming Naming => new(LeadPositionId, CoLeadPositionIds ?? [], SupportPositionIds, PersonIds ?? []);
}

/// <summary>What may be done to a task; each is one requirement the <see cref="TaskAuthorizationHandler"/> decides.</summary>
public static class TaskOperations
{
    /// <summary>Read the task page and download its evidence: every role whose scope reaches the commune.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Move the status with a dated note and evidence: the staff member holding the item's lead position.</summary>
    public static readonly OperationAuthorizationRequirement RecordProgress = new() { Name = nameof(RecordProgress) };

    /// <summary>Add a note: the lead or a supporting position.</summary>
    public static readonly OperationAuthorizationRequirement AddNote = new() { Name = nameof(AddNote) };

    /// <summary>Withdraw a wrong evidence upload (the lead, like recording progress).</summary>
    public static readonly OperationAuthorizationRequirement WithdrawEvidence = new() { Name = nameof(WithdrawEvidence) };

    /// <summary>The roles with a "Việc của tôi" list: staff see their positions' tasks, the clerk and chairman all.</summary>
    public const string MyTasksRoles = AppRoles.Staff + "," + AppRoles.Clerk + "," + AppRoles.Chairman;

    /// <summary>The caller's part in a task: lead, support, or none.</summary>
    public static TaskRole? RoleOf(ClaimsPrincipal user, TaskResource task) => ResponsibilityOf(user, task)?.Role;

    /// <summary>The caller's part in a task and the organisations and groups through which it reaches them.</summary>
    public static TaskResponsibility? ResponsibilityOf(ClaimsPrincipal user, TaskResource task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return ResponsibilityOf(user, task.Naming, task.Reach ?? PositionReach.None);
    }

    /// <summary>
    /// The caller's part in the tasks of an item (the domain rule, <see cref="TaskAudience.Of"/>): the positions the
    /// caller's account holds (any account of a commune may hold some), the organisations whose contact they hold, the
    /// groups they belong to, and the people the item names. Only an account of a commune holds a task.
    /// </summary>
    public static TaskResponsibility? ResponsibilityOf(ClaimsPrincipal user, TaskNaming naming, PositionReach reach)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AppRoles.CommuneRoles.Any(user.IsInRole) ? TaskAudience.Of(HolderOf(user), naming, reach) : null;
    }

    /// <summary>The caller as the audience rule sees them: their account id and the positions in their sign-in.</summary>
    public static TaskHolder HolderOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new TaskHolder(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty, user.PositionIds());
    }

    /// <summary>The rule itself, for the handler and for pages that only decide which form to show.</summary>
    public static bool Allows(ClaimsPrincipal user, TaskResource task, OperationAuthorizationRequirement operation)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (!AppRoles.All.Any(user.IsInRole))
        {
            return false;
        }

        // A predecessor's tasks and evidence are history to its successor's users and office: read, never changed.
        if (operation == Read)
        {
            return task.Scope.IsReadableBy(user);
        }

        return task.Scope.IsReachedBy(user)
            && ((operation == RecordProgress || operation == WithdrawEvidence) && RoleOf(user, task) == TaskRole.Lead)
            || (operation == AddNote && RoleOf(user, task) is not null);
    }
}

/// <summary>Decides every <see cref="TaskOperations"/> requirement: scope × role × position, in one place.</summary>
public sealed class TaskAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, TaskResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, TaskResource resource)
    {
        if (TaskOperations.Allows(context.User, resource, requirement))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
