using System.Security.Claims;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CcHc.Web.Features.Authorization;

/// <summary>
/// A task (or its evidence) as the rules see it: where it belongs, which positions its item names, and the contact
/// title of each organisation of the commune (<see cref="TaskResponsibilities.ContactsOf"/>; empty when none).
/// </summary>
public sealed record TaskResource(
    CommuneScope Scope,
    Guid? LeadPositionId,
    IReadOnlyCollection<Guid> SupportPositionIds,
    IReadOnlyCollection<Guid>? CoLeadPositionIds = null,
    IReadOnlyDictionary<Guid, Guid>? OrganisationContacts = null)
{
    /// <summary>Only the scope: enough to decide <see cref="TaskOperations.Read"/> (an evidence download).</summary>
    public static TaskResource InScope(CommuneScope scope) => new(scope, null, []);
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

    /// <summary>The caller's part in a task: lead, support, or none (only staff members hold positions).</summary>
    public static TaskRole? RoleOf(ClaimsPrincipal user, TaskResource task) => ResponsibilityOf(user, task)?.Role;

    /// <summary>The caller's part in a task and the organisations they act for in it (through a contact title).</summary>
    public static TaskResponsibility? ResponsibilityOf(ClaimsPrincipal user, TaskResource task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return ResponsibilityOf(user, task.LeadPositionId, task.SupportPositionIds, task.CoLeadPositionIds, task.OrganisationContacts);
    }

    /// <summary>
    /// The caller's part in the tasks of an item naming these positions (the domain rule,
    /// <see cref="TaskResponsibilities.Of"/>): a co-lead ("Chủ trì thực hiện: A, B") leads; the holder of an
    /// organisation's contact title answers for the organisation. Only staff members hold positions.
    /// </summary>
    public static TaskResponsibility? ResponsibilityOf(
        ClaimsPrincipal user,
        Guid? leadPositionId,
        IEnumerable<Guid> supportPositionIds,
        IEnumerable<Guid>? coLeadPositionIds = null,
        IReadOnlyDictionary<Guid, Guid>? organisationContacts = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(AppRoles.Staff)
            ? TaskResponsibilities.Of(user.PositionIds(), leadPositionId, coLeadPositionIds, supportPositionIds, organisationContacts ?? new Dictionary<Guid, Guid>())
            : null;
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
