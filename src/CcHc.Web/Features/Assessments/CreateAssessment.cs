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
public sealed record AssessmentCreationForm(Guid CommuneId, string CommuneName, IReadOnlyList<CriteriaSet> Sets, int DefaultYear)
{
    /// <summary>The commune's province ("tỉnh Hà Tĩnh").</summary>
    public string Province { get; init; } = string.Empty;

    /// <summary>Who imports the province's criteria sets for the commune: its oversight office by name, or null (an administrator).</summary>
    public string? OfficeName { get; init; }

    /// <summary>The year the clerk asked for (?year=), or null.</summary>
    public int? RequestedYear { get; init; }

    /// <summary>The years that have a set, newest first.</summary>
    public IReadOnlyList<int> Years => Sets.Select(s => s.Year).Distinct().OrderDescending().ToList();

    /// <summary>
    /// The empty state: the province has no set at all, or none for the year asked for. The clerk cannot start that
    /// year until one is imported, and the page says so and who to ask instead of showing a form that cannot work.
    /// </summary>
    public string? MissingSet
    {
        get
        {
            if (Sets.Count > 0 && (RequestedYear is not { } wanted || Sets.Any(s => s.Year == wanted)))
            {
                return null;
            }

            var what = RequestedYear is { } year ? $"bộ tiêu chí Chỉ số CCHC năm {year}" : "bộ tiêu chí Chỉ số CCHC nào";
            var who = OfficeName is { Length: > 0 } office
                ? $"Đề nghị {office} (cơ quan theo dõi {CommuneName}) nhập bộ tiêu chí của tỉnh cho năm cần đánh giá, hoặc liên hệ quản trị hệ thống."
                : "Xã chưa được gán cơ quan theo dõi: đề nghị quản trị hệ thống nhập bộ tiêu chí của tỉnh và gán cơ quan theo dõi cho xã.";
            return $"Chưa có {what} cho {(Province.Length == 0 ? "tỉnh của xã" : Province)}, nên chưa tạo được kết quả thẩm định. "
                + "Bộ tiêu chí do Sở Nội vụ (hoặc quản trị hệ thống) nhập một lần cho cả tỉnh, xã không tự nhập. " + who;
        }
    }
}

/// <summary>
/// The clerk starts the assessment of their commune for a year: the criteria set and the decision that published it.
/// One assessment per commune and criteria set. Done with the new assessment's id.
/// </summary>
public sealed class CreateAssessment(CcHcDbContext db, IAuthorizationService authorization, TimeProvider clock)
{
    /// <param name="year">The year the clerk wants to start (?year=), or null: the form then proposes the latest set's year.</param>
    public async Task<CommandResult<AssessmentCreationForm>> FormAsync(ClaimsPrincipal user, CancellationToken cancellationToken, int? year = null)
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
        var defaultYear = year is >= 2000 and <= 2100 ? year.Value : sets.Count > 0 ? sets.Max(s => s.Year) : VietnamTime.Today(clock).Year - 1;
        var office = commune.OversightOfficeId is { } officeId
            ? await db.OversightOffices.AsNoTracking().Where(o => o.Id == officeId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        return CommandResult.Done(new AssessmentCreationForm(communeId, commune.Name, sets, defaultYear)
        {
            Province = commune.Province,
            OfficeName = office,
            RequestedYear = year is >= 2000 and <= 2100 ? year : null,
        });
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
