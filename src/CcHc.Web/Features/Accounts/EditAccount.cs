using System.Security.Claims;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Accounts;

/// <summary>One account as its editor shows it.</summary>
public sealed record AccountView(
    string Id, string UserName, string? Role, bool IsDisabled, bool IsLockedOut, DateTimeOffset? LockoutEnd, int AccessFailedCount, bool IsSelf);

/// <summary>The account, what the form offers, and the stored values for the form with the account's concurrency token.</summary>
public sealed record AccountEditor(AccountView Account, AccountChoices Choices, AccountInput Input, string? ConcurrencyToken);

/// <summary>
/// The administrator's changes to one account: its name, role and scope (<see cref="SaveAsync"/>), a new password,
/// disabling, enabling, lifting a lockout. Every change renews the security stamp so the user's open sessions pick it
/// up (or end); the actions also write an "AccountChanged" audit line, in the same transaction. An administrator can
/// neither disable nor demote their own account. Administrators only (the /Admin folder's policy).
/// </summary>
public sealed class EditAccount(CcHcDbContext db, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IAuditLog audit, TimeProvider clock)
{
    public async Task<AccountEditor?> LoadAsync(string id, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var role = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where ur.UserId == id
                          select r.Name).FirstOrDefaultAsync(cancellationToken);
        var lockedOut = user.LockoutEnd is { } end && end > clock.GetUtcNow();
        var account = new AccountView(user.Id, user.UserName ?? string.Empty, role, user.IsDisabled, lockedOut, user.LockoutEnd, user.AccessFailedCount,
            string.Equals(users.GetUserId(caller), user.Id, StringComparison.Ordinal));
        var input = new AccountInput
        {
            DisplayName = user.DisplayName,
            Email = user.Email,
            Role = role ?? string.Empty,
            CommuneId = user.CommuneId,
            OversightOfficeId = user.OversightOfficeId,
            PositionIds = await db.UserPositions.Where(p => p.UserId == id).Select(p => p.PositionId).ToListAsync(cancellationToken),
        };
        return new AccountEditor(account, await AccountChoices.LoadAsync(db, cancellationToken), input, user.ConcurrencyStamp);
    }

    /// <summary>Saves the name, role, scope and positions, based on the account as read by the form (its concurrency token).</summary>
    public async Task<CommandResult> SaveAsync(
        string id, AccountInput input, string? concurrencyToken, bool formIsValid, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, caller, cancellationToken) is not { } editor)
        {
            return CommandResult.NotFound();
        }

        var errors = new List<FieldError>();
        editor.Choices.Validate(input, errors);
        if (editor.Account.IsSelf && !string.IsNullOrEmpty(input.Role) && input.Role != AppRoles.Administrator)
        {
            errors.Add(new FieldError("Input.Role", "Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình."));
        }

        if (!formIsValid || errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return CommandResult.NotFound();
        }

        if (!string.Equals(concurrencyToken, user.ConcurrencyStamp, StringComparison.Ordinal))
        {
            return CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, id, Differences(editor, input), cancellationToken));
        }

        var saved = await UnitOfWork.RunAsync(db, async () =>
        {
            user.DisplayName = input.DisplayName.Trim();
            if (!string.Equals(user.Email, input.NormalizedEmailInput, StringComparison.Ordinal))
            {
                user.Email = input.NormalizedEmailInput;
                user.NormalizedEmail = users.NormalizeEmail(user.Email);
            }

            user.CommuneId = input.CommuneId;
            user.OversightOfficeId = input.OversightOfficeId;
            var held = await db.UserPositions.Where(p => p.UserId == id).ToListAsync(cancellationToken);
            db.UserPositions.RemoveRange(held.Where(p => !input.PositionIds.Contains(p.PositionId)));
            db.UserPositions.AddRange(input.PositionIds
                .Where(positionId => held.All(p => p.PositionId != positionId))
                .Select(positionId => new UserPosition { UserId = id, PositionId = positionId }));

            var result = await users.UpdateAsync(user);
            var roles = await users.GetRolesAsync(user);
            if (result.Succeeded && !(roles.Count == 1 && roles[0] == input.Role))
            {
                result = roles.Count == 0 ? IdentityResult.Success : await users.RemoveFromRolesAsync(user, roles);
                if (result.Succeeded)
                {
                    result = await users.AddToRoleAsync(user, input.Role);
                }
            }

            if (result.Succeeded)
            {
                result = await users.UpdateSecurityStampAsync(user);
            }

            errors.AddRange(IdentityErrors.ToFieldErrors(result, passwordField: null));
            return result.Succeeded;
        }, cancellationToken);

        if (!saved)
        {
            return CommandResult.Invalid(errors);
        }

        await RefreshOwnSignInAsync(editor, user);
        return CommandResult.Done($"Đã lưu tài khoản {user.UserName}.");
    }

    public Task<CommandResult> ResetPasswordAsync(string id, string password, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        ActAsync(id, caller, async (user, editor) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, password);
            if (!result.Succeeded)
            {
                return (result, "NewPassword.Password");
            }

            // The administrator knows this password: the user replaces it at the next sign-in (not when the
            // administrator sets their own, which they chose themselves).
            if (!editor.Account.IsSelf)
            {
                user.MustChangePassword = true;
            }

            // A new password also lifts a lockout: the administrator has just vouched for the account.
            return (await UnlockAsync(user), null);
        }, "Đặt lại mật khẩu", "Đã đặt mật khẩu mới cho tài khoản {0}. Hãy báo mật khẩu cho người dùng qua kênh an toàn.", cancellationToken);

    public async Task<CommandResult> DisableAsync(string id, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, caller, cancellationToken) is { Account.IsSelf: true })
        {
            return CommandResult.Invalid(FieldError.ForForm("Bạn không thể vô hiệu hóa tài khoản của chính mình."));
        }

        return await ActAsync(id, caller, (user, _) =>
        {
            user.IsDisabled = true;
            return Task.FromResult<(IdentityResult, string?)>((IdentityResult.Success, null));
        }, "Vô hiệu hóa tài khoản", "Đã vô hiệu hóa tài khoản {0}. Người dùng không đăng nhập được nữa.", cancellationToken);
    }

    public Task<CommandResult> EnableAsync(string id, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        ActAsync(id, caller, (user, _) =>
        {
            user.IsDisabled = false;
            return Task.FromResult<(IdentityResult, string?)>((IdentityResult.Success, null));
        }, "Kích hoạt lại tài khoản", "Đã kích hoạt lại tài khoản {0}.", cancellationToken);

    public Task<CommandResult> UnlockAsync(string id, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        ActAsync(id, caller, async (user, _) => (await UnlockAsync(user), null), "Mở khóa tài khoản", "Đã mở khóa tài khoản {0}.", cancellationToken);

    /// <summary>
    /// One administrator action on the account, in one transaction: the change, a new security stamp (open sessions
    /// refresh or end) and an "AccountChanged" audit line. The change returns Identity's result and the field its errors belong to.
    /// </summary>
    private async Task<CommandResult> ActAsync(
        string id, ClaimsPrincipal caller, Func<ApplicationUser, AccountEditor, Task<(IdentityResult Result, string? Field)>> change, string what, string done,
        CancellationToken cancellationToken)
    {
        var editor = await LoadAsync(id, caller, cancellationToken);
        var user = await users.FindByIdAsync(id);
        if (editor is null || user is null)
        {
            return CommandResult.NotFound();
        }

        var errors = new List<FieldError>();
        var ok = await UnitOfWork.RunAsync(db, async () =>
        {
            var (result, field) = await change(user, editor);
            if (result.Succeeded)
            {
                result = await users.UpdateSecurityStampAsync(user);
            }

            if (!result.Succeeded)
            {
                errors.AddRange(IdentityErrors.ToFieldErrors(result, field));
                return false;
            }

            await audit.WriteAsync(AuditAction.AccountChanged, "Account", user.Id, user.CommuneId, $"{what}: {user.UserName}", cancellationToken);
            return true;
        }, cancellationToken);

        if (!ok)
        {
            return CommandResult.Invalid(errors);
        }

        await RefreshOwnSignInAsync(editor, user);
        return CommandResult.Done(string.Format(WebApplicationExtensions.Vietnamese, done, user.UserName));
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
    private async Task RefreshOwnSignInAsync(AccountEditor editor, ApplicationUser user)
    {
        if (editor.Account.IsSelf)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    /// <summary>The account as stored now against the administrator's input.</summary>
    private static IEnumerable<(string, string, string)> Differences(AccountEditor stored, AccountInput yours)
    {
        string Role(string? role) => string.IsNullOrEmpty(role) ? string.Empty : AppRoles.Label(role);
        yield return ("Họ tên", stored.Input.DisplayName, yours.DisplayName);
        yield return ("Thư điện tử", stored.Input.Email ?? string.Empty, yours.NormalizedEmailInput ?? string.Empty);
        yield return ("Vai trò", Role(stored.Input.Role), Role(yours.Role));
        yield return ("Xã", stored.Choices.CommuneName(stored.Input.CommuneId), stored.Choices.CommuneName(yours.CommuneId));
        yield return ("Cơ quan Nội vụ", stored.Choices.Offices.FirstOrDefault(o => o.Id == stored.Input.OversightOfficeId)?.Name ?? string.Empty,
            stored.Choices.Offices.FirstOrDefault(o => o.Id == yours.OversightOfficeId)?.Name ?? string.Empty);
    }
}
