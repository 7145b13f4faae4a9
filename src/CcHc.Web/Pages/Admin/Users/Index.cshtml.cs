using CcHc.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Users;

/// <summary>The accounts (<see cref="AccountList"/>), searchable by text and filterable by role. Administrators only.</summary>
public sealed class IndexModel(AccountList accountList) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? RoleFilter { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await accountList.LoadAsync(Search, RoleFilter, cancellationToken);
}
