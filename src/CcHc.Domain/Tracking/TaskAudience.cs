using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.Domain.Tracking;

/// <summary>An account of the commune as <see cref="TaskAudience"/> sees it: its id and the positions it holds.</summary>
public sealed record TaskHolder(string UserId, IReadOnlySet<Guid> PositionIds);

/// <summary>What an item names for its tasks: leads (the first and the co-leads), supports, and people by account.</summary>
public sealed record TaskNaming(
    Guid? LeadPositionId,
    IReadOnlyCollection<Guid> CoLeadPositionIds,
    IReadOnlyCollection<Guid> SupportPositionIds,
    IReadOnlyCollection<string> PersonIds)
{
    public static TaskNaming Of(RemediationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.LeadPositionId, item.CoLeadPositionIds, item.SupportPositionIds, item.PersonIds);
    }
}

/// <summary>
/// How a commune's positions reach people: each organisation's contact title (<see cref="TaskResponsibilities.ContactsOf"/>),
/// each group's members (<see cref="PositionGroupMember"/>), and which title is the standard "Toàn thể cán bộ, công
/// chức" (every account of the commune while the commune has not listed its members).
/// </summary>
public sealed class PositionReach
{
    public PositionReach(IReadOnlyDictionary<Guid, Guid> contacts, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> groupMembers, IReadOnlySet<Guid> groupIds, Guid? allStaffId)
    {
        Contacts = contacts;
        GroupMembers = groupMembers;
        GroupIds = groupIds;
        AllStaffId = allStaffId;
    }

    public static PositionReach None { get; } = new(new Dictionary<Guid, Guid>(), new Dictionary<Guid, IReadOnlyList<Guid>>(), new HashSet<Guid>(), null);

    public IReadOnlyDictionary<Guid, Guid> Contacts { get; }

    public IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> GroupMembers { get; }

    public IReadOnlySet<Guid> GroupIds { get; }

    public Guid? AllStaffId { get; }

    /// <summary>The reach of one commune: its positions (with the standard ones) and its group members.</summary>
    public static PositionReach Of(Guid communeId, IEnumerable<Position> positions, IEnumerable<PositionGroupMember> members)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(members);
        var own = positions.Where(p => p.CommuneId is null || p.CommuneId == communeId).ToList();
        var groups = own.Where(p => p.IsGroup).Select(p => p.Id).ToHashSet();
        var lists = members.Where(m => m.CommuneId == communeId && groups.Contains(m.GroupPositionId))
            .GroupBy(m => m.GroupPositionId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(m => m.MemberPositionId).Distinct().ToList());
        var allStaff = own.Find(p => p.IsStandard && p.Title == PositionCatalogue.AllStaff)?.Id;
        return new PositionReach(TaskResponsibilities.ContactsOf(own), lists, groups, allStaff);
    }
}

/// <summary>
/// Who holds a task (issue 18, "Tasks that reach people"): the one rule every list, permission and reminder asks.
/// A holder answers for a position the item names when they hold it; when it is an organisation whose contact title
/// they hold (one step, <see cref="TaskResponsibilities"/>); when it is a group one of whose members they answer for
/// (members are titles, organisations or groups, followed without loops); and for the standard "Toàn thể cán bộ, công
/// chức" whose members the commune has not listed, every account of the commune answers. People the item names by
/// account lead it. Lead wins over support. Pure: the caller passes the holdings, so the same answer serves "Việc của
/// tôi", the task's permissions and the recipients of a reminder.
/// </summary>
public static class TaskAudience
{
    /// <summary>The holder's part in the item's tasks, or null when nothing it names reaches them.</summary>
    public static TaskResponsibility? Of(TaskHolder holder, TaskNaming naming, PositionReach reach)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(naming);
        ArgumentNullException.ThrowIfNull(reach);
        var leads = (naming.LeadPositionId is { } lead ? new[] { lead } : []).Concat(naming.CoLeadPositionIds).Distinct().ToList();
        var named = naming.PersonIds.Contains(holder.UserId, StringComparer.Ordinal);
        var asLead = Answer(holder, leads, reach);
        if (named || asLead is not null)
        {
            return new TaskResponsibility(TaskRole.Lead, asLead?.Organisations ?? [], asLead?.Groups ?? []);
        }

        var asSupport = Answer(holder, naming.SupportPositionIds.Distinct().ToList(), reach);
        return asSupport is null ? null : new TaskResponsibility(TaskRole.Support, asSupport.Organisations, asSupport.Groups);
    }

    /// <summary>Everyone among <paramref name="holders"/> the item's tasks reach, with their part, in the holders' order.</summary>
    public static IReadOnlyList<(TaskHolder Holder, TaskResponsibility Responsibility)> Members(TaskNaming naming, IEnumerable<TaskHolder> holders, PositionReach reach)
    {
        ArgumentNullException.ThrowIfNull(holders);
        var result = new List<(TaskHolder, TaskResponsibility)>();
        foreach (var holder in holders)
        {
            if (Of(holder, naming, reach) is { } responsibility)
            {
                result.Add((holder, responsibility));
            }
        }

        return result;
    }

    private sealed record Route(List<Guid> Organisations, List<Guid> Groups);

    /// <summary>The organisations and groups through which the holder answers for one of <paramref name="named"/>, or null when none reaches them.</summary>
    private static Route? Answer(TaskHolder holder, List<Guid> named, PositionReach reach)
    {
        Route? route = null;
        foreach (var id in named)
        {
            var organisations = new List<Guid>();
            var groups = new List<Guid>();
            if (Reaches(holder, id, reach, organisations, groups, []))
            {
                route ??= new Route([], []);
                route.Organisations.AddRange(organisations.Where(o => !route.Organisations.Contains(o)));
                route.Groups.AddRange(groups.Where(g => !route.Groups.Contains(g)));
            }
        }

        return route;
    }

    private static bool Reaches(TaskHolder holder, Guid id, PositionReach reach, List<Guid> organisations, List<Guid> groups, HashSet<Guid> seen)
    {
        if (!seen.Add(id))
        {
            return false;
        }

        if (holder.PositionIds.Contains(id))
        {
            return true;
        }

        if (reach.Contacts.TryGetValue(id, out var contact) && holder.PositionIds.Contains(contact))
        {
            organisations.Add(id);
            return true;
        }

        if (!reach.GroupIds.Contains(id))
        {
            return false;
        }

        if (reach.GroupMembers.TryGetValue(id, out var members) && members.Count > 0)
        {
            foreach (var member in members)
            {
                if (Reaches(holder, member, reach, organisations, groups, seen))
                {
                    groups.Add(id);
                    return true;
                }
            }

            return false;
        }

        if (id == reach.AllStaffId)
        {
            groups.Add(id);
            return true;
        }

        return false;
    }
}
