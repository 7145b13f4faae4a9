using System.ComponentModel.DataAnnotations;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Features;
using CcHc.Web.Features.Admin;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Units;

/// <summary>
/// Imports the official list of units (<see cref="ImportUnits"/>) in two steps: the preview says what would change
/// (nothing saved), the apply step does it if the plan is still the one previewed. The list is the copy shipped with
/// CcHc or an uploaded later version (≤ 5 MB; its errors listed row by row, nothing saved); an upload travels from the
/// preview to the apply step compressed in the form, and is read and checked again there. Administrators only.
/// </summary>
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes, ValueLengthLimit = (int)UploadLimits.MaxRequestBytes)]
[UploadSizeGuard]
public sealed class ImportModel(ImportUnits importUnits, UnitListImporter importer) : PageModel
{
    public const string ShippedSource = "shipped";
    public const string UploadSource = "upload";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Set by <see cref="UploadSizeGuardAttribute"/> when it sent an oversized upload back here.</summary>
    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public IReadOnlyList<ShippedProvince> Provinces { get; private set; } = [];

    public UnitImportPreview? Preview { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Chọn danh sách cần nhập.")]
        [RegularExpression("^(shipped|upload)$", ErrorMessage = "Chọn danh sách cần nhập.")]
        public string? Source { get; set; } = ShippedSource;

        [Display(Name = "Tệp danh sách mới hơn (.csv UTF-8 hoặc .xlsx, tối đa 5 MB)")]
        public IFormFile? File { get; set; }

        [RegularExpression(@"^\d{1,3}$", ErrorMessage = "Tỉnh không hợp lệ.")]
        [Display(Name = "Tỉnh, thành phố")]
        public string? ProvinceCode { get; set; }

        [Required(ErrorMessage = "Nhập ngày có hiệu lực.")]
        [Display(Name = "Ngày có hiệu lực của các thay đổi")]
        public DateOnly? EffectiveDate { get; set; } = new DateOnly(2025, 7, 1);

        /// <summary>The uploaded list, gzip then base64, carried from the preview to the apply step.</summary>
        public string? Payload { get; set; }

        public string? FileName { get; set; }

        public string? Fingerprint { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Provinces = await importer.ProvincesAsync(cancellationToken);
        if (TooLarge)
        {
            ModelState.AddModelError("Input.File", TabularFileReader.TooLarge);
        }
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var source = await SourceAsync(fromUpload: true, cancellationToken);
        if (source is null || !ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }

        var read = await importUnits.ReadAsync(source, cancellationToken);
        if (read.Value is not { } file)
        {
            Errors = read.Errors;
            return await RedisplayAsync(cancellationToken);
        }

        var choice = new UnitImportChoice(Input.ProvinceCode, Input.EffectiveDate!.Value);
        Preview = await importUnits.PreviewAsync(file, choice, cancellationToken);
        if (Preview.Plan.Units.Count == 0)
        {
            ModelState.AddModelError("Input.ProvinceCode", "Tệp không có đơn vị nào của tỉnh đã chọn.");
            Preview = null;
            return await RedisplayAsync(cancellationToken);
        }

        Input.Fingerprint = Preview.Fingerprint;
        Input.Payload = source.Upload is { } bytes ? Convert.ToBase64String(UnitListImporter.Pack(bytes)) : null;
        Input.FileName = source.FileName;
        Input.Source = source.IsShipped ? ShippedSource : UploadSource;
        ModelState.Clear();
        Provinces = await importer.ProvincesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Fingerprint))
        {
            ModelState.AddModelError(string.Empty, "Hãy xem trước các thay đổi rồi mới áp dụng.");
        }

        var source = await SourceAsync(fromUpload: false, cancellationToken);
        if (source is null || !ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }

        var read = await importUnits.ReadAsync(source, cancellationToken);
        if (read.Value is not { } file)
        {
            Errors = read.Errors;
            return await RedisplayAsync(cancellationToken);
        }

        var result = await importUnits.ApplyAsync(file, new UnitImportChoice(Input.ProvinceCode, Input.EffectiveDate!.Value), Input.Fingerprint!, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Index", new { tinh = Input.ProvinceCode });
        }, () => RedisplayAsync(cancellationToken));
    }

    /// <summary>The list chosen: the shipped one, the file uploaded (preview) or the one carried in the form (apply); null after a field error.</summary>
    private async Task<UnitListSource?> SourceAsync(bool fromUpload, CancellationToken cancellationToken)
    {
        if (Input.Source == ShippedSource)
        {
            return UnitListSource.Shipped;
        }

        if (Input.Source != UploadSource)
        {
            return null;
        }

        if (fromUpload)
        {
            if (Request.ContentLength > UploadLimits.MaxRequestBytes || Input.File is { Length: > UploadLimits.MaxFileBytes })
            {
                ModelState.AddModelError("Input.File", TabularFileReader.TooLarge);
                return null;
            }

            if (Input.File is not { Length: > 0 } upload)
            {
                ModelState.AddModelError("Input.File", "Chọn tệp danh sách để tải lên.");
                return null;
            }

            await using var content = upload.OpenReadStream();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            return new UnitListSource(copy.ToArray(), Path.GetFileName(upload.FileName));
        }

        byte[]? bytes = null;
        try
        {
            bytes = Input.Payload is { Length: > 0 } payload ? UnitListImporter.Unpack(Convert.FromBase64String(payload)) : null;
        }
        catch (FormatException)
        {
            bytes = null;
        }

        if (bytes is null)
        {
            ModelState.AddModelError("Input.File", "Không còn tệp đã xem trước; hãy tải tệp lên và xem trước lại.");
            return null;
        }

        return new UnitListSource(bytes, Path.GetFileName(Input.FileName ?? "danh-sach.csv"));
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        Provinces = await importer.ProvincesAsync(cancellationToken);
        Preview = null;
        Input.Fingerprint = null;
        Input.Payload = null;
        if (Response.StatusCode == StatusCodes.Status200OK)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
