using CcHc.Infrastructure.Identity;
using CcHc.Web.Charts;
using CcHc.Web.Features;
using CcHc.Web.Features.Office;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Office;

/// <summary>
/// The Nội vụ office's page (<see cref="OfficeQuery"/>): every commune it oversees with the latest assessment, the plan's
/// status and version, the tracked plan's tasks and the issued files; sortable by every column on the server
/// (?sort=total&amp;dir=desc); a histogram of the totals; the table as .xlsx and all issued plans as a .zip
/// (<see cref="OfficeDownloads"/>, audited).
/// </summary>
[Authorize(Roles = AppRoles.Reviewer + "," + AppRoles.Administrator)]
public sealed class IndexModel(OfficeQuery query, OfficeDownloads downloads) : PageModel
{
    /// <summary>The .zip's list of its files.</summary>
    public const string ListingName = OfficeDownloads.ListingName;

    public OfficeOverview Overview { get; private set; } = new([], new HashSet<Guid>(), new HashSet<Guid>());

    public IReadOnlyList<OfficeRow> Rows => Overview.Rows;

    public IReadOnlySet<Guid> SignedPlanIds => Overview.SignedPlanIds;

    public IReadOnlySet<Guid> UndeterminedPlanIds => Overview.UndeterminedPlanIds;

    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    public string SortKey => OfficeOverview.SortKey(Sort);

    /// <summary>?kind=Remediation|Improvement|MultiIndex: only the communes whose plan is of that kind.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>The valid kind filter; an unknown value filters nothing and is said so (<see cref="KindIgnored"/>).</summary>
    public CcHc.Domain.Plans.PlanKind? KindFilter => OfficeOverview.KindFilter(Kind);

    public bool KindIgnored => !string.IsNullOrEmpty(Kind) && KindFilter is null;

    public bool Descending => string.Equals(Dir, "desc", StringComparison.Ordinal);

    public HtmlString? TotalsHistogram { get; private set; }

    public bool AnySample => Rows.Any(r => r.IsSample);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await query.LoadAsync(SortKey, Descending, KindFilter, cancellationToken);
        TotalsHistogram = SvgCharts.Histogram(
            "office-histogram",
            "Phân bố tổng điểm Chỉ số CCHC của các xã (khoảng 5 điểm)",
            HistogramBins.Of(Rows.Where(r => r.Total is not null).Select(r => r.Total!.Value), 5m),
            "Tổng điểm (số xã)");
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var file = await downloads.WorkbookAsync(SortKey, Descending, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetZipAsync(CancellationToken cancellationToken)
    {
        var result = await downloads.ZipAsync(SortKey, Descending, cancellationToken);
        return await this.AnswerAsync(result, () => File(result.Value!.Content, result.Value.ContentType, result.Value.FileName), () =>
        {
            Problem = result.Errors[0].Message;
            return Task.FromResult<IActionResult>(new PageResult { StatusCode = StatusCodes.Status503ServiceUnavailable });
        });
    }

    /// <summary>The direction a column's header link asks for: the other one when it is the current sort.</summary>
    public string NextDir(string key) => key == SortKey && !Descending ? "desc" : "asc";

    /// <summary>aria-sort of a column header, null when the table is not sorted by it.</summary>
    public string? AriaSort(string key) => key == SortKey ? (Descending ? "descending" : "ascending") : null;
}
