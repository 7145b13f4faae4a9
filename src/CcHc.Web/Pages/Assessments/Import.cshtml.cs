using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Assessments;

/// <summary>
/// Scores from a file in the import format (Mã, Nội dung, Cấp, Điểm tối đa, Điểm thẩm định, optional Điểm tự đánh giá,
/// Điểm bị trừ theo văn bản, Nguyên nhân), matched to the set's criteria by code or, without a code, by title.
/// Every problem is listed by row and column and nothing is saved unless the whole file is right.
/// </summary>
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
[UploadSizeGuard]
public sealed class ImportModel(CcHcDbContext db, AssessmentScoreImporter importer) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    public Assessment Assessment { get; private set; } = default!;

    public CriteriaSet CriteriaSet { get; private set; } = default!;

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, track: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (TooLarge)
        {
            ModelState.AddModelError(nameof(Upload), "Tệp lớn hơn 5 MB.");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, track: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await AssessmentAccess.IsLockedAsync(db, id, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, AssessmentAccess.LockedMessage);
            return Unprocessable();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Chọn tệp .xlsx hoặc .csv có dữ liệu.");
            return Unprocessable();
        }

        await using var stream = Upload.OpenReadStream();
        var result = await importer.ImportAsync(stream, Upload.FileName, Upload.Length, CriteriaSet, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Unprocessable();
        }

        var errors = new List<ImportError>();
        foreach (var row in result.Value!)
        {
            try
            {
                Assessment.RecordScore(row.Node, row.Appraised, row.StatedDeduction, row.SelfAssessed, row.Reason);
            }
            catch (DomainException ex)
            {
                errors.Add(new ImportError(row.RowNumber, null, ex.Message));
            }
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            db.ChangeTracker.Clear();
            return Unprocessable();
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Đã nhập điểm của {result.Value!.Count} tiêu chí từ tệp {Upload.FileName}.";
        return RedirectToPage("Scores", new { id });
    }

    private PageResult Unprocessable()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool track, CancellationToken cancellationToken)
    {
        var assessments = track ? db.Assessments : db.Assessments.AsNoTracking();
        var assessment = await assessments.Include(a => a.Scores).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return NotFound();
        }

        if (!User.IsInRole(AppRoles.Clerk))
        {
            return Forbid();
        }

        Assessment = assessment;
        CriteriaSet = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleAsync(s => s.Id == assessment.CriteriaSetId, cancellationToken);
        return null;
    }
}
