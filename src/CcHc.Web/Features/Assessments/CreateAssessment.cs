using System.Security.Claims;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Assessments;

/// <summary>What the form offers: the caller's commune, the criteria sets of its province (or of every province), a default year.</summary>
public sealed record AssessmentCreationForm(Guid CommuneId, string CommuneName, IReadOnlyList<CriteriaSet> Sets, int DefaultYear);

/// <summary>
/// The clerk starts the assessment of their commune for a year: the criteria set and the decision that published it.
/// One assessment per commune and criteria set. Done with the new assessment's id.
/// </summary>
public sealed class CreateAssessment(CcHcDbContext db, IAuthorizationService authorization, TimeProvider clock)
{
    public async Task<CommandResult<AssessmentCreationForm>> FormAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (db.Scope.CommuneId is not { } communeId
            || !(await authorization.AuthorizeAsync(user, await AssessmentResource.OfCommuneAsync(db, communeId, cancellationToken), AssessmentOperations.Edit)).Succeeded)
        {
            return CommandResult.Forbidden().As<AssessmentCreationForm>();
        }

        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == communeId, cancellationToken);
        var sets = await db.CriteriaSets.AsNoTracking()
            .Where(s => s.Province == commune.Province || s.Province == string.Empty)
            .OrderByDescending(s => s.Year).ThenBy(s => s.Name)
            .ToListAsync(cancellationToken);
        var defaultYear = sets.Count > 0 ? sets.Max(s => s.Year) : VietnamTime.Today(clock).Year - 1;
        return CommandResult.Done(new AssessmentCreationForm(communeId, commune.Name, sets, defaultYear));
    }

    /// <param name="formIsValid">False when the form's own checks failed: nothing is saved, every other problem is still reported.</param>
    public async Task<CommandResult<Guid>> RunAsync(
        AssessmentCreationForm form, Guid? criteriaSetId, AssessmentInfoInput input, bool formIsValid, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var set = form.Sets.FirstOrDefault(s => s.Id == criteriaSetId);
        if (criteriaSetId is not null && set is null)
        {
            errors.Add(new FieldError("CriteriaSetId", "Bộ tiêu chí không hợp lệ."));
        }

        if (set is not null && await db.Assessments.AnyAsync(a => a.CommuneId == form.CommuneId && a.CriteriaSetId == set.Id, cancellationToken))
        {
            errors.Add(new FieldError("CriteriaSetId", "Xã đã có kết quả theo bộ tiêu chí này; mở kết quả đó để sửa."));
        }

        var (decision, rank, total) = input.Validate(errors, "Input");
        if (!formIsValid || errors.Count > 0 || set is null || decision is null)
        {
            return CommandResult.Invalid(errors).As<Guid>();
        }

        try
        {
            var assessment = new Assessment(form.CommuneId, set, input.Year, decision);
            assessment.SetResult(total, rank, input.Classification);
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(assessment.Id);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => $"Input.{field}").As<Guid>();
        }
    }
}
