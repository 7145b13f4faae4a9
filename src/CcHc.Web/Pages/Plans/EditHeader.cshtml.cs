using CcHc.Domain.Plans;
using CcHc.Web.Features;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>The plan's document parts (<see cref="EditPlanHeader"/>): clerk only, draft only; a stale save shows what the other person saved.</summary>
public sealed class EditHeaderModel(EditPlanHeader command) : PageModel
{
    [BindProperty]
    public PlanHeaderInput Input { get; set; } = new();

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    public RemediationPlan Plan { get; private set; } = default!;

    public ConcurrencyConflict? Conflict { get; private set; }

    public IReadOnlyList<FurtherAssessmentChoice> Assessments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var form = await command.FormAsync(User, id, cancellationToken);
        if (form.Value is { } loaded)
        {
            (Plan, Input, ConcurrencyToken, Assessments) = (loaded.Plan, loaded.Input, loaded.ConcurrencyToken, loaded.Assessments);
        }

        return await this.AnswerAsync(form, Page, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await command.RunAsync(User, id, ModelState.IsValid ? Input : null, ConcurrencyToken, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Details", new { id });
        }, async () =>
        {
            // Redisplayed with the user's input; after a stale save the next one is based on what is now stored.
            var form = (await command.FormAsync(User, id, cancellationToken)).Value!;
            (Plan, Assessments) = (form.Plan, form.Assessments);
            if (result.Conflict is not null)
            {
                Conflict = result.Conflict;
                ConcurrencyToken = form.ConcurrencyToken;
                ModelState.Remove(nameof(ConcurrencyToken));
            }

            return Page();
        });
    }
}
