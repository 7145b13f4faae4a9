using System.ComponentModel.DataAnnotations;
using CcHc.Web.Features;
using CcHc.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Users;

/// <summary>
/// One account: its name, role and scope (OnPostAsync), and the administrator's actions on it — set a new password,
/// disable or enable it, lift a lockout — each a command of <see cref="EditAccount"/>. Administrators only.
/// </summary>
public sealed class EditModel(EditAccount editAccount) : PageModel
{
    // Explicit names: this page has several forms, and without them a form that does not post a model's fields
    // would bind that model from the unprefixed names, leaving errors under keys no prefix can clear.
    [BindProperty(Name = nameof(Input))]
    public AccountInput Input { get; set; } = new();

    /// <summary>The account's concurrency token (Identity's concurrency stamp) when the form was read.</summary>
    [BindProperty]
    public string? ConcurrencyToken { get; set; }

    [BindProperty(Name = nameof(NewPassword))]
    public PasswordInput NewPassword { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public AccountChoices Choices { get; private set; } = AccountChoices.Empty;

    public AccountView Account { get; private set; } = default!;

    public ConcurrencyConflict? Conflict { get; private set; }

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

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await ShowAsync(id, fillInput: true, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        ModelState.ClearPrefix(nameof(NewPassword));
        var result = await editAccount.SaveAsync(id, Input, ConcurrencyToken, ModelState.IsValid, User, cancellationToken);
        return await AnswerAsync(id, result, fillInput: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        ModelState.ClearPrefix(nameof(Input));
        ModelState.Remove(nameof(ConcurrencyToken));
        var result = ModelState.IsValid
            ? await editAccount.ResetPasswordAsync(id, NewPassword.Password, User, cancellationToken)
            : CommandResult.Invalid();
        return await AnswerAsync(id, result, fillInput: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await editAccount.DisableAsync(id, User, cancellationToken), fillInput: true, cancellationToken, clearForms: true);

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await editAccount.EnableAsync(id, User, cancellationToken), fillInput: true, cancellationToken, clearForms: true);

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await editAccount.UnlockAsync(id, User, cancellationToken), fillInput: true, cancellationToken, clearForms: true);

    /// <param name="clearForms">For the action buttons, which post no fields: forget what was bound (and refused) from the forms.</param>
    private Task<IActionResult> AnswerAsync(string id, CommandResult result, bool fillInput, CancellationToken cancellationToken, bool clearForms = false)
    {
        if (clearForms)
        {
            ModelState.Clear();
        }

        return this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(new { id });
        }, () => ShowAsync(id, fillInput, result, cancellationToken));
    }

    /// <summary>The account as stored; after a refused save the administrator's input stays, and after a conflict it is based on the current token.</summary>
    private async Task<IActionResult> ShowAsync(string id, bool fillInput, CommandResult? result, CancellationToken cancellationToken)
    {
        if (await editAccount.LoadAsync(id, User, cancellationToken) is not { } editor)
        {
            return NotFound();
        }

        Account = editor.Account;
        Choices = editor.Choices;
        Conflict = result?.Conflict;
        if (fillInput)
        {
            Input = editor.Input;
            ConcurrencyToken = editor.ConcurrencyToken;
        }

        if (result?.Status == CommandStatus.Stale)
        {
            ModelState.Remove(nameof(ConcurrencyToken));
            ConcurrencyToken = editor.ConcurrencyToken;
        }

        return Page();
    }
}
