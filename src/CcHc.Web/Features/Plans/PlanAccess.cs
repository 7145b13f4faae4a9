using System.Security.Claims;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// The plan feature's use of the declared rules (<see cref="PlanOperations"/>): where a plan belongs, read in one small
/// query, and whether the caller may do a kind of thing to it.
/// </summary>
public sealed class PlanAccess(CcHcDbContext db, IAuthorizationService authorization)
{
    /// <summary>The plan as the rules see it, or null when the caller's scope does not find it (404).</summary>
    public Task<PlanResource?> FindAsync(Guid planId, CancellationToken cancellationToken) =>
        db.Plans.Where(p => p.Id == planId)
            .Select(p => new PlanResource(
                new CommuneScope(p.CommuneId, db.Communes.Where(c => c.Id == p.CommuneId).Select(c => c.OversightOfficeId).FirstOrDefault()),
                p.Status))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, PlanResource plan, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user, plan, operation)).Succeeded;

    /// <summary>
    /// The role × commune part of an operation that changes a plan (edit, a workflow step), checked against the state
    /// the operation starts from: whether the plan's present state allows it is the domain's refusal, which the page
    /// shows beside the form (422) rather than as a bare 403.
    /// </summary>
    public Task<bool> AllowsKindAsync(ClaimsPrincipal user, CommuneScope scope, OperationAuthorizationRequirement operation) =>
        AllowsAsync(user, new PlanResource(scope, StateItStartsFrom(operation)), operation);

    private static PlanStatus StateItStartsFrom(OperationAuthorizationRequirement operation) =>
        PlanWorkflow.Moves.FirstOrDefault(m => PlanOperations.Step(m.Action) == operation)?.From ?? PlanStatus.Draft;
}
