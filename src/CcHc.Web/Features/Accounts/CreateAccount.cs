using System.ComponentModel.DataAnnotations;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace CcHc.Web.Features.Accounts;

/// <summary>A new account as the administrator types it: one role, its scope and positions, an initial password.</summary>
public class NewAccountInput : AccountInput
{
    [Required(ErrorMessage = "Nhập tên đăng nhập.")]
    [StringLength(256, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Tên đăng nhập")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập mật khẩu ban đầu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu ban đầu")]
    public string Password { get; set; } = string.Empty;
}

/// <summary>
/// Creates an account with exactly one role, its commune or office, its positions (staff) and an initial password,
/// which the user must replace at the first sign-in. Identity's own rules (password policy, user-name characters,
/// uniqueness) are checked before anything is saved, so every message shows at once beside its field; the account and
/// its role are then saved together or not at all. Administrators only (the /Admin folder's policy).
/// </summary>
public sealed class CreateAccount(CcHcDbContext db, UserManager<ApplicationUser> users)
{
    public const string UserNameKey = "Input.UserName";
    public const string PasswordKey = "Input.Password";

    public Task<AccountChoices> ChoicesAsync(CancellationToken cancellationToken) => AccountChoices.LoadAsync(db, cancellationToken);

    /// <param name="formIsValid">False when the form's own checks failed: nothing is saved, every other problem is still reported.</param>
    public async Task<CommandResult<string>> RunAsync(NewAccountInput input, bool formIsValid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        (await ChoicesAsync(cancellationToken)).Validate(input, errors);
        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            var candidate = new ApplicationUser { UserName = input.UserName.Trim() };
            foreach (var validator in users.UserValidators)
            {
                errors.AddRange(IdentityErrors.ToFieldErrors(await validator.ValidateAsync(users, candidate), PasswordKey, UserNameKey));
            }

            if (!string.IsNullOrEmpty(input.Password))
            {
                foreach (var validator in users.PasswordValidators)
                {
                    errors.AddRange(IdentityErrors.ToFieldErrors(await validator.ValidateAsync(users, candidate, input.Password), PasswordKey, UserNameKey));
                }
            }
        }

        if (!formIsValid || errors.Count > 0)
        {
            return CommandResult.Invalid(errors).As<string>();
        }

        var user = new ApplicationUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName.Trim(),
            Email = input.NormalizedEmailInput,
            NormalizedEmail = users.NormalizeEmail(input.NormalizedEmailInput),
            CommuneId = input.CommuneId,
            OversightOfficeId = input.OversightOfficeId,
            // The administrator knows this password: the user replaces it at the first sign-in.
            MustChangePassword = true,
            Positions = input.PositionIds.Select(id => new UserPosition { PositionId = id }).ToList(),
        };
        var created = await UnitOfWork.RunAsync(db, async () =>
        {
            var result = await users.CreateAsync(user, input.Password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, input.Role);
            }

            errors.AddRange(IdentityErrors.ToFieldErrors(result, PasswordKey, UserNameKey));
            return result.Succeeded;
        }, cancellationToken);

        return created
            ? CommandResult.Done(user.Id, $"Đã tạo tài khoản {user.UserName} ({AppRoles.Label(input.Role)}).")
            : CommandResult.Invalid(errors).As<string>();
    }
}
