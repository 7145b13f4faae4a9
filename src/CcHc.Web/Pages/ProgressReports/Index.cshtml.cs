using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Plans;
using CcHc.Web.Features.ProgressReports;
using CcHc.Web.Features.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.ProgressReports;

/// <summary>
/// Báo cáo định kỳ of a plan version: its reporting periods (quarters, six months, the year, and any other period
/// already reported) with their state — chưa lập / dự thảo / đã ban hành — and which are due. The clerk opens any
/// period, a month too, from here. Another commune's plan is 404; the office sees issued reports only.
/// </summary>
public sealed class IndexModel(ProgressReportQuery query) : PageModel
{
    public PlanView Plan { get; private set; } = default!;

    public IReadOnlyList<PeriodRow> Rows { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken)
    {
        var result = await query.PeriodsAsync(User, planId, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            (Plan, Rows) = result.Value;
            MayEdit = ReportOperations.Allows(User, ReportQuery.ResourceOf(Plan), ReportOperations.Edit);
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }
}
