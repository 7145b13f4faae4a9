using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Reports;

/// <summary>
/// The clerk writes the report of an issued plan version (<see cref="EditReport"/>): the overall assessment, the
/// proposals and the signer. After a stale save the other person's changes are shown, the clerk's text stays in the
/// form, and the form gets the current token so saving again is a deliberate choice.
/// </summary>
public sealed class EditModel(ReportQuery query, EditReport edit) : PageModel
{
    /// <summary>Checked by <see cref="EditReport"/> (after the caller is authorized), not by model binding.</summary>
    [BindProperty]
    [ValidateNever]
    public ReportText Input { get; set; } = new();

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    public ReportPage Report { get; private set; } = default!;

    public ConcurrencyConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken)
    {
        var result = await query.LoadAsync(User, planId, ReportOperations.Edit, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Report = result.Value!;
            if (Report.View is { } view)
            {
                Input = ReportText.From(view.Report);
                ConcurrencyToken = view.ConcurrencyToken;
            }

            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, CancellationToken cancellationToken)
    {
        var result = await edit.RunAsync(User, planId, ConcurrencyToken, Input, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Details", new { planId });
        }, async () =>
        {
            Report = (await query.LoadAsync(User, planId, ReportOperations.Edit, cancellationToken)).Value!;
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
