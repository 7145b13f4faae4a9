using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>
/// The criteria sets with their size and how many assessments use them, and the way in: the .xlsx template
/// (OnGetTemplate), import, copy to another year, edit, export. Administrators only.
/// </summary>
public sealed class IndexModel(CcHcDbContext db) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<SetRow> Sets { get; private set; } = [];

    public sealed record SetRow(
        Guid Id, string Name, IndexKind IndexKind, string Province, int Year, CriteriaCoverage Coverage, int Nodes, int Fields, int Assessments);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var nodes = await db.CriterionNodes.AsNoTracking()
            .GroupBy(n => n.CriteriaSetId)
            .Select(g => new { g.Key, Count = g.Count(), Fields = g.Count(n => n.ParentId == null) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);

        // Every commune's assessments count, whatever the administrator's scope.
        var assessments = await db.Assessments.IgnoreQueryFilters().AsNoTracking()
            .GroupBy(a => a.CriteriaSetId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var sets = await db.CriteriaSets.AsNoTracking()
            .OrderByDescending(s => s.Year).ThenBy(s => s.Province).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.IndexKind, s.Province, s.Year, s.Coverage })
            .ToListAsync(cancellationToken);
        Sets = sets
            .Select(s => new SetRow(
                s.Id, s.Name, s.IndexKind, s.Province, s.Year, s.Coverage,
                nodes.GetValueOrDefault(s.Id)?.Count ?? 0, nodes.GetValueOrDefault(s.Id)?.Fields ?? 0, assessments.GetValueOrDefault(s.Id)))
            .ToList();
    }

    /// <summary>The empty template: the four columns with three example rows and a sheet of instructions.</summary>
    public IActionResult OnGetTemplate() =>
        File(SpreadsheetWorkbooks.CriteriaSetTemplate(), SpreadsheetWorkbooks.ContentType, "mau-bo-tieu-chi.xlsx");
}
