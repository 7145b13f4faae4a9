using CcHc.Web.Features.Communes;
using CcHc.Web.Features.Home;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages;

/// <summary>
/// The communes with their latest assessment as the summary table by field, warnings beside the numbers; searched by
/// name or province (?q=) and paged (?p=, <see cref="PageSize"/> communes a page), never every commune at once. Above
/// them, the caller's "Việc cần làm" (<see cref="HomeTodoQuery"/>): what their role should do next.
/// </summary>
public sealed class IndexModel(CommuneOverviewQuery query, HomeTodoQuery todo) : PageModel
{
    /// <summary>The caller's next steps; null for an administrator (nothing is theirs to do on a plan).</summary>
    public HomeTodo? Todo { get; private set; }

    public const int PageSize = 20;

    public IReadOnlyList<CommuneOverview> Communes { get; private set; } = [];

    /// <summary>The search: part of a commune's or province's name.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>The page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>How many communes the search found (all pages).</summary>
    public int Found { get; private set; }

    public int PageCount => Math.Max(1, (Found + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true && !User.IsInRole(CcHc.Infrastructure.Identity.AppRoles.Administrator))
        {
            Todo = await todo.LoadAsync(User, cancellationToken);
        }

        var search = Search is { Length: > 200 } text ? text[..200] : Search;
        var (ids, found) = await query.SearchAsync(search, 1, int.MaxValue, cancellationToken);
        Found = found;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = ids.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var loaded = page.Count == 0 ? [] : await query.LoadAsync(page, cancellationToken);
        Communes = [.. page.Join(loaded, id => id, o => o.Commune.Id, (_, o) => o)];
    }
}
