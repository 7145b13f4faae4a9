using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.ProgressReports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.ProgressReports;

/// <summary>
/// The clerk writes the progress report of a period (<see cref="EditProgressReport"/>): the overall assessment, the
/// focus of the next period, the proposals and the signer. A stale save shows the other person's changes and keeps
/// the clerk's text, with the current token.
/// </summary>
public sealed class EditModel(ProgressReportQuery query, EditProgressReport edit) : PageModel
{
    [BindProperty]
    [ValidateNever]
    public ProgressText Input { get; set; } = new();

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    public ProgressReportPage Report { get; private set; } = default!;

    public ConcurrencyConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, string period, CancellationToken cancellationToken)
    {
        var result = await query.LoadAsync(User, planId, period, ReportOperations.Edit, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Report = result.Value!;
            if (Report.View is { } view)
            {
                Input = ProgressText.From(view.Report);
                ConcurrencyToken = view.ConcurrencyToken;
            }

            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, string period, CancellationToken cancellationToken)
    {
        var result = await edit.RunAsync(User, planId, period, ConcurrencyToken, Input, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Details", new { planId, period });
        }, async () =>
        {
            Report = (await query.LoadAsync(User, planId, period, ReportOperations.Edit, cancellationToken)).Value!;
            if (result.Conflict is not null)
            {
                Conflict = result.Conflict;
                ModelState.Remove(nameof(ConcurrencyToken));
                ConcurrencyToken = Report.View?.ConcurrencyToken ?? Guid.Empty;
            }

            return Page();
        });
    }
}
