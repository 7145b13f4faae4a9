using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// The header form: the plan (for the page's links), the input as stored, the token the form carries, and the
/// commune's assessments an improvement or multi-index plan may rest on besides its main one.
/// </summary>
public sealed record PlanHeaderForm(RemediationPlan Plan, PlanHeaderInput Input, Guid ConcurrencyToken, IReadOnlyList<FurtherAssessmentChoice> Assessments);

/// <summary>One assessment of the commune as the header form offers it: "SIPAS 2022 — Khảo sát SIPAS …".</summary>
public sealed record FurtherAssessmentChoice(Guid Id, IndexKind Index, int Year, string SetName, bool IsSample)
{
    public string Label => $"{PlanKinds.ShortName(Index)} {Year} — {SetName}{(IsSample ? " (dữ liệu mẫu)" : string.Empty)}";
}

/// <summary>
/// The plan's document parts (header, legal bases, sections, recipients, signer): clerk of the commune, draft only (the
/// domain refuses another state with its message). A save based on a stale read is refused with what the other person
/// saved; the user's text stays in the form. Saving a returned plan reopens it as a draft first.
/// </summary>
public sealed class EditPlanHeader(CcHcDbContext db, PlanAccess access, TimeProvider clock)
{
    public async Task<CommandResult<PlanHeaderForm>> FormAsync(ClaimsPrincipal user, Guid planId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(user, planId, cancellationToken) is { } refused)
        {
            return refused.As<PlanHeaderForm>();
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, cancellationToken);
        return CommandResult.Done(new PlanHeaderForm(
            plan, PlanHeaderInput.From(plan), await db.ConcurrencyTokenAsync<RemediationPlan>(planId, cancellationToken), await ChoicesAsync(plan, cancellationToken)));
    }

    /// <summary>
    /// The commune's assessments up to the plan's last year other than its main one, newest first; none for a
    /// remediation plan, which rests on the assessment it remediates.
    /// </summary>
    private async Task<IReadOnlyList<FurtherAssessmentChoice>> ChoicesAsync(RemediationPlan plan, CancellationToken cancellationToken) =>
        plan.Kind == PlanKind.Remediation
            ? []
            : await (
                from a in db.Assessments.AsNoTracking()
                join set in db.CriteriaSets on a.CriteriaSetId equals set.Id
                where a.CommuneId == plan.CommuneId && a.Year <= plan.ToYear && a.Id != plan.AssessmentId
                orderby a.Year descending, set.IndexKind
                select new FurtherAssessmentChoice(a.Id, set.IndexKind, a.Year, set.Name, a.IsSample))
                .ToListAsync(cancellationToken);

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

            // A returned plan is reopened as a draft by its first edit (the domain's rule, recorded as that step).
            plan.ReopenForEditing(user.AsActor(), clock.GetUtcNow());

            // A symbol left at its form's default follows the form ("KH-UBND" ↔ "UBND"); one the clerk typed stays.
            var symbol = setup.Form != plan.Form && plan.DocumentSymbol == PlanKinds.DefaultSymbol(plan.Form) ? PlanKinds.DefaultSymbol(setup.Form) : plan.DocumentSymbol;
            if (setup != plan.Setup)
            {
                plan.UpdateSetup(setup);
            }

            if (input.EditsSetup && !input.FurtherAssessments.ToHashSet().SetEquals(plan.FurtherAssessmentIds))
            {
                var ids = input.FurtherAssessments.Distinct().ToList();
                // The tenant filter keeps other communes' assessments out: an id that is not found is not the clerk's.
                var chosen = await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
                if (chosen.Count != ids.Count)
                {
                    return CommandResult.Invalid(new FieldError("Input.FurtherAssessments", "Không tìm thấy kết quả đánh giá đã chọn; hãy tải lại trang."));
                }

                plan.RestOn(ids.Select(id => chosen.Single(a => a.Id == id)));
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
