using System.ComponentModel.DataAnnotations;
using CcHc.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Account;

/// <summary>
/// A user changes their own password. An account whose password was set by an administrator is sent here at sign-in
/// and from every page (<see cref="Security.PasswordChangeRequirement"/>) until it has chosen its own.
/// </summary>
public sealed class ChangePasswordModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nhập mật khẩu hiện tại.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu hiện tại")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Nhập mật khẩu mới.")]
        [StringLength(100, MinimumLength = 10, ErrorMessage = "Mật khẩu mới phải có từ {2} ký tự.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu mới")]
        public string NewPassword { get; set; } = string.Empty;

        [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
        [DataType(DataType.Password)]
        [Display(Name = "Nhập lại mật khẩu mới")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    /// <summary>The password was set by an administrator and must be replaced before anything else.</summary>
    public bool Required => Security.SessionValidation.MustChangePassword(HttpContext);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.Equals(Input.CurrentPassword, Input.NewPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError("Input.NewPassword", "Mật khẩu mới phải khác mật khẩu hiện tại.");
            return Page();
        }

        var required = user.MustChangePassword;
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (result.Succeeded && required)
        {
            user.MustChangePassword = false;
            result = await users.UpdateAsync(user);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Message = required ? "Đã đổi mật khẩu. Từ nay bạn đăng nhập bằng mật khẩu mới và dùng được mọi chức năng." : "Đã đổi mật khẩu.";
        return RedirectToPage();
    }
}
