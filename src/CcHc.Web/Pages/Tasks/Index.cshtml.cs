using CcHc.Domain.Common;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Tasks;

/// <summary>
/// "Việc của tôi": the tasks of the commune's tracked plans. A staff member sees the tasks whose item names one of
/// their positions as lead (chủ trì) or support (phối hợp); the clerk and the chairman see all of them. Overdue first,
/// then due soon, then by due date. Two queries: the items with their tasks, and the position titles.
/// </summary>
public sealed class IndexModel(CcHcDbContext db, TimeProvider clock) : PageModel
{
    public static readonly string[] Roles = [AppRoles.Staff, AppRoles.Clerk, AppRoles.Chairman];

    public const string All = "all";
    public const string Overdue = "overdue";
    public const string DueSoon = "duesoon";
    public const string Open = "open";

    public static IReadOnlyList<(string Key, string Label)> Filters { get; } =
        [(All, "Tất cả"), (Overdue, "Quá hạn"), (DueSoon, "Sắp đến hạn"), (Open, "Chưa hoàn thành")];

    [BindProperty(SupportsGet = true, Name = "filter")]
    public string? Filter { get; set; }

    public string ActiveFilter => Filters.Any(f => f.Key == Filter) ? Filter! : All;

    public bool IsStaff { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<TaskRow> Rows { get; private set; } = [];

    /// <summary>All the caller's tasks before filtering, to count them per filter.</summary>
    public IReadOnlyList<TaskRow> AllRows { get; private set; } = [];

    public sealed record TaskRow(
        Guid TaskId,
        string ItemHeading,
        int ItemOrder,
        int TaskOrder,
        string Description,
        string LeadTitle,
        Deadline? Deadline,
        TaskProgress Progress,
        DueState State,
        TaskRole? Role);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Roles.Any(User.IsInRole))
        {
            return Forbid();
        }

        IsStaff = User.IsInRole(AppRoles.Staff);
        Today = VietnamTime.Today(clock);
        var mine = User.PositionIds();

        var tracked = TrackedPlans.Query(db);
        var items = await db.PlanItems.AsNoTracking()
            .Where(i => tracked.Any(p => p.Id == i.PlanId))
            .Include(i => i.Tasks)
            .ToListAsync(cancellationToken);
        var titles = await db.Positions.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);

        var rows = new List<TaskRow>();
        foreach (var item in items)
        {
            TaskRole? role = item.LeadPositionId is { } lead && mine.Contains(lead) ? TaskRole.Lead
                : item.SupportPositionIds.Any(mine.Contains) ? TaskRole.Support
                : null;
            if (IsStaff && role is null)
            {
                continue;
            }

            var leadTitle = item.LeadPositionId is { } id && titles.TryGetValue(id, out var title) ? title : Formatting.Unknown;
            rows.AddRange(item.Tasks.Select(task => new TaskRow(
                task.Id, item.Heading, item.Order, task.Order, task.Description, leadTitle, TaskSchedule.EffectiveDeadline(item, task),
                task.Progress, TaskSchedule.Classify(item, task, Today), IsStaff ? role : null)));
        }

        AllRows = rows
            .OrderBy(r => Rank(r.State))
            .ThenBy(r => r.Deadline?.DueDate ?? DateOnly.MaxValue)
            .ThenBy(r => r.ItemOrder).ThenBy(r => r.TaskOrder)
            .ToList();
        Rows = AllRows.Where(r => Matches(r, ActiveFilter)).ToList();
        return Page();
    }

    public static bool Matches(TaskRow row, string filter) => filter switch
    {
        Overdue => row.State == DueState.Overdue,
        DueSoon => row.State == DueState.DueSoon,
        Open => row.Progress != TaskProgress.Done,
        _ => true,
    };

    private static int Rank(DueState state) => state switch
    {
        DueState.Overdue => 0,
        DueState.DueSoon => 1,
        DueState.OnTime => 2,
        DueState.NoDeadline => 3,
        _ => 4,
    };
}
