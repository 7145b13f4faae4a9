using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>
/// A new criteria set from an .xlsx or .csv in the template's format. The file is read defensively
/// (<see cref="TabularFileReader"/>): any problem, in the file or in its rows, is listed as Dòng | Cột | Lỗi and nothing
/// is saved. On success the set gets the default classification bands and the administrator goes on to edit it.
/// Uploads over 5 MB are stopped before the body is read (<see cref="UploadSizeGuardAttribute"/>). Administrators only.
/// </summary>
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
[UploadSizeGuard]
public sealed class ImportModel(CcHcDbContext db, CriteriaSetImporter importer, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Set by <see cref="UploadSizeGuardAttribute"/> when it sent an oversized upload back here.</summary>
    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public IReadOnlyList<string> Provinces { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nhập tên bộ tiêu chí.")]
        [StringLength(300, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Tên bộ tiêu chí (ví dụ: Chỉ số CCHC cấp xã năm 2024 – tỉnh Hà Tĩnh)")]
        public string? Name { get; set; }

        [Display(Name = "Chỉ số")]
        public IndexKind IndexKind { get; set; } = IndexKind.ParIndex;

        [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Tỉnh (ví dụ: tỉnh Hà Tĩnh; để trống nếu dùng cho mọi tỉnh)")]
        public string? Province { get; set; }

        [Required(ErrorMessage = "Nhập năm.")]
        [Range(2000, 2100, ErrorMessage = "Năm phải từ {1} đến {2}.")]
        [Display(Name = "Năm đánh giá")]
        public int? Year { get; set; }

        [Display(Name = "Phạm vi")]
        public CriteriaCoverage Coverage { get; set; } = CriteriaCoverage.Complete;

        [Required(ErrorMessage = "Chọn tệp .xlsx hoặc .csv.")]
        [Display(Name = "Tệp bảng tính (.xlsx hoặc .csv UTF-8, tối đa 5 MB)")]
        public IFormFile? File { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Provinces = await CriteriaSetLabels.ProvincesAsync(db, cancellationToken);
        Input.Year = VietnamTime.Today(clock).Year;
        if (TooLarge)
        {
            ModelState.AddModelError("Input.File", TabularFileReader.TooLarge);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Provinces = await CriteriaSetLabels.ProvincesAsync(db, cancellationToken);

        // The guard has already sent oversized requests back; this is the same rule where it did not run.
        if (Request.ContentLength > UploadLimits.MaxRequestBytes || Input.File is { Length: > UploadLimits.MaxFileBytes })
        {
            ModelState.AddModelError("Input.File", TabularFileReader.TooLarge);
        }

        if (!CriteriaSetLabels.IndexKinds.Contains(Input.IndexKind) || !CriteriaSetLabels.Coverages.Contains(Input.Coverage))
        {
            ModelState.AddModelError(string.Empty, "Chỉ số hoặc phạm vi không hợp lệ.");
        }

        var name = Input.Name?.Trim() ?? string.Empty;
        if (Input.Year is { } year && await db.CriteriaSets.AnyAsync(s => s.Name == name && s.Year == year, cancellationToken))
        {
            ModelState.AddModelError("Input.Name", $"Đã có bộ tiêu chí \"{name}\" năm {year}. Đặt tên khác, hoặc sửa bộ đã có.");
        }

        if (!ModelState.IsValid)
        {
            return Refused();
        }

        var file = Input.File!;
        var description = new CriteriaSetDescription(name, Input.IndexKind, Input.Province?.Trim() ?? string.Empty, Input.Year!.Value, Input.Coverage);
        ImportResult<CriteriaSet> result;
        await using (var content = file.OpenReadStream())
        {
            result = await importer.ImportAsync(content, file.FileName, file.Length, description, cancellationToken);
        }

        if (result.Value is not { } set)
        {
            Errors = result.Errors;
            return Refused();
        }

        set.SetClassificationBands(CriteriaSet.DefaultParIndexBands);
        db.CriteriaSets.Add(set);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Đã nhập bộ tiêu chí \"{set.Name}\": {set.Fields.Count()} lĩnh vực, {set.Nodes.Count} dòng. Kiểm tra lại cây tiêu chí và ngưỡng xếp loại bên dưới.";
        return RedirectToPage("Edit", new { id = set.Id });
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
