using System.Security.Claims;
using CcHc.Domain.Notifications;
using CcHc.Infrastructure.Notifications;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Notifications;

/// <summary>One line of the list.</summary>
public sealed record NotificationRow(Guid Id, string Subject, string Body, string Link, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>The caller's e-mail preferences as the page shows them.</summary>
public sealed record EmailPreferences(string? Email, bool EmailOff, bool DailyDigest, bool SiteSendsEmail);

/// <summary>
/// The caller's own notifications: every query and change is keyed by the signed-in user's id, so nobody reads or
/// marks another's (an id that is not theirs is simply not found). The bell's count is one COUNT query.
/// </summary>
public sealed class NotificationInbox(CcHcDbContext db, EmailOptions email, TimeProvider clock)
{
    public const int PageSize = 100;

    public static string? UserIdOf(ClaimsPrincipal user) => user?.FindFirstValue(ClaimTypes.NameIdentifier);

    public Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        UserIdOf(user) is { } id ? UnreadCount(db, id, cancellationToken) : Task.FromResult(0);

    /// <summary>The bell's count, on every page: compiled once, so EF does not translate it again per request.</summary>
    private static readonly Func<CcHcDbContext, string, CancellationToken, Task<int>> UnreadCount =
        EF.CompileAsyncQuery((CcHcDbContext db, string id, CancellationToken _) => db.Notifications.Count(n => n.UserId == id && n.ReadAt == null));

    /// <summary>The newest <see cref="PageSize"/> notifications, unread first.</summary>
    public async Task<IReadOnlyList<NotificationRow>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = UserIdOf(user);
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == id)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(PageSize)
            .Select(n => new NotificationRow(n.Id, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.IsRead)];
    }

    /// <summary>Marks one of the caller's notifications read; returns its link, or null when it is not theirs.</summary>
    public async Task<string?> MarkReadAsync(ClaimsPrincipal user, Guid notificationId, CancellationToken cancellationToken)
    {
        var id = UserIdOf(user);
        var link = await db.Notifications.Where(n => n.Id == notificationId && n.UserId == id).Select(n => n.Link).SingleOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.Id == notificationId && n.UserId == id && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return link;
    }

    public Task<int> MarkAllReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = UserIdOf(user);
        var now = clock.GetUtcNow();
        return db.Notifications.Where(n => n.UserId == id && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    public async Task<EmailPreferences> PreferencesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = UserIdOf(user);
        var found = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new EmailPreferences(u.Email, u.EmailOff, u.DailyDigest, false)).SingleAsync(cancellationToken);
        return found with { SiteSendsEmail = email.Enabled };
    }

    /// <summary>The preferences form's address field, the key of its error.</summary>
    public const string AddressKey = "Address";

    /// <summary>
    /// Saves the caller's address and choices (audited as a change of their account). An address that is not one is
    /// refused beside its field and nothing is saved; an empty one means in-app notifications only.
    /// </summary>
    public async Task<CommandResult> SavePreferencesAsync(ClaimsPrincipal user, string? address, bool emailOff, bool dailyDigest, CancellationToken cancellationToken)
    {
        if (!EmailAddress.IsValid(address))
        {
            return CommandResult.Invalid(new FieldError(AddressKey, EmailAddress.Invalid));
        }

        var trimmed = EmailAddress.Normalize(address);

        var id = UserIdOf(user);
        var account = await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
        if (!string.Equals(account.Email, trimmed, StringComparison.Ordinal))
        {
            account.Email = trimmed;
            account.NormalizedEmail = trimmed?.Normalize().ToUpperInvariant(); // as Identity's UpperInvariantLookupNormalizer
        }

        account.EmailOff = emailOff;
        account.DailyDigest = dailyDigest;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Done(emailOff ? "Đã tắt nhận thư điện tử; thông báo vẫn hiện trong ứng dụng."
            : trimmed is null ? "Chưa có địa chỉ thư: thông báo chỉ hiện trong ứng dụng."
            : dailyDigest ? $"Đã chọn nhận một thư tổng hợp mỗi ngày tại {trimmed}."
            : $"Đã chọn nhận thư cho từng thông báo tại {trimmed}.");
    }
}
