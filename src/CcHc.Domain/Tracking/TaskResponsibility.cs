using CcHc.Domain.Positions;

namespace CcHc.Domain.Tracking;

/// <summary>
/// A caller's part in a task: lead or support, and the organisations they act for in it (empty when their own title
/// is named). <see cref="ForOrganisationIds"/> lists the item's organisations whose contact title the caller holds;
/// <see cref="ThroughGroupIds"/> the groups through whose membership the task reaches them (<see cref="TaskAudience"/>).
/// </summary>
public sealed record TaskResponsibility(TaskRole Role, IReadOnlyList<Guid> ForOrganisationIds, IReadOnlyList<Guid>? ThroughGroupIds = null)
{
    public IReadOnlyList<Guid> Groups => ThroughGroupIds ?? [];
}

/// <summary>
/// Who answers for a task (issue 15, "Who is responsible"): the holder of a title the item names as lead, co-lead or
/// support; and, for an organisation the item names, the holder of the organisation's contact title (Công an xã's
/// tasks are reported by whoever holds its contact title), exactly as if they held the organisation. A contact is
/// followed one step only (an organisation whose "contact" is another organisation gives nobody rights), and it is
/// read when the question is asked, so changing the contact changes who reports at once.
/// </summary>
public static class TaskResponsibilities
{
    /// <summary>Organisation id → contact title id, for the organisations that have a contact title.</summary>
    public static IReadOnlyDictionary<Guid, Guid> ContactsOf(IEnumerable<Position> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var list = positions.ToList();
        var officials = list.Where(p => p.Kind == PositionKind.Official).Select(p => p.Id).ToHashSet();
        return list.Where(p => p.IsOrganisation && p.ContactPositionId is { } contact && officials.Contains(contact))
            .ToDictionary(p => p.Id, p => p.ContactPositionId!.Value);
    }

    /// <summary>
    /// The caller's part in the tasks of an item: lead if they hold (or are the contact of) its lead or a co-lead
    /// ("Chủ trì thực hiện: A, B"), else support if they hold (or are the contact of) a supporter, else none.
    /// </summary>
    /// <param name="heldPositionIds">The titles the caller holds (a staff account's positions).</param>
    /// <param name="contacts">Organisation → contact title (<see cref="ContactsOf"/>); organisations not in it have no contact.</param>
    public static TaskResponsibility? Of(
        IReadOnlySet<Guid> heldPositionIds,
        Guid? leadPositionId,
        IEnumerable<Guid>? coLeadPositionIds,
        IEnumerable<Guid> supportPositionIds,
        IReadOnlyDictionary<Guid, Guid> contacts)
    {
        ArgumentNullException.ThrowIfNull(heldPositionIds);
        ArgumentNullException.ThrowIfNull(supportPositionIds);
        ArgumentNullException.ThrowIfNull(contacts);
        var reach = new PositionReach(contacts, new Dictionary<Guid, IReadOnlyList<Guid>>(), new HashSet<Guid>(), null);
        return TaskAudience.Of(
            new TaskHolder(string.Empty, heldPositionIds),
            new TaskNaming(leadPositionId, (coLeadPositionIds ?? []).ToList(), supportPositionIds.ToList(), []),
            reach);
    }
}
