using System.ComponentModel.DataAnnotations;
using CcHc.Web.Features;
using CcHc.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Users;

/// <summary>An administrator creates an account (<see cref="CreateAccount"/>). Administrators only (the /Admin folder's policy).</summary>
public sealed class CreateModel(CreateAccount createAccount) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AccountChoices Choices { get; private set; } = AccountChoices.Empty;

    /// <summary>The new account's fields, and the password typed twice.</summary>
    public sealed class InputModel : NewAccountInput
    {
        [Required(ErrorMessage = "Nhập lại mật khẩu.")]
        [Compare(nameof(Password), ErrorMessage = "Hai lần nhập mật khẩu không khớp.")]
        [DataType(DataType.Password)]
        [Display(Name = "Nhập lại mật khẩu")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Choices = await createAccount.ChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await createAccount.RunAsync(Input, ModelState.IsValid, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Edit", new { id = result.Value });
        }, async () =>
        {
            await OnGetAsync(cancellationToken);
            return Page();
        });
    }
}
