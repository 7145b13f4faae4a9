using System.Globalization;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Auditing;
using CcHc.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.Audit;

/// <summary>Searches the audit trail (<see cref="AuditSearch"/>). Administrators only.</summary>
public sealed class IndexModel(AuditSearch search) : PageModel
{
    public const int PageSize = AuditSearch.PageSize;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public Guid? CommuneFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public AuditAction? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? EntityFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToText { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = default!;

    public DateOnly? From => Result.From;

    public DateOnly? To => Result.To;

    public int Total => Result.Total;

    public int PageCount => Result.PageCount;

    public IReadOnlyList<AuditEntry> Entries => Result.Entries;

    public IReadOnlyList<Commune> Communes => Result.Communes;

    public IReadOnlyList<string> EntityTypes => Result.EntityTypes;

    /// <summary>User names of the accounts the shown entries are about (logins, account changes).</summary>
    public IReadOnlyDictionary<string, string> AccountNames => Result.AccountNames;

    public string? CommuneName(AuditEntry entry) => Result.CommuneName(entry);

    /// <summary>The current filters as query values, for the page links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("user", UserFilter);
        Add("commune", CommuneFilter?.ToString());
        Add("action", ActionFilter?.ToString());
        Add("entity", EntityFilter);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (page > 1)
        {
            values["p"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await search.RunAsync(new AuditFilter(UserFilter, CommuneFilter, ActionFilter, EntityFilter, FromText, ToText, PageNumber), cancellationToken);
        PageNumber = Result.PageNumber;
        foreach (var error in Result.Errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
    }
}
