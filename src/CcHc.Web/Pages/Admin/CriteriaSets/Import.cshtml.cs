using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Features;
using CcHc.Web.Features.Criteria;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>
/// A new criteria set from an .xlsx or .csv in the template's format (<see cref="ImportCriteriaSet"/>): any problem, in
/// the file or in its rows, is listed as Dòng | Cột | Lỗi and nothing is saved; warnings only are shown in a preview
/// that is confirmed (the confirmation posts the previewed rows back, not the file); on success the set opens in the
/// editor. Uploads over 5 MB are stopped before the body is read (<see cref="UploadSizeGuardAttribute"/>).
/// Administrators for any province, a province's reviewer for its own (the province is then fixed).
/// </summary>
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
[UploadSizeGuard]
public sealed class ImportModel(ImportCriteriaSet importCriteriaSet, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Set by <see cref="UploadSizeGuardAttribute"/> when it sent an oversized upload back here.</summary>
    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public IReadOnlyList<string> Provinces { get; private set; } = [];

    /// <summary>A reviewer's province, which the set is for; null for an administrator, who chooses.</summary>
    public string? FixedProvince { get; private set; }

    /// <summary>Warnings to confirm before the set is saved.</summary>
    public CriteriaSetPreview? Preview { get; private set; }

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

        [Display(Name = "Tệp bảng tính (.xlsx hoặc .csv, tối đa 5 MB)")]
        public IFormFile? File { get; set; }

        /// <summary>Sent back by the preview's confirmation: the rows read from the file (JSON).</summary>
        public string? PreviewRows { get; set; }

        /// <summary>Sent back by the preview's confirmation: the key of the warnings shown.</summary>
        public string? AcceptedWarnings { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        Input.Province = FixedProvince ?? Input.Province;
        Input.Year = VietnamTime.Today(clock).Year;
        if (TooLarge)
        {
            ModelState.AddModelError("Input.File", TabularFileReader.TooLarge);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The guard has already sent oversized requests back; this is the same rule where it did not run.
        if (Request.ContentLength > UploadLimits.MaxRequestBytes || Input.File is { Length: > UploadLimits.MaxFileBytes })
        {
            ModelState.AddModelError("Input.File", TabularFileReader.TooLarge);
        }

        var input = new CriteriaSetImportInput(Input.Name, Input.IndexKind, Input.Province, Input.Year, Input.Coverage, Input.PreviewRows, Input.AcceptedWarnings);
        await using var content = Input.File?.OpenReadStream();
        var file = Input.File is { } upload ? new UploadedTable(content!, upload.FileName, upload.Length) : null;
        var (result, fileErrors, preview) = await importCriteriaSet.RunAsync(input, file, ModelState.IsValid, User, cancellationToken);
        if (preview is not null)
        {
            Preview = preview;
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Edit", new { id = result.Value });
        }, async () =>
        {
            Errors = fileErrors;
            await LoadChoicesAsync(cancellationToken);
            return Page();
        });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        FixedProvince = await importCriteriaSet.FixedProvinceAsync(User, cancellationToken);
        Provinces = FixedProvince is { } own ? [own] : await importCriteriaSet.ProvincesAsync(cancellationToken);
    }
}
