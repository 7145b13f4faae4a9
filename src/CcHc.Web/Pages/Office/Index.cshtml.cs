using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
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
/// (?sort=total&amp;dir=desc) and shown <see cref="PageSize"/> rows a page (?p=2); a histogram of the totals; the table
/// as .xlsx and all issued plans as a .zip (<see cref="OfficeDownloads"/>, audited), every row whatever the page.
/// </summary>
/// <para>
/// Filters (<see cref="OfficeFilter"/>) ride in the query string: ?year=2023 (default: the latest year with data),
/// &amp;group=Phuong, &amp;state=Draft, &amp;kind=…; the counts cover every commune of the year and group; the downloads
/// follow the same filters. A reviewer sets the office's due date for the year (OnPostDueDate).
/// </para>
[Authorize(Roles = AppRoles.Reviewer + "," + AppRoles.Administrator)]
public sealed class IndexModel(OfficeQuery query, OfficeDownloads downloads, IConfiguration configuration) : PageModel
{
    /// <summary>The .zip's list of its files.</summary>
    public const string ListingName = OfficeDownloads.ListingName;

    public OfficeOverview Overview { get; private set; } = new([], new HashSet<Guid>(), new HashSet<Guid>());

    /// <summary>
    /// Rows a page shows by default: a province's Sở Nội vụ (38–168 units) sees all of its communes on one page; a
    /// national administrator's 3,321 units come in pages. "Office:PageSize" sets another size.
    /// </summary>
    public const int DefaultPageSize = 500;

    public int PageSize => Math.Max(1, configuration.GetValue("Office:PageSize", DefaultPageSize));

    /// <summary>Every row of the filters, sorted (the counts, the histogram and the downloads cover them all).</summary>
    public IReadOnlyList<OfficeRow> Rows => Overview.Rows;

    /// <summary>?p=: the page of the table, from 1 (clamped to the pages there are).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (Rows.Count + PageSize - 1) / PageSize);

    /// <summary>The rows of <see cref="PageNumber"/>.</summary>
    public IEnumerable<OfficeRow> PageRows => Rows.Skip((PageNumber - 1) * PageSize).Take(PageSize);

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

    /// <summary>?year=2023: the results year; blank or unknown: the latest year with data.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>?group=Xa|Phuong|DacKhu.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    /// <summary>?state=None|Draft|Submitted|Returned|Approved|Issued|IssuedSigned.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>The due date posted by the reviewer (OnPostDueDate).</summary>
    [BindProperty]
    public DateOnly? NewDueDate { get; set; }

    [TempData]
    public string? Message { get; set; }

    public OfficeFilter Filter => new(
        Year is >= 2000 and <= 2100 ? Year : null,
        CommuneGroups.Parse(Group),
        OverviewPlanStates.Parse(State),
        KindFilter);

    /// <summary>Whether the caller may set the due date: a reviewer of an office (not an administrator).</summary>
    public bool MaySetDueDate => User.IsInRole(AppRoles.Reviewer) && !User.IsInRole(AppRoles.Administrator);

    /// <summary>The query string values of the current filters and sort (for links and the downloads).</summary>
    public Dictionary<string, string> RouteValues(string? sort = null, string? dir = null, OverviewPlanState? state = null, bool keepState = true)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sort"] = sort ?? SortKey,
            ["dir"] = dir ?? (Descending ? "desc" : "asc"),
        };
        if (Overview.Year is { } year)
        {
            values["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Filter.Group is { } group)
        {
            values["group"] = group.ToString();
        }

        if ((state ?? (keepState ? Filter.State : null)) is { } s)
        {
            values["state"] = s.ToString();
        }

        if (KindFilter is { } kind)
        {
            values["kind"] = kind.ToString();
        }

        return values;
    }

    public bool Descending => string.Equals(Dir, "desc", StringComparison.Ordinal);

    public HtmlString? TotalsHistogram { get; private set; }

    public bool AnySample => Rows.Any(r => r.IsSample);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await query.LoadAsync(SortKey, Descending, Filter, cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        TotalsHistogram = SvgCharts.Histogram(
            "office-histogram",
            "Phân bố tổng điểm Chỉ số CCHC của các xã (khoảng 5 điểm)",
            HistogramBins.Of(Rows.Where(r => r.Total is not null).Select(r => r.Total!.Value), 5m),
            "Tổng điểm (số xã)");
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var file = await downloads.WorkbookAsync(SortKey, Descending, Filter, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetZipAsync(CancellationToken cancellationToken)
    {
        var result = await downloads.ZipAsync(SortKey, Descending, Filter, cancellationToken);
        return await this.AnswerAsync(result, () => File(result.Value!.Content, result.Value.ContentType, result.Value.FileName), () =>
        {
            Problem = result.Errors[0].Message;
            return Task.FromResult<IActionResult>(new PageResult { StatusCode = StatusCodes.Status503ServiceUnavailable });
        });
    }

    /// <summary>The reviewer sets (or moves) the office's due date for the shown year; back to the same filters.</summary>
    public async Task<IActionResult> OnPostDueDateAsync([FromServices] SetSubmissionDueDate command, CancellationToken cancellationToken)
    {
        // The year the page showed (the form posts it); without one, the year the page shows by default.
        var year = Year is >= 2000 and <= 2100 ? Year.Value : (await query.LoadAsync(SortKey, Descending, Filter, cancellationToken)).Year;
        if (year is null)
        {
            ModelState.AddModelError(nameof(NewDueDate), "Chưa có năm kết quả nào để đặt hạn nộp.");
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await command.RunAsync(User, year.Value, NewDueDate, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(null, null, new { year, group = Group, state = State, kind = Kind, sort = Sort, dir = Dir }, "due-date");
        }, () => OnGetAsync(cancellationToken));
    }

    /// <summary>The direction a column's header link asks for: the other one when it is the current sort.</summary>
    public string NextDir(string key) => key == SortKey && !Descending ? "desc" : "asc";

    /// <summary>aria-sort of a column header, null when the table is not sorted by it.</summary>
    public string? AriaSort(string key) => key == SortKey ? (Descending ? "descending" : "ascending") : null;
}
