using CcHc.Web.Features;
using CcHc.Web.Features.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Tasks;

/// <summary>
/// Downloads one evidence file (<see cref="EvidenceDownload"/>): sent as an attachment with the type recognised at
/// upload and nosniff, so a browser never renders it in the app's origin.
/// </summary>
public sealed class EvidenceModel(EvidenceDownload download) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await download.OpenAsync(User, id, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Response.Headers.XContentTypeOptions = "nosniff";
            return File(result.Value!.Content, result.Value.ContentType, result.Value.FileName);
        }, () => Task.FromResult<IActionResult>(NotFound()));
    }
}
