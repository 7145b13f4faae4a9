using CcHc.Web.Features;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>
/// The plan version as PDF (<see cref="PlanDownloads"/>): for an issued version its official file — the latest "Hợp lệ"
/// signed copy, else the frozen export; "exportOnly" asks for the frozen export ("PDF chưa ký"). Without a browser on
/// the server the page says so in plain words (503).
/// </summary>
public sealed class PdfModel(PlanDownloads downloads) : PageModel
{
    public string? Problem { get; private set; }

    public Guid PlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool exportOnly, CancellationToken cancellationToken)
    {
        PlanId = id;
        var result = await downloads.PdfAsync(id, exportOnly, cancellationToken);
        return await this.AnswerAsync(result, () => File(result.Value!.Content, result.Value.ContentType, result.Value.FileName), () =>
        {
            Problem = result.Errors[0].Message;
            return Task.FromResult<IActionResult>(new PageResult { StatusCode = StatusCodes.Status503ServiceUnavailable });
        });
    }
}
