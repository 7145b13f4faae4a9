using CcHc.Web.Features;
using CcHc.Web.Features.Dashboard;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Dashboard;

/// <summary>Tổng quan of one commune (<see cref="CommuneDashboardQuery"/>); a reviewer or the administrator picks one (?communeId=).</summary>
[Authorize(Policy = Policies.CommuneOrOffice)]
public sealed class IndexModel(CommuneDashboardQuery query, CcHc.Web.Features.Office.OversightNotices notices, CcHc.Web.Features.Home.HomeTodoQuery todo) : PageModel
{
    /// <summary>The caller's next steps, on their own commune's dashboard (commune roles only).</summary>
    public CcHc.Web.Features.Home.HomeTodo? Todo { get; private set; }

    /// <summary>The office's open requests to revise the commune's issued plans.</summary>
    public IReadOnlyList<CcHc.Domain.Plans.RevisionRequest> OpenRevisions { get; private set; } = [];

    /// <summary>The office's due date that matters now (the next one, else the latest set).</summary>
    public CcHc.Domain.Communes.SubmissionDueDate? DueDate { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? CommuneId { get; set; }

    public CommuneDashboard Dashboard { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await query.LoadAsync(CommuneId, cancellationToken);
        if (result.Succeeded && result.Value!.Commune is { } commune)
        {
            OpenRevisions = await notices.OpenOfCommuneAsync(commune.Id, cancellationToken);
            DueDate = await notices.DueDateOfAsync(commune.OversightOfficeId, result.Value.Today, cancellationToken);
            if (new CcHc.Web.Features.Authorization.CommuneScope(commune.Id, commune.OversightOfficeId).IsOwnCommuneOf(User))
            {
                Todo = await todo.LoadAsync(User, cancellationToken);
            }
        }

        return await this.AnswerAsync(result, () =>
        {
            Dashboard = result.Value!;
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }
}
