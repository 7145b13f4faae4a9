using CcHc.Domain.Common;
using CcHc.Infrastructure.Exports;
using CcHc.Web.Features;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Reports;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Reports;

/// <summary>
/// The results report of a plan version as every reader of the commune sees it (<see cref="ReportQuery"/>): the
/// document preview, the downloads and, once issued, the frozen files' SHA-256. The clerk issues it here
/// (<see cref="IssueReport"/>), which freezes the PDF and XLSX. Another commune's plan is 404 (tenant filter).
/// </summary>
public sealed class DetailsModel(ReportQuery query, IssueReport issue, ReportExports exports, TimeProvider clock) : PageModel
{
    public ReportPage Report { get; private set; } = default!;

    public IReadOnlyList<IssuedFile> FrozenFiles { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; private set; }

    /// <summary>Whether the caller may issue the report (the form is shown to the clerk only).</summary>
    public bool MayIssue { get; private set; }

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    [BindProperty]
    public string? DocumentNumber { get; set; }

    [BindProperty]
    public DateOnly? IssueDate { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken)
    {
        var result = await query.LoadAsync(User, planId, ReportOperations.Read, cancellationToken);
        if (result.Value is not { } report)
        {
            return await this.AnswerAsync(result, Page, () => Task.FromResult<IActionResult>(Page()));
        }

        await ShowAsync(report, cancellationToken);
        IssueDate ??= VietnamTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid planId, CancellationToken cancellationToken)
    {
        var result = await issue.RunAsync(User, planId, new ReportIssueInput(ConcurrencyToken, DocumentNumber, IssueDate), (view, ct) => exports.FreezeAsync(view.Content, ct), cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(new { planId });
        }, async () =>
        {
            Conflict = result.Conflict;
            ModelState.Remove(nameof(ConcurrencyToken));
            await ShowAsync((await query.LoadAsync(User, planId, ReportOperations.Read, cancellationToken)).Value!, cancellationToken);
            return Page();
        });
    }

    /// <summary>The report on the page, with its frozen files and the token of what is shown.</summary>
    private async Task ShowAsync(ReportPage report, CancellationToken cancellationToken)
    {
        Report = report;
        MayIssue = ReportOperations.Allows(User, report.Resource, ReportOperations.Issue);
        if (report.View is { } view)
        {
            ConcurrencyToken = view.ConcurrencyToken;
            FrozenFiles = await exports.FrozenAsync(view.Plan.Plan.Id, cancellationToken);
        }
    }
}
