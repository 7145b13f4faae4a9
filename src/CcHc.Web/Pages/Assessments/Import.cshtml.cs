using CcHc.Domain.Assessments;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Features;
using CcHc.Web.Features.Assessments;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Assessments;

/// <summary>
/// Scores from a file in the import format (Mã, Nội dung, Cấp, Điểm tối đa, Điểm thẩm định, optional Điểm tự đánh giá,
/// Điểm bị trừ theo văn bản, Nguyên nhân), through <see cref="ImportScores"/>: every problem is listed by row and
/// column and nothing is saved unless the whole file is right. The form carries the assessment's concurrency token.
/// </summary>
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
[UploadSizeGuard]
public sealed class ImportModel(ImportScores importScores) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    [BindProperty(SupportsGet = true, Name = UploadSizeGuardAttribute.QueryFlag)]
    public bool TooLarge { get; set; }

    public Assessment Assessment { get; private set; } = default!;

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var form = await importScores.FormAsync(id, User, cancellationToken);
        return await this.AnswerAsync(form, () =>
        {
            Assessment = form.Value!.Assessment;
            ConcurrencyToken = form.Value.ConcurrencyToken;
            if (TooLarge)
            {
                ModelState.AddModelError(nameof(Upload), "Tệp lớn hơn 5 MB.");
            }

            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var content = Upload?.OpenReadStream();
        var upload = Upload is null || content is null ? null : new ScoreUpload(content, Upload.FileName, Upload.Length);
        var result = await importScores.RunAsync(id, ConcurrencyToken, upload, User, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Scores", new { id });
        }, async () =>
        {
            var form = await importScores.FormAsync(id, User, cancellationToken);
            if (form.Value is null)
            {
                return NotFound();
            }

            Assessment = form.Value.Assessment;
            Errors = result.Value ?? [];
            Conflict = result.Conflict;
            if (result.Status == CommandStatus.Stale)
            {
                ModelState.Remove(nameof(ConcurrencyToken));
                ConcurrencyToken = form.Value.ConcurrencyToken;
            }

            return Page();
        });
    }
}
