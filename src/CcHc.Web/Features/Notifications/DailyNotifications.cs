using CcHc.Domain.Common;
using CcHc.Domain.Notifications;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Notifications;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Tracking;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Notifications;

/// <summary>What one run of the scheduled work did (null counts: another instance held the lease).</summary>
public sealed record ScheduledRun(bool Ran, int Reminders, int Digests);

/// <summary>
/// The day's scheduled work, run by <see cref="NotificationScheduler"/>: the due-date reminders of every tracked task
/// (<see cref="DueReminders"/>: 14, 7, 1 days before and overdue, once per threshold per task) and the daily digests.
/// Only the instance holding the "notifications.daily" lease runs it; each reminder carries its key, so a second run on
/// the same day (another instance, a restart) creates nothing again. Costs a fixed handful of queries, whatever the size.
/// </summary>
public sealed class DailyNotifications(CcHcDbContext db, Notifier notifier, EmailOptions email, TimeProvider clock, IConfiguration configuration)
{
    public const string LeaseName = "notifications.daily";

    /// <summary>The hour (Vietnam time) from which the day's digests go out; 7 unless "Notifications:DigestHour" says otherwise.</summary>
    public int DigestHour => configuration.GetValue("Notifications:DigestHour", 7);

    public async Task<ScheduledRun> RunAsync(string holder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await DatabaseLease.TryAcquireAsync(db, LeaseName, holder, TimeSpan.FromMinutes(10), now, cancellationToken))
        {
            return new ScheduledRun(false, 0, 0);
        }

        try
        {
            var reminders = await CreateDueRemindersAsync(cancellationToken);
            var digests = VietnamTime.Now(clock).Hour >= DigestHour ? await CreateDigestsAsync(cancellationToken) : 0;
            return new ScheduledRun(true, reminders, digests);
        }
        finally
        {
            await DatabaseLease.ReleaseAsync(db, LeaseName, holder, clock.GetUtcNow(), CancellationToken.None);
        }
    }

    /// <summary>Creates the reminders owed today that do not exist yet; returns how many notifications it wrote.</summary>
    public async Task<int> CreateDueRemindersAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var plans = await TrackedPlans.Query(db).AsNoTracking()
            .Select(p => new { p.Id, p.Year, p.VersionNumber, p.CommuneId, CommuneName = db.Communes.Where(c => c.Id == p.CommuneId).Select(c => c.Name).FirstOrDefault() ?? string.Empty })
            .ToListAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return 0;
        }

        var planIds = plans.Select(p => p.Id).ToList();
        var items = await db.PlanItems.AsNoTracking().Where(i => planIds.Contains(i.PlanId)).Include(i => i.Tasks).ToListAsync(cancellationToken);
        var byPlan = plans.ToDictionary(p => p.Id);
        var owed = new List<(RemediationItem Item, NotificationMessage Message)>();
        foreach (var item in items)
        {
            var plan = byPlan[item.PlanId];
            foreach (var task in item.Tasks)
            {
                if (TaskSchedule.EffectiveDeadline(item, task) is not { } deadline
                    || DueReminders.Reached(deadline.DueDate, today, task.Progress == TaskProgress.Done) is not { } threshold)
                {
                    continue;
                }

                var taskRef = new TaskRef(task.Id, item.Heading, task.Description, new PlanRef(plan.Id, plan.Year, plan.VersionNumber, plan.CommuneName));
                owed.Add((item, Notices.TaskDue(taskRef, deadline.DueDate, threshold)));
            }
        }

        if (owed.Count == 0)
        {
            return 0;
        }

        var holders = await TaskRecipients.ForItemsAsync(db, owed.Select(o => o.Item).DistinctBy(i => i.Id)
            .Select(i => TaskRecipients.ItemTitles.Of(i, byPlan[i.PlanId].CommuneId)).ToList(), cancellationToken);
        var keys = owed.Select(o => o.Message.Key!).ToList();
        var existing = (await db.Notifications.AsNoTracking().Where(n => n.Key != null && keys.Contains(n.Key))
            .Select(n => new { n.UserId, n.Key }).ToListAsync(cancellationToken))
            .Select(n => (n.UserId, n.Key!)).ToHashSet();

        var written = 0;
        foreach (var (item, message) in owed)
        {
            if (holders.TryGetValue(item.Id, out var found))
            {
                written += notifier.Add(found.All.Where(r => !existing.Contains((r.UserId, message.Key!))), actorId: null, message);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return written;
    }

    /// <summary>
    /// One e-mail per user who chose the daily digest and has notifications waiting for it, unless they got today's
    /// already: the outbox message and the notifications' change to "digested" in one save.
    /// </summary>
    public async Task<int> CreateDigestsAsync(CancellationToken cancellationToken)
    {
        var dayStart = new DateTimeOffset(VietnamTime.Today(clock).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
        var pending = await db.Notifications
            .Where(n => n.Email == EmailDelivery.DigestPending
                && !db.OutboxMessages.Any(m => m.UserId == n.UserId && m.IsDigest && m.CreatedAt >= dayStart))
            .OrderBy(n => n.CreatedAt)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var userIds = pending.Select(n => n.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.EmailOff }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var digests = 0;
        foreach (var group in pending.GroupBy(n => n.UserId))
        {
            foreach (var notification in group)
            {
                notification.Email = EmailDelivery.Digested;
            }

            if (!users.TryGetValue(group.Key, out var user) || user.EmailOff || string.IsNullOrWhiteSpace(user.Email) || !email.Enabled)
            {
                continue;
            }

            var (subject, body) = Notices.Digest(user.DisplayName, VietnamTime.Today(clock), group.Select(n => (n.Subject, n.Link)).ToList(), email.SiteAddress);
            db.OutboxMessages.Add(new OutboxMessage
            {
                UserId = user.Id, IsDigest = true, ToAddress = user.Email, ToName = user.DisplayName,
                Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now,
            });
            digests++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return digests;
    }
}
