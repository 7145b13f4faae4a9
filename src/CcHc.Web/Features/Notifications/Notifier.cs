using CcHc.Domain.Common;
using CcHc.Domain.Notifications;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Notifications;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Notifications;

/// <summary>
/// Tells people of an event: for each recipient (<see cref="NotificationRules"/>) a <see cref="Notification"/>, and
/// when they receive e-mail one by one an <see cref="OutboxMessage"/> — only ADDED to the command's DbContext, so the
/// command's own save (or unit of work) writes them with the event: both or neither. A command makes one call. The
/// recipients cost one query for the roles (two more for the holders of an issued plan's tasks).
/// </summary>
public sealed class Notifier(CcHcDbContext db, EmailOptions email, TimeProvider clock)
{
    /// <summary>A workflow step was taken: submitted → chairman; returned or approved → clerk; issued → reviewers and the tasks' holders.</summary>
    public async Task PlanStepAsync(RemediationPlan plan, PlanAction action, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        var kind = action switch
        {
            PlanAction.Submit => NotificationKind.PlanSubmitted,
            PlanAction.Return => NotificationKind.PlanReturned,
            PlanAction.Approve => NotificationKind.PlanApproved,
            PlanAction.Issue => NotificationKind.PlanIssued,
            _ => (NotificationKind?)null,
        };
        if (kind is not { } k)
        {
            return;
        }

        var (commune, people) = await CommunePeopleAsync(plan.CommuneId, cancellationToken);
        var planRef = new PlanRef(plan.Id, plan.Year, plan.VersionNumber, commune.Name);
        var message = k switch
        {
            NotificationKind.PlanSubmitted => Notices.PlanSubmitted(planRef, actor.Name),
            NotificationKind.PlanReturned => Notices.PlanReturned(planRef, actor.Name, plan.ReturnComment ?? string.Empty),
            NotificationKind.PlanApproved => Notices.PlanApproved(planRef, actor.Name),
            _ => Notices.PlanIssued(planRef, plan.NumberLine, plan.IssueDate ?? VietnamTime.Today(clock)),
        };
        var recipients = people.For(NotificationRules.AudienceOf(k), commune).ToList();
        if (k == NotificationKind.PlanIssued)
        {
            var items = await db.PlanItems.AsNoTracking().Where(i => i.PlanId == plan.Id).ToListAsync(cancellationToken);
            var holders = await TaskRecipients.ForItemsAsync(db, items.Select(i => TaskRecipients.ItemTitles.Of(i, plan.CommuneId)).ToList(), cancellationToken);
            recipients.AddRange(holders.Values.SelectMany(h => h.All));
        }

        Add(recipients, actor.Id, message);
    }

    /// <summary>The office asked for a revision: the commune's clerk and chairman.</summary>
    public async Task RevisionRequestedAsync(RemediationPlan plan, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        var (commune, people) = await CommunePeopleAsync(plan.CommuneId, cancellationToken);
        var message = Notices.RevisionRequested(new PlanRef(plan.Id, plan.Year, plan.VersionNumber, commune.Name), actor.Name, reason.Trim());
        Add(people.For(NotificationRules.AudienceOf(NotificationKind.RevisionRequested), commune), actor.Id, message);
    }

    /// <summary>A progress note on a task: its leads and supporters (not the author). One query for its holders.</summary>
    public async Task TaskNoteAsync(Tracking.TaskDetails task, string? text, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(actor);
        var holders = await TaskRecipients.ForItemsAsync(db, [TaskRecipients.ItemTitles.Of(task.Item, task.Plan.CommuneId)], cancellationToken);
        if (holders.TryGetValue(task.Item.Id, out var found))
        {
            var plan = new PlanRef(task.Plan.Id, task.Plan.Year, task.Plan.VersionNumber, task.CommuneName);
            Add(found.All, actor.Id, Notices.TaskNote(new TaskRef(task.Task.Id, task.Item.Heading, task.Task.Description, plan), actor.Name, text));
        }
    }

    /// <summary>
    /// A comment on an item: to whoever drafted it (<see cref="Plans.ItemDrafter"/>), or the commune's clerks when the
    /// trail names nobody (the demo data, an import). For the item comments of the plan page.
    /// </summary>
    public async Task ItemCommentedAsync(RemediationPlan plan, string itemHeading, string? drafter, string comment, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        var (commune, people) = await CommunePeopleAsync(plan.CommuneId, cancellationToken);
        var recipients = drafter is not null && people.ById.TryGetValue(drafter, out var found)
            ? [found]
            : people.For(new HashSet<Audience> { Audience.CommuneClerk }, commune);
        Add(recipients, actor.Id, Notices.ItemComment(new PlanRef(plan.Id, plan.Year, plan.VersionNumber, commune.Name), itemHeading, actor.Name, comment.Trim()));
    }

    /// <summary>
    /// Adds the notifications (and their e-mails) to the DbContext, without saving: each recipient once, never the
    /// actor. A reminder whose key a recipient already has is left out by the caller (<see cref="DailyNotifications"/>).
    /// </summary>
    public int Add(IEnumerable<Recipient> recipients, string? actorId, NotificationMessage message)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(message);
        var list = recipients.ToList();
        var ids = NotificationRules.Recipients(list.Select(r => r.UserId), actorId);
        var now = clock.GetUtcNow();
        foreach (var id in ids)
        {
            var recipient = list.First(r => r.UserId == id);
            var delivery = Delivery(recipient);
            var notification = new Notification
            {
                UserId = id,
                Kind = message.Kind,
                Subject = Cut(message.Subject, NotificationMessage.MaxSubject),
                Body = Cut(message.Body, NotificationMessage.MaxBody),
                Link = message.Link,
                Key = message.Key,
                CreatedAt = now,
                Email = delivery,
            };
            db.Notifications.Add(notification);
            if (delivery == EmailDelivery.Immediate)
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    UserId = id,
                    NotificationId = notification.Id,
                    ToAddress = recipient.Email!,
                    ToName = recipient.DisplayName,
                    Subject = notification.Subject,
                    Body = Notices.EmailBody(recipient.DisplayName, notification.Body, notification.Link, email.SiteAddress),
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }

        return ids.Count;
    }

    private EmailDelivery Delivery(Recipient recipient) =>
        !email.Enabled || recipient.EmailOff || string.IsNullOrWhiteSpace(recipient.Email) ? EmailDelivery.None
        : recipient.DailyDigest ? EmailDelivery.DigestPending
        : EmailDelivery.Immediate;

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>The commune's name and office, and the accounts of the commune and of its office with their roles: one query each.</summary>
    private async Task<(CommuneInfo Commune, CommunePeople People)> CommunePeopleAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == communeId)
            .Select(c => new CommuneInfo(c.Id, c.Name, c.OversightOfficeId)).SingleAsync(cancellationToken);
        var officeId = commune.OfficeId;
        var accounts = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && (u.CommuneId == communeId || (officeId != null && u.OversightOfficeId == officeId)))
            .Select(u => new
            {
                Recipient = new Recipient(u.Id, u.DisplayName, u.Email, u.EmailOff, u.DailyDigest),
                u.CommuneId,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return (commune, new CommunePeople([.. accounts.Select(a => (a.Recipient, a.CommuneId == communeId, (IReadOnlyList<string>)a.Roles))]));
    }

    private sealed record CommuneInfo(Guid Id, string Name, Guid? OfficeId);

    private sealed class CommunePeople(IReadOnlyList<(Recipient Recipient, bool OfCommune, IReadOnlyList<string> Roles)> accounts)
    {
        public Dictionary<string, Recipient> ById { get; } = accounts.ToDictionary(a => a.Recipient.UserId, a => a.Recipient, StringComparer.Ordinal);

        public IEnumerable<Recipient> For(IReadOnlySet<Audience> audiences, CommuneInfo commune) =>
            accounts.Where(a =>
                    (audiences.Contains(Audience.CommuneChairman) && a.OfCommune && a.Roles.Contains(AppRoles.Chairman))
                    || (audiences.Contains(Audience.CommuneClerk) && a.OfCommune && a.Roles.Contains(AppRoles.Clerk))
                    || (audiences.Contains(Audience.OfficeReviewer) && !a.OfCommune && commune.OfficeId is not null && a.Roles.Contains(AppRoles.Reviewer)))
                .Select(a => a.Recipient);
    }
}
