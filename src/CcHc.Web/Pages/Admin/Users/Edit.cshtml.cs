using System.ComponentModel.DataAnnotations;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.Users;

/// <summary>
/// One account: its name, role and scope (OnPostAsync), and the administrator's actions on it — set a new password
/// (OnPostResetPasswordAsync), disable or enable it (OnPostDisableAsync / OnPostEnableAsync), lift a lockout
/// (OnPostUnlockAsync). Administrators only. Every change renews the security stamp so the user's open sessions pick
/// it up (or end); entity changes are audited by the interceptor, the actions also by an "AccountChanged" line.
/// An administrator can neither disable nor demote their own account.
/// </summary>
public sealed class EditModel(
    CcHcDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    IAuditLog audit,
    TimeProvider clock) : PageModel
{
    // Explicit names: this page has several forms, and without them a form that does not post a model's fields
    // would bind that model from the unprefixed names, leaving errors under keys no prefix can clear.
    [BindProperty(Name = nameof(Input))]
    public AccountInput Input { get; set; } = new();

    /// <summary>The account's concurrency stamp when the form was read; a save based on an older one is refused.</summary>
    [BindProperty]
    public string? Stamp { get; set; }

    [BindProperty(Name = nameof(NewPassword))]
    public PasswordInput NewPassword { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public AccountChoices Choices { get; private set; } = AccountChoices.Empty;

    public AccountView Account { get; private set; } = default!;

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Nhập mật khẩu mới.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu mới")]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Nhập lại mật khẩu mới.")]
        [Compare(nameof(Password), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
        [DataType(DataType.Password)]
        [Display(Name = "Nhập lại mật khẩu mới")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed record AccountView(
        string Id, string UserName, string? Role, bool IsDisabled, bool IsLockedOut, DateTimeOffset? LockoutEnd, int AccessFailedCount, bool IsSelf);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, fillInput: true, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, fillInput: false, cancellationToken))
        {
            return NotFound();
        }

        ModelState.ClearPrefix(nameof(NewPassword));
        Choices.Validate(Input, ModelState);
        if (Account.IsSelf && !string.IsNullOrEmpty(Input.Role) && Input.Role != AppRoles.Administrator)
        {
            ModelState.AddModelError("Input.Role", "Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!string.Equals(Stamp, user.ConcurrencyStamp, StringComparison.Ordinal))
        {
            // Keep the administrator's input; the next save is based on what is stored now.
            ModelState.AddModelError(string.Empty,
                "Tài khoản này vừa được người khác thay đổi trong lúc bạn đang sửa. Thay đổi của bạn chưa được lưu và vẫn còn trong biểu mẫu; "
                + "kiểm tra lại rồi bấm Lưu lần nữa, hoặc mở lại trang để xem nội dung mới.");
            Stamp = user.ConcurrencyStamp;
            ModelState.Remove(nameof(Stamp));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var saved = await AdminTransaction.RunAsync(db, async () =>
        {
            user.DisplayName = Input.DisplayName.Trim();
            user.CommuneId = Input.CommuneId;
            user.OversightOfficeId = Input.OversightOfficeId;
            var held = await db.UserPositions.Where(p => p.UserId == id).ToListAsync(cancellationToken);
            db.UserPositions.RemoveRange(held.Where(p => !Input.PositionIds.Contains(p.PositionId)));
            db.UserPositions.AddRange(Input.PositionIds
                .Where(positionId => held.All(p => p.PositionId != positionId))
                .Select(positionId => new UserPosition { UserId = id, PositionId = positionId }));

            var result = await users.UpdateAsync(user);
            var roles = await users.GetRolesAsync(user);
            if (result.Succeeded && !(roles.Count == 1 && roles[0] == Input.Role))
            {
                result = roles.Count == 0 ? IdentityResult.Success : await users.RemoveFromRolesAsync(user, roles);
                if (result.Succeeded)
                {
                    result = await users.AddToRoleAsync(user, Input.Role);
                }
            }

            if (result.Succeeded)
            {
                result = await users.UpdateSecurityStampAsync(user);
            }

            ModelState.AddIdentityErrors(result, passwordField: null);
            return result.Succeeded;
        }, cancellationToken);

        if (!saved)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        await RefreshOwnSignInAsync(user);
        Message = $"Đã lưu tài khoản {user.UserName}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, fillInput: true, cancellationToken))
        {
            return NotFound();
        }

        ModelState.ClearPrefix(nameof(Input));
        ModelState.Remove(nameof(Stamp));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await ActAsync(id, async user =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, NewPassword.Password);
            if (!result.Succeeded)
            {
                ModelState.AddIdentityErrors(result, "NewPassword.Password");
                return result;
            }

            // The administrator knows this password: the user replaces it at the next sign-in (not when the
            // administrator sets their own, which they chose themselves).
            if (!Account.IsSelf)
            {
                user.MustChangePassword = true;
            }

            // A new password also lifts a lockout: the administrator has just vouched for the account.
            return await UnlockAsync(user);
        }, "Đặt lại mật khẩu", "Đã đặt mật khẩu mới cho tài khoản {0}. Hãy báo mật khẩu cho người dùng qua kênh an toàn.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, fillInput: true, cancellationToken))
        {
            return NotFound();
        }

        if (Account.IsSelf)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, "Bạn không thể vô hiệu hóa tài khoản của chính mình.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return await ActAsync(id, user =>
        {
            user.IsDisabled = true;
            return Task.FromResult(IdentityResult.Success);
        }, "Vô hiệu hóa tài khoản", "Đã vô hiệu hóa tài khoản {0}. Người dùng không đăng nhập được nữa.", cancellationToken);
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, fillInput: true, cancellationToken))
        {
            return NotFound();
        }

        return await ActAsync(id, user =>
        {
            user.IsDisabled = false;
            return Task.FromResult(IdentityResult.Success);
        }, "Kích hoạt lại tài khoản", "Đã kích hoạt lại tài khoản {0}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, fillInput: true, cancellationToken))
        {
            return NotFound();
        }

        return await ActAsync(id, UnlockAsync, "Mở khóa tài khoản", "Đã mở khóa tài khoản {0}.", cancellationToken);
    }

    /// <summary>
    /// One administrator action on the account, in one transaction: the change, a new security stamp (open sessions
    /// refresh or end) and an "AccountChanged" audit line.
    /// </summary>
    private async Task<IActionResult> ActAsync(
        string id, Func<ApplicationUser, Task<IdentityResult>> change, string what, string done, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var ok = await AdminTransaction.RunAsync(db, async () =>
        {
            var result = await change(user);
            if (result.Succeeded)
            {
                result = await users.UpdateSecurityStampAsync(user);
            }

            if (!result.Succeeded)
            {
                if (ModelState.IsValid)
                {
                    ModelState.AddIdentityErrors(result, passwordField: null);
                }

                return false;
            }

            await audit.WriteAsync(AuditAction.AccountChanged, "Account", user.Id, user.CommuneId, $"{what}: {user.UserName}", cancellationToken);
            return true;
        }, cancellationToken);

        if (!ok)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await RefreshOwnSignInAsync(user);
        Message = string.Format(WebApplicationExtensions.Vietnamese, done, user.UserName);
        return RedirectToPage(new { id });
    }

    private async Task<IdentityResult> UnlockAsync(ApplicationUser user)
    {
        if (await users.GetLockoutEnabledAsync(user))
        {
            var result = await users.SetLockoutEndDateAsync(user, null);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return await users.ResetAccessFailedCountAsync(user);
    }

    /// <summary>The administrator's own cookie carries the old stamp; reissue it so they are not signed out.</summary>
    private async Task RefreshOwnSignInAsync(ApplicationUser user)
    {
        if (Account.IsSelf)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    private async Task<bool> LoadAsync(string id, bool fillInput, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return false;
        }

        var role = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where ur.UserId == id
                          select r.Name).FirstOrDefaultAsync(cancellationToken);
        var lockedOut = user.LockoutEnd is { } end && end > clock.GetUtcNow();
        Account = new AccountView(user.Id, user.UserName ?? string.Empty, role, user.IsDisabled, lockedOut, user.LockoutEnd, user.AccessFailedCount,
            string.Equals(users.GetUserId(User), user.Id, StringComparison.Ordinal));
        Choices = await AccountChoices.LoadAsync(db, cancellationToken);
        if (fillInput)
        {
            Input = new AccountInput
            {
                DisplayName = user.DisplayName,
                Role = role ?? string.Empty,
                CommuneId = user.CommuneId,
                OversightOfficeId = user.OversightOfficeId,
                PositionIds = await db.UserPositions.Where(p => p.UserId == id).Select(p => p.PositionId).ToListAsync(cancellationToken),
            };
            Stamp = user.ConcurrencyStamp;
        }

        return true;
    }
}
