using CcHc.Web.Features;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>Carrying a predecessor's open tasks into this draft (<see cref="CarryOverTasks"/>): the clerk chooses them.</summary>
public sealed class CarryOverModel(CarryOverTasks command) : PageModel
{
    [BindProperty]
    public Guid SourceId { get; set; }

    [BindProperty]
    public List<Guid> TaskIds { get; set; } = [];

    public CarryOverForm Form { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var form = await command.FormAsync(User, id, cancellationToken);
        return await this.AnswerAsync(form, () => Show(form.Value!), () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await command.RunAsync(User, id, SourceId, TaskIds, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Details", new { id });
        }, async () => Show((await command.FormAsync(User, id, cancellationToken)).Value!));
    }

    private PageResult Show(CarryOverForm form)
    {
        Form = form;
        return Page();
    }
}
