using CcHc.Domain.Common;
using CcHc.Infrastructure.Exports;
using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.ProgressReports;
using CcHc.Web.Features.Reports;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.ProgressReports;

/// <summary>
/// A plan version's progress report of one period (<see cref="ProgressReportQuery"/>): the figures at the cut-off,
/// the downloads and, once issued, the frozen files' SHA-256. The clerk issues it here (<see cref="IssueProgressReport"/>),
/// which freezes the PDF, XLSX and DOCX. The period comes in the route (/ProgressReports/Details/{plan}/2026-Q1) or,
/// from the list page's form, in the query string.
/// </summary>
public sealed class DetailsModel(ProgressReportQuery query, IssueProgressReport issue, ProgressExports exports, TimeProvider clock) : PageModel
{
    public ProgressReportPage Report { get; private set; } = default!;

    public IReadOnlyList<ProgressReportFile> FrozenFiles { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; private set; }

    public bool MayIssue { get; private set; }

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    [BindProperty]
    public string? DocumentNumber { get; set; }

    [BindProperty]
    public DateOnly? IssueDate { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, string? period, CancellationToken cancellationToken)
    {
        var result = await query.LoadAsync(User, planId, period, ReportOperations.Read, cancellationToken);
        if (result.Value is not { } report)
        {
            return await this.AnswerAsync(result, Page, () => Task.FromResult<IActionResult>(Page()));
        }

        if (RouteData.Values["period"] is null)
        {
            return RedirectToPage(new { planId, period = report.Period.Code });
        }

        await ShowAsync(report, cancellationToken);
        IssueDate ??= VietnamTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid planId, string? period, CancellationToken cancellationToken)
    {
        var result = await issue.RunAsync(User, planId, period, new ReportIssueInput(ConcurrencyToken, DocumentNumber, IssueDate),
            (view, ct) => exports.FreezeAsync(view.Content, ct), cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(new { planId, period });
        }, async () =>
        {
            Conflict = result.Conflict;
            ModelState.Remove(nameof(ConcurrencyToken));
            await ShowAsync((await query.LoadAsync(User, planId, period, ReportOperations.Read, cancellationToken)).Value!, cancellationToken);
            return Page();
        });
    }

    private async Task ShowAsync(ProgressReportPage report, CancellationToken cancellationToken)
    {
        Report = report;
        MayIssue = ReportOperations.Allows(User, report.Resource, ReportOperations.Issue);
        if (report.View is { } view)
        {
            ConcurrencyToken = view.ConcurrencyToken;
            if (view.IsIssued)
            {
                FrozenFiles = await exports.FrozenAsync(view.Report.Id, cancellationToken);
            }
        }
    }
}
