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
/// Who holds a task, in ONE place: the accounts of the commune holding a title the item names as lead, co-lead or
/// support, or the contact title of an organisation it names — the very rule of "Việc của tôi" and of the task page
/// (<see cref="TaskResponsibilities.Of"/> over the UserPosition rows and the organisations' contact titles). Two
/// queries for any number of communes and items: the titles (for the contacts) and the accounts holding titles.
/// </summary>
public static class TaskRecipients
{
    /// <summary>An item's named titles, as the rule reads them.</summary>
    public sealed record ItemTitles(Guid ItemId, Guid CommuneId, Guid? LeadPositionId, IReadOnlyList<Guid> CoLeadPositionIds, IReadOnlyList<Guid> SupportPositionIds)
    {
        public static ItemTitles Of(RemediationItem item, Guid communeId)
        {
            ArgumentNullException.ThrowIfNull(item);
            return new(item.Id, communeId, item.LeadPositionId, item.CoLeadPositionIds, item.SupportPositionIds);
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
        var holders = await db.Users.AsNoTracking()
            .Where(u => u.CommuneId != null && communeIds.Contains(u.CommuneId.Value) && !u.IsDisabled && u.Positions.Any())
            .Select(u => new
            {
                CommuneId = u.CommuneId!.Value,
                Recipient = new Recipient(u.Id, u.DisplayName, u.Email, u.EmailOff, u.DailyDigest),
                Held = u.Positions.Select(p => p.PositionId).ToList(),
            })
            .ToListAsync(cancellationToken);

        var contactsByCommune = communeIds.ToDictionary(
            id => id,
            id => TaskResponsibilities.ContactsOf(positions.Where(p => p.CommuneId == null || p.CommuneId == id)));
        var result = new Dictionary<Guid, ItemRecipients>();
        foreach (var item in items)
        {
            var leads = new List<Recipient>();
            var supporters = new List<Recipient>();
            foreach (var holder in holders.Where(h => h.CommuneId == item.CommuneId))
            {
                var role = TaskResponsibilities.Of(holder.Held.ToHashSet(), item.LeadPositionId, item.CoLeadPositionIds, item.SupportPositionIds, contactsByCommune[item.CommuneId])?.Role;
                (role == TaskRole.Lead ? leads : role == TaskRole.Support ? supporters : null)?.Add(holder.Recipient);
            }

            if (leads.Count + supporters.Count > 0)
            {
                result[item.ItemId] = new ItemRecipients(leads, supporters);
            }
        }

        return result;
    }
}
