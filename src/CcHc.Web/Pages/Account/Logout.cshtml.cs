using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(AuditAction.Logout, "Account", User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, null, User.Identity?.Name);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
