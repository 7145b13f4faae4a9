using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>The header form: the plan (for the page's links), the input as stored, and the token the form carries.</summary>
public sealed record PlanHeaderForm(RemediationPlan Plan, PlanHeaderInput Input, Guid ConcurrencyToken);

/// <summary>
/// The plan's document parts (header, legal bases, sections, recipients, signer): clerk of the commune, draft only (the
/// domain refuses another state with its message). A save based on a stale read is refused with what the other person
/// saved; the user's text stays in the form.
/// </summary>
public sealed class EditPlanHeader(CcHcDbContext db, PlanAccess access)
{
    public async Task<CommandResult<PlanHeaderForm>> FormAsync(ClaimsPrincipal user, Guid planId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(user, planId, cancellationToken) is { } refused)
        {
            return refused.As<PlanHeaderForm>();
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, cancellationToken);
        return CommandResult.Done(new PlanHeaderForm(plan, PlanHeaderInput.From(plan), await db.ConcurrencyTokenAsync<RemediationPlan>(planId, cancellationToken)));
    }

    /// <param name="input">The form, or null when its own checks failed (the page holds why): then only access is answered.</param>
    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, Guid planId, PlanHeaderInput? input, Guid concurrencyToken, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(user, planId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (input is null)
        {
            return CommandResult.Invalid();
        }

        var plan = await db.Plans.SingleAsync(p => p.Id == planId, cancellationToken);
        var errors = new List<FieldError>();
        if (input.ToSetup(plan.Setup, errors) is not { } setup)
        {
            return CommandResult.Invalid(errors);
        }

        try
        {
            db.Entry(plan).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = concurrencyToken;
            // A symbol left at its form's default follows the form ("KH-UBND" ↔ "UBND"); one the clerk typed stays.
            var symbol = setup.Form != plan.Form && plan.DocumentSymbol == PlanKinds.DefaultSymbol(plan.Form) ? PlanKinds.DefaultSymbol(setup.Form) : plan.DocumentSymbol;
            if (setup != plan.Setup)
            {
                plan.UpdateSetup(setup);
            }

            plan.UpdateHeader(input.ToHeader(symbol));
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done("Đã lưu phần chung của kế hoạch.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex, PlanHeaderInput.KeyOf);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, cancellationToken);
            return CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(
                db, planId, PlanHeaderInput.Compare(PlanHeaderInput.From(current), input), cancellationToken));
        }
    }

    private async Task<CommandResult?> RefusalAsync(ClaimsPrincipal user, Guid planId, CancellationToken cancellationToken) =>
        await access.FindAsync(planId, cancellationToken) is not { } resource ? CommandResult.NotFound()
        : !await access.AllowsKindAsync(user, resource.Scope, PlanOperations.Edit) ? CommandResult.Forbidden()
        : null;
}
