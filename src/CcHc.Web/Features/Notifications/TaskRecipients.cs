using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Notifications;

/// <summary>The accounts answering for one item's tasks: those who lead it and those who support it (not leading).</summary>
public sealed record ItemRecipients(IReadOnlyList<Recipient> Leads, IReadOnlyList<Recipient> Supporters)
{
    public static ItemRecipients None { get; } = new([], []);

    public IEnumerable<Recipient> All => Leads.Concat(Supporters);
}

/// <summary>
/// The accounts a task reaches, by the one rule of "Việc của tôi" and of the task page (<see cref="TaskAudience"/>):
/// the titles the item names as lead, co-lead or support, the contact titles of organisations it names, the members of
/// groups it names ("Toàn thể cán bộ, công chức": every account of the commune until the commune lists its members),
/// and the people it names. Three queries for any number of communes and items: the titles, the groups' members and
/// the commune's active accounts with the titles they hold.
/// </summary>
public static class TaskRecipients
{
    /// <summary>An item's naming, as the rule reads it, and its commune.</summary>
    public sealed record ItemTitles(Guid ItemId, Guid CommuneId, TaskNaming Naming)
    {
        public static ItemTitles Of(RemediationItem item, Guid communeId)
        {
            ArgumentNullException.ThrowIfNull(item);
            return new(item.Id, communeId, TaskNaming.Of(item));
        }
    }

    /// <summary>Item id → its leads and supporters (items nobody holds are absent).</summary>
    public static async Task<IReadOnlyDictionary<Guid, ItemRecipients>> ForItemsAsync(CcHcDbContext db, IReadOnlyCollection<ItemTitles> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return new Dictionary<Guid, ItemRecipients>();
        }

        var communeIds = items.Select(i => i.CommuneId).Distinct().ToList();
        var positions = await db.Positions.AsNoTracking()
            .Where(p => p.CommuneId == null || communeIds.Contains(p.CommuneId.Value))
            .ToListAsync(cancellationToken);
        var members = await db.PositionGroupMembers.AsNoTracking().Where(m => communeIds.Contains(m.CommuneId)).ToListAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.CommuneId != null && communeIds.Contains(u.CommuneId.Value) && !u.IsDisabled)
            .Select(u => new
            {
                CommuneId = u.CommuneId!.Value,
                Recipient = new Recipient(u.Id, u.DisplayName, u.Email, u.EmailOff, u.DailyDigest),
                Held = u.Positions.Select(p => p.PositionId).ToList(),
            })
            .ToListAsync(cancellationToken);

        var reach = communeIds.ToDictionary(id => id, id => PositionReach.Of(id, positions, members));
        var holders = accounts.GroupBy(a => a.CommuneId).ToDictionary(
            g => g.Key,
            g => g.Select(a => (Holder: new TaskHolder(a.Recipient.UserId, a.Held.ToHashSet()), a.Recipient)).ToList());
        var result = new Dictionary<Guid, ItemRecipients>();
        foreach (var item in items)
        {
            var leads = new List<Recipient>();
            var supporters = new List<Recipient>();
            foreach (var (holder, recipient) in holders.GetValueOrDefault(item.CommuneId) ?? [])
            {
                var role = TaskAudience.Of(holder, item.Naming, reach[item.CommuneId])?.Role;
                (role == TaskRole.Lead ? leads : role == TaskRole.Support ? supporters : null)?.Add(recipient);
            }

            if (leads.Count + supporters.Count > 0)
            {
                result[item.ItemId] = new ItemRecipients(leads, supporters);
            }
        }

        return result;
    }
}
