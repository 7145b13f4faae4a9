using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Account;

/// <summary>
/// Logging out ends the session on the server, not only in this browser: the account's security stamp is renewed, so
/// the cookie (and any copy of it, and the account's other open sessions) is refused on its next request
/// (see <see cref="Security.SessionValidation"/>).
/// </summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(AuditAction.Logout, "Account", User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, null, User.Identity?.Name);
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
