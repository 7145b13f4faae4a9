using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Assessments;

/// <summary>Start the assessment of the clerk's commune for a year: the criteria set and the decision that published it.</summary>
public sealed class CreateModel(CcHcDbContext db) : PageModel
{
    [BindProperty]
    public AssessmentInfoInput Input { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Chọn bộ tiêu chí.")]
    [Display(Name = "Bộ tiêu chí")]
    public Guid? CriteriaSetId { get; set; }

    public IReadOnlyList<CriteriaSet> Sets { get; private set; } = [];

    public string CommuneName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        Input.Year = Sets.Count > 0 ? Sets.Max(s => s.Year) : DateTime.Today.Year - 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        var communeId = db.Scope.CommuneId!.Value;
        var set = Sets.FirstOrDefault(s => s.Id == CriteriaSetId);
        if (CriteriaSetId is not null && set is null)
        {
            ModelState.AddModelError(nameof(CriteriaSetId), "Bộ tiêu chí không hợp lệ.");
        }

        if (set is not null && await db.Assessments.AnyAsync(a => a.CommuneId == communeId && a.CriteriaSetId == set.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(CriteriaSetId), "Xã đã có kết quả theo bộ tiêu chí này; mở kết quả đó để sửa.");
        }

        var (decision, rank, total) = Input.Validate(ModelState, "Input");
        if (!ModelState.IsValid || set is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        try
        {
            var assessment = new Assessment(communeId, set, Input.Year, decision!);
            assessment.SetResult(total, rank, Input.Classification);
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToPage("Scores", new { id = assessment.Id });
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(AppRoles.Clerk) || db.Scope.CommuneId is not { } communeId)
        {
            return Forbid();
        }

        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == communeId, cancellationToken);
        CommuneName = commune.Name;
        Sets = await db.CriteriaSets.AsNoTracking()
            .Where(s => s.Province == commune.Province || s.Province == string.Empty)
            .OrderByDescending(s => s.Year).ThenBy(s => s.Name)
            .ToListAsync(cancellationToken);
        return null;
    }
}
