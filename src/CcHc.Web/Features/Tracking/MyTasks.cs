using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Tracking;

/// <summary>One row of "Việc của tôi".</summary>
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
    TaskRole? Role,
    IReadOnlyList<string> ForOrganisations,
    IReadOnlyList<string>? ThroughGroups = null);

/// <summary>The caller's tasks on Vietnam's today, overdue first, then due soon, then by due date; and whether they are staff.</summary>
public sealed record MyTasks(bool IsStaff, DateOnly Today, IReadOnlyList<TaskRow> Rows)
{
    public const string All = "all";
    public const string Overdue = "overdue";
    public const string DueSoon = "duesoon";
    public const string Open = "open";

    public static IReadOnlyList<(string Key, string Label)> Filters { get; } =
        [(All, "Tất cả"), (Overdue, "Quá hạn"), (DueSoon, "Sắp đến hạn"), (Open, "Chưa hoàn thành")];

    /// <summary>The filter asked for if it is one of <see cref="Filters"/>, else all.</summary>
    public static string Normalize(string? filter) => Filters.Any(f => f.Key == filter) ? filter! : All;

    public static bool Matches(TaskRow row, string filter) => filter switch
    {
        Overdue => row.State == DueState.Overdue,
        DueSoon => row.State == DueState.DueSoon,
        Open => row.Progress != TaskProgress.Done,
        _ => true,
    };
}

/// <summary>
/// "Việc của tôi": the tasks of the commune's tracked plans. A staff member gets the tasks that reach them by the one
/// rule <see cref="TaskAudience"/>: their positions as lead (chủ trì) or support (phối hợp), an organisation whose
/// contact title they hold, a group they belong to (the row says which organisation or group), or their own name on the
/// item; the clerk and the chairman get all of them (with their part where they hold one). Three queries: the items
/// with their tasks, the positions, the commune's group members.
/// </summary>
public sealed class MyTasksQuery(CcHcDbContext db, TimeProvider clock)
{
    public async Task<MyTasks> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var isStaff = user.IsInRole(AppRoles.Staff);
        var today = VietnamTime.Today(clock);
        var tracked = TrackedPlans.Query(db);
        var items = await db.PlanItems.AsNoTracking()
            .Where(i => tracked.Any(p => p.Id == i.PlanId))
            .Include(i => i.Tasks)
            .ToListAsync(cancellationToken);
        var positions = await db.Positions.AsNoTracking().ToListAsync(cancellationToken);
        var titles = positions.ToDictionary(p => p.Id, p => p.Title);
        var communeId = DataScope.FromPrincipal(user).CommuneId ?? Guid.Empty;
        var members = await db.PositionGroupMembers.AsNoTracking().Where(m => m.CommuneId == communeId).ToListAsync(cancellationToken);
        var reach = PositionReach.Of(communeId, positions, members);

        var rows = new List<TaskRow>();
        foreach (var item in items)
        {
            var responsibility = TaskOperations.ResponsibilityOf(user, TaskNaming.Of(item), reach);
            var role = responsibility?.Role;
            var forOrganisations = responsibility?.ForOrganisationIds.Select(o => titles.TryGetValue(o, out var name) ? name : Formatting.Unknown).ToList() ?? [];
            var throughGroups = responsibility?.Groups.Select(g => titles.TryGetValue(g, out var name) ? name : Formatting.Unknown).ToList() ?? [];
            if (isStaff && role is null)
            {
                continue;
            }

            var leadTitle = item.LeadPositionId is { } id && titles.TryGetValue(id, out var title) ? title : Formatting.Unknown;
            rows.AddRange(item.Tasks.Select(task => new TaskRow(
                task.Id, item.Heading, item.Order, task.Order, task.Description, leadTitle, TaskSchedule.EffectiveDeadline(item, task),
                task.Progress, TaskSchedule.Classify(item, task, today), role, forOrganisations, throughGroups)));
        }

        var ordered = rows
            .OrderBy(r => Rank(r.State))
            .ThenBy(r => r.Deadline?.DueDate ?? DateOnly.MaxValue)
            .ThenBy(r => r.ItemOrder).ThenBy(r => r.TaskOrder)
            .ToList();
        return new MyTasks(isStaff, today, ordered);
    }

    private static int Rank(DueState state) => state switch
    {
        DueState.Overdue => 0,
        DueState.DueSoon => 1,
        DueState.OnTime => 2,
        DueState.NoDeadline => 3,
        _ => 4,
    };
}
