using CcHc.Web.Features;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>"Tạo kế hoạch mới" (<see cref="CreatePlan"/>): the kind and form first, then the period, indices and components; clerk of the commune only.</summary>
public sealed class CreateModel(CreatePlan command) : PageModel
{
    [BindProperty]
    public NewPlanInput Input { get; set; } = new();

    public NewPlanForm Form { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var form = await command.FormAsync(User, communeId, cancellationToken);
        return await this.AnswerAsync(form, () =>
        {
            Form = form.Value!;
            Input.FromYear = Input.ToYear = Form.DefaultYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var result = await command.RunAsync(User, communeId, ModelState.IsValid ? Input : null, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Details", new { id = result.Value });
        }, async () =>
        {
            Form = (await command.FormAsync(User, communeId, cancellationToken)).Value!;
            return Page();
        });
    }
}
