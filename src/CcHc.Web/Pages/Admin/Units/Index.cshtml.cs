using CcHc.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Units;

/// <summary>The administrative units: search, province, lineages to review, paging (<see cref="UnitDirectory"/>). Administrators only.</summary>
public sealed class IndexModel(UnitDirectory directory) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    [BindProperty(SupportsGet = true, Name = "tinh")]
    public string? ProvinceCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "canRaSoat")]
    public bool NeedsReview { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public UnitPage Units { get; private set; } = new([], 0, 1, 1, [], 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Units = await directory.LoadAsync(new UnitFilter(ProvinceCode, Search?.Trim() is { Length: > 100 } s ? s[..100] : Search, NeedsReview, PageNumber), cancellationToken);
}
