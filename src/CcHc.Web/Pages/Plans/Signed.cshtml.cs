using CcHc.Domain.Plans;
using CcHc.Infrastructure.Exports;
using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Plans;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>
/// The digitally signed copies of an issued version (bản ký số): every commune reader and the office see and download
/// them; the clerk uploads the PDF signed with the provincial tool (<see cref="UploadSignedCopy"/>: checked, audited; a
/// "Hợp lệ" copy becomes the official file, a "Chưa xác định" one never does).
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[UploadSizeGuard(MaxRequestBytes = MaxRequestBytes)]
public sealed class SignedModel(SignedCopiesQuery query) : PageModel
{
    /// <summary>The file plus the form around it.</summary>
    public const long MaxRequestBytes = SignedCopyChecker.MaxBytes + (64 * 1024);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    public SignedCopies Overview { get; private set; } = default!;

    public PlanView View => Overview.View;

    public IReadOnlyList<SignedCopies.Row> Copies => Overview.Copies;

    /// <summary>The official copy (the latest "Hợp lệ" one), or null.</summary>
    public Guid? OfficialCopyId => Overview.Official.SignedCopyId;

    public bool MayUpload => View.Plan.Status == PlanStatus.Issued
        && SignedCopyOperations.Allows(User, new PlanResource(new CommuneScope(View.Commune.Id, View.Commune.OversightOfficeId), View.Plan.Status), SignedCopyOperations.Upload);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (TooLarge)
        {
            ModelState.AddModelError(nameof(Upload), SignedCopyChecker.TooLargeMessage);
        }

        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] UploadSignedCopy command, CancellationToken cancellationToken)
    {
        var result = await command.RunAsync(User, id, Upload, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Flash"] = result.Value!.Flash;
            TempData["FlashKind"] = result.Value.Official ? "success" : "warning";
            return RedirectToPage(new { id });
        }, async () =>
        {
            // A refused file is an answer, not a failed request: the page with the reason beside the field (200); all
            // checks busy is 503 with Retry-After.
            var page = await LoadAsync(id, cancellationToken);
            if (page is PageResult shown)
            {
                shown.StatusCode = result.Value is { Busy: true } ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
                if (result.Value is { Busy: true })
                {
                    Response.Headers.RetryAfter = "5";
                }
            }

            return page;
        });
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid copyId, [FromServices] PlanDownloads downloads, CancellationToken cancellationToken)
    {
        var result = await downloads.SignedCopyAsync(id, copyId, cancellationToken);
        return await this.AnswerAsync(result, () => File(result.Value!.Content, result.Value.ContentType, result.Value.FileName), () => Task.FromResult<IActionResult>(NotFound()));
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(id, cancellationToken) is not { } signed)
        {
            return NotFound();
        }

        Overview = signed;
        return Page();
    }
}
