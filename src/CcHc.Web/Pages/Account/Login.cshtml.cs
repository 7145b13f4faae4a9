using System.ComponentModel.DataAnnotations;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CcHc.Web.Pages.Account;

[EnableRateLimiting(SecurityServiceCollectionExtensions.LoginRateLimit)]
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    LoginAttemptLimiter limiter,
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
        if (!limiter.TryAcquire(Input.UserName, ip))
        {
            ModelState.AddModelError(string.Empty, "Bạn đã thử đăng nhập quá nhiều lần. Vui lòng chờ vài phút rồi thử lại.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var user = await users.FindByNameAsync(Input.UserName.Trim());
        if (user is { IsDisabled: true })
        {
            await audit.WriteForAccountAsync(AuditAction.LoginFailed, user.Id, Input.UserName, user.CommuneId);
            ModelState.AddModelError(string.Empty, "Tài khoản này đã bị vô hiệu hóa. Liên hệ quản trị viên.");
            return Page();
        }

        // lockoutOnFailure: true — without it failures are not counted and lockout never happens.
        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteForAccountAsync(AuditAction.LoginSucceeded, user?.Id, Input.UserName, user?.CommuneId);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            await audit.WriteForAccountAsync(AuditAction.LockedOut, user?.Id, Input.UserName, user?.CommuneId);
            ModelState.AddModelError(string.Empty, "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.");
            return Page();
        }

        await audit.WriteForAccountAsync(AuditAction.LoginFailed, user?.Id, Input.UserName, user?.CommuneId);
        ModelState.AddModelError(string.Empty, "Tên đăng nhập hoặc mật khẩu không đúng.");
        return Page();
    }
}
