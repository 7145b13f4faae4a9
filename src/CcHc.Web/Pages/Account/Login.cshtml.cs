using System.ComponentModel.DataAnnotations;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Account;

/// <summary>
/// Sign-in. Only posts count against the attempt limits (per user name and per address, <see cref="LoginAttemptLimiter"/>);
/// showing the page is never limited. A user name that does not exist costs one password verification too
/// (<see cref="UnknownAccountCheck"/>), so the answer time does not tell which accounts exist.
/// </summary>
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    LoginAttemptLimiter limiter,
    UnknownAccountCheck unknownAccount,
    IAuditLog audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nhập tên đăng nhập.")]
        [Display(Name = "Tên đăng nhập")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Nhập mật khẩu.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = string.Empty;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        var decision = limiter.TryAcquire(Input.UserName, ip);
        if (!decision.Allowed)
        {
            ModelState.AddModelError(string.Empty, "Bạn đã thử đăng nhập quá nhiều lần. Vui lòng chờ vài phút rồi thử lại.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        var user = await users.FindByNameAsync(Input.UserName.Trim());
        if (user is null)
        {
            unknownAccount.VerifyAgainstNobody(Input.Password);
            await audit.WriteForAccountAsync(AuditAction.LoginFailed, null, Input.UserName, null);
            ModelState.AddModelError(string.Empty, "Tên đăng nhập hoặc mật khẩu không đúng.");
            return Page();
        }

        if (user.IsDisabled)
        {
            await audit.WriteForAccountAsync(AuditAction.LoginFailed, user.Id, Input.UserName, user.CommuneId);
            ModelState.AddModelError(string.Empty, "Tài khoản này đã bị vô hiệu hóa. Liên hệ quản trị viên.");
            return Page();
        }

        // lockoutOnFailure: true — without it failures are not counted and lockout never happens.
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteForAccountAsync(AuditAction.LoginSucceeded, user.Id, Input.UserName, user.CommuneId);
            if (user.MustChangePassword)
            {
                return RedirectToPage("/Account/ChangePassword");
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            await audit.WriteForAccountAsync(AuditAction.LockedOut, user.Id, Input.UserName, user.CommuneId);
            ModelState.AddModelError(string.Empty, "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.");
            return Page();
        }

        await audit.WriteForAccountAsync(AuditAction.LoginFailed, user.Id, Input.UserName, user.CommuneId);
        ModelState.AddModelError(string.Empty, "Tên đăng nhập hoặc mật khẩu không đúng.");
        return Page();
    }
}
