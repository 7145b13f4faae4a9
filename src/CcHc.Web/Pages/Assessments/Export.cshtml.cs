using CcHc.Web.Features;
using CcHc.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Assessments;

/// <summary>The score sheet as .xlsx in the import format (<see cref="ExportScoreSheet"/>).</summary>
public sealed class ExportModel(ExportScoreSheet export) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await export.RunAsync(id, cancellationToken);
        return await this.AnswerAsync(result, () => File(result.Value!.Content, result.Value.ContentType, result.Value.FileName), () => Task.FromResult<IActionResult>(NotFound()));
    }
}
