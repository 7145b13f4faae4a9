using System.ComponentModel.DataAnnotations;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features;
using CcHc.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Users;

/// <summary>
/// An administrator creates an account with exactly one role, its commune or office, its positions (staff) and an
/// initial password, which the user must replace at the first sign-in. Administrators only (the /Admin folder's policy).
/// </summary>
public sealed class CreateModel(CcHcDbContext db, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AccountChoices Choices { get; private set; } = AccountChoices.Empty;

    public sealed class InputModel : AccountInput
    {
        [Required(ErrorMessage = "Nhập tên đăng nhập.")]
        [StringLength(256, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Tên đăng nhập")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Nhập mật khẩu ban đầu.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu ban đầu")]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Nhập lại mật khẩu.")]
        [Compare(nameof(Password), ErrorMessage = "Hai lần nhập mật khẩu không khớp.")]
        [DataType(DataType.Password)]
        [Display(Name = "Nhập lại mật khẩu")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await AccountChoices.LoadAsync(db, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Choices = await AccountChoices.LoadAsync(db, cancellationToken);
        var errors = new List<FieldError>();
        Choices.Validate(Input, errors);
        ModelState.AddErrors(errors);

        // Identity's own rules (password policy, user-name characters, uniqueness) are checked up front as well,
        // so every message shows at once beside its field.
        if (!string.IsNullOrWhiteSpace(Input.UserName))
        {
            var candidate = new ApplicationUser { UserName = Input.UserName.Trim() };
            foreach (var validator in users.UserValidators)
            {
                ModelState.AddIdentityErrors(await validator.ValidateAsync(users, candidate), "Input.Password", "Input.UserName");
            }

            if (!string.IsNullOrEmpty(Input.Password))
            {
                foreach (var validator in users.PasswordValidators)
                {
                    ModelState.AddIdentityErrors(await validator.ValidateAsync(users, candidate, Input.Password), "Input.Password", "Input.UserName");
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new ApplicationUser
        {
            UserName = Input.UserName.Trim(),
            DisplayName = Input.DisplayName.Trim(),
            CommuneId = Input.CommuneId,
            OversightOfficeId = Input.OversightOfficeId,
            // The administrator knows this password: the user replaces it at the first sign-in.
            MustChangePassword = true,
            Positions = Input.PositionIds.Select(id => new UserPosition { PositionId = id }).ToList(),
        };
        var created = await AdminTransaction.RunAsync(db, async () =>
        {
            var result = await users.CreateAsync(user, Input.Password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, Input.Role);
            }

            ModelState.AddIdentityErrors(result, "Input.Password", "Input.UserName");
            return result.Succeeded;
        }, cancellationToken);

        if (!created)
        {
            return Page();
        }

        TempData["Message"] = $"Đã tạo tài khoản {user.UserName} ({AppRoles.Label(Input.Role)}).";
        return RedirectToPage("Edit", new { id = user.Id });
    }
}
