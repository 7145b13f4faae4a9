using CcHc.Web.Features;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>The plan as a Word document (.docx), same content as the PDF; frozen bytes for an issued version. Audited as a download.</summary>
public sealed class DocxModel(PlanDownloads downloads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await downloads.DocxAsync(id, cancellationToken);
        return await this.AnswerAsync(result, () => File(result.Value!.Content, result.Value.ContentType, result.Value.FileName), () => Task.FromResult<IActionResult>(NotFound()));
    }
}
