using CcHc.Web.Features;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>The plan workbook (Tổng hợp, Chi tiết, Nhiệm vụ); frozen bytes for an issued version. Audited as a download.</summary>
public sealed class XlsxModel(PlanDownloads downloads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await downloads.XlsxAsync(id, cancellationToken);
        return await this.AnswerAsync(result, () => File(result.Value!.Content, result.Value.ContentType, result.Value.FileName), () => Task.FromResult<IActionResult>(NotFound()));
    }
}
