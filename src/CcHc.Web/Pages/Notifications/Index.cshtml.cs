using CcHc.Web.Features;
using CcHc.Web.Features.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Notifications;

/// <summary>
/// "Thông báo": the signed-in user's own notifications (<see cref="NotificationInbox"/>), open one (marks it read and
/// goes to its page), mark all read, and the e-mail choices. Every signed-in role has it; nobody sees another's.
/// </summary>
public sealed class IndexModel(NotificationInbox inbox) : PageModel
{
    public IReadOnlyList<NotificationRow> Rows { get; private set; } = [];

    public EmailPreferences Preferences { get; private set; } = default!;

    /// <summary>The caller's own address (the administrator can set it too, on the account form).</summary>
    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public bool EmailOff { get; set; }

    [BindProperty]
    public bool DailyDigest { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await inbox.ListAsync(User, cancellationToken);
        Preferences = await inbox.PreferencesAsync(User, cancellationToken);
    }

    /// <summary>Opens one: marks it read and goes to the page it is about (only an app-relative link is followed).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var link = await inbox.MarkReadAsync(User, id, cancellationToken);
        if (link is null)
        {
            return NotFound();
        }

        return Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await inbox.MarkReadAsync(User, id, cancellationToken) is null)
        {
            return NotFound();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var count = await inbox.MarkAllReadAsync(User, cancellationToken);
        Message = count == 0 ? "Không có thông báo chưa đọc." : $"Đã đánh dấu {count} thông báo là đã đọc.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPreferencesAsync(CancellationToken cancellationToken)
    {
        var result = await inbox.SavePreferencesAsync(User, Address, EmailOff, DailyDigest, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage();
        }, async () =>
        {
            await OnGetAsync(cancellationToken);
            Preferences = Preferences with { Email = Address, EmailOff = EmailOff, DailyDigest = DailyDigest };
            return Page();
        });
    }
}
