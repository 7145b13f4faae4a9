using CcHc.Infrastructure.Signatures;
using CcHc.Web.Features.Admin;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Communes;

/// <summary>
/// The commune's seal image for its digital signatures (<see cref="CommuneSealAdmin"/>): shows the current one and
/// takes a new PNG (≤ 1 MB). Administrators only (the /Admin folder's policy).
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[UploadSizeGuard(MaxRequestBytes = MaxRequestBytes)]
public sealed class SealModel(CommuneSealAdmin seals) : PageModel
{
    /// <summary>The PNG's 1 MB and the form around it.</summary>
    public const long MaxRequestBytes = PngImage.MaxFileBytes + (64 * 1024);

    public const string FileKey = "Upload";

    /// <summary>Set by <see cref="UploadSizeGuardAttribute"/> when it sent an oversized upload back here.</summary>
    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    public CommuneSealView? Commune { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Commune = await seals.LoadAsync(id, cancellationToken);
        if (Commune is null)
        {
            return NotFound();
        }

        if (TooLarge)
        {
            ModelState.AddModelError(FileKey, $"Ảnh con dấu lớn hơn {PngImage.MaxFileBytes / 1024} KB.");
        }

        return Page();
    }

    /// <summary>The current seal image, for the preview; 204 when the commune has none (the drawn seal is used).</summary>
    public async Task<IActionResult> OnGetImageAsync(Guid id, CancellationToken cancellationToken) =>
        await seals.LoadAsync(id, cancellationToken) switch
        {
            null => NotFound(),
            { Seal: { } png } => File(png, "image/png"),
            _ => new NoContentResult(),
        };

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? upload, CancellationToken cancellationToken)
    {
        Commune = await seals.LoadAsync(id, cancellationToken);
        if (Commune is null)
        {
            return NotFound();
        }

        var result = await seals.UploadAsync(id, upload, cancellationToken);
        if (result.Error is { } error)
        {
            ModelState.AddModelError(FileKey, error);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        TempData["Message"] = result.Message;
        return RedirectToPage(new { id });
    }
}
