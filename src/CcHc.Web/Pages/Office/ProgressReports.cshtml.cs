using CcHc.Domain.Common;
using CcHc.Domain.Reports;
using CcHc.Infrastructure.Identity;
using CcHc.Web.Features.ProgressReports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Office;

/// <summary>
/// Which communes of the office have issued their periodic progress report (báo cáo định kỳ) for a period
/// (<see cref="OfficeReportingQuery"/>): ?period=2026-Q1 (default: the latest quarter that has ended), each commune
/// reported (number, date, link to the issued PDF) or not, and the counts. A page of its own, apart from the overview.
/// </summary>
[Authorize(Roles = AppRoles.Reviewer + "," + AppRoles.Administrator)]
public sealed class ProgressReportsModel(OfficeReportingQuery query, TimeProvider clock) : PageModel
{
    public ReportingPeriod Period { get; private set; } = default!;

    public IReadOnlyList<CommuneReporting> Rows { get; private set; } = [];

    /// <summary>The periods offered in the picker: this year's and last year's, the latest first.</summary>
    public IReadOnlyList<ReportingPeriod> Choices { get; private set; } = [];

    public string? PeriodError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var ended = ReportingPeriod.PlanPeriods(today.Year - 1, today.Year, ReportingCadence.Default | ReportingCadence.Monthly)
            .Where(p => p.End < today).ToList();
        Choices = ended.AsEnumerable().Reverse().ToList();
        var latestQuarter = ended.LastOrDefault(p => p.Kind == PeriodKind.Quarter) ?? ReportingPeriod.Quarter(today.Year, 1);
        if (period is null)
        {
            Period = latestQuarter;
        }
        else if (ReportingPeriod.TryParse(period, out var chosen))
        {
            Period = chosen;
        }
        else
        {
            PeriodError = $"Kỳ báo cáo \"{period}\" không hợp lệ (ví dụ: 2026-Q1, 2026-M03, 2026-H1, 2026-Y).";
            Period = latestQuarter;
        }

        Rows = await query.LoadAsync(User, Period, cancellationToken);
        return Page();
    }
}
