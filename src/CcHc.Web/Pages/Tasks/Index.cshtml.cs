using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Tracking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Tasks;

/// <summary>"Việc của tôi" (<see cref="MyTasksQuery"/>), filtered: all, overdue, due soon, not done.</summary>
[Authorize(Roles = TaskOperations.MyTasksRoles)]
public sealed class IndexModel(MyTasksQuery query) : PageModel
{
    /// <summary>The roles that have the list (the menu shows it to them).</summary>
    public static readonly string[] Roles = TaskOperations.MyTasksRoles.Split(',');

    [BindProperty(SupportsGet = true, Name = "filter")]
    public string? Filter { get; set; }

    public string ActiveFilter => MyTasks.Normalize(Filter);

    public MyTasks Tasks { get; private set; } = default!;

    /// <summary>The rows the active filter keeps.</summary>
    public IReadOnlyList<TaskRow> Rows => Tasks.Rows.Where(r => MyTasks.Matches(r, ActiveFilter)).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tasks = await query.LoadAsync(User, cancellationToken);
}
