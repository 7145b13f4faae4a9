using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Plans;
using CcHc.Web.Printing;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Reports;

/// <summary>
/// The results report of a plan version as every reader of the commune sees it (the office's reviewer included):
/// the document preview, the downloads and, once issued, the frozen files' SHA-256. The clerk issues it here with a
/// number and a date; issuing freezes the PDF and XLSX. Another commune's plan is 404 (tenant filter).
/// </summary>
public sealed class DetailsModel(CcHcDbContext db, TimeProvider clock, ReportExports exports) : PageModel
{
    public PlanView Plan { get; private set; } = default!;

    public ReportView? View { get; private set; }

    public IReadOnlyList<IssuedFile> FrozenFiles { get; private set; } = [];

    [BindProperty]
    public Guid Stamp { get; set; }

    [BindProperty]
    [StringLength(20, ErrorMessage = "Số văn bản tối đa {1} ký tự.")]
    public string? DocumentNumber { get; set; }

    [BindProperty]
    public DateOnly? IssueDate { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await ReportView.PlanAsync(db, planId, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!AppRoles.All.Any(User.IsInRole))
        {
            return Forbid();
        }

        await LoadAsync(plan, cancellationToken);
        IssueDate ??= VietnamTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await ReportView.PlanAsync(db, planId, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!User.IsInRole(AppRoles.Clerk))
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(DocumentNumber))
        {
            ModelState.AddModelError(nameof(DocumentNumber), "Nhập số văn bản, ví dụ 05.");
        }

        if (IssueDate is null)
        {
            ModelState.AddModelError(nameof(IssueDate), "Nhập ngày ban hành.");
        }

        if (!ReportView.IsTracked(plan))
        {
            Error = ReportView.NotIssuedMessage;
        }
        else if (ModelState.IsValid)
        {
            var view = await ReportView.LoadAsync(db, plan, clock, track: true, cancellationToken);
            try
            {
                if (!view.IsStored)
                {
                    throw new DomainException("Chưa lập báo cáo: hãy soạn phần đánh giá chung và lưu trước khi ban hành.");
                }

                // The stamp is what the clerk saw: issuing a report someone changed meanwhile is refused.
                db.Entry(view.Report).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = Stamp;
                view.Report.Issue(User.AsActor(), clock.GetUtcNow(), DocumentNumber!, IssueDate!.Value);
                await db.SaveChangesAsync(cancellationToken);

                // The files are taken from what is now stored: the figures as of the issue date.
                db.ChangeTracker.Clear();
                await exports.FreezeAsync((await ReportView.LoadAsync(db, plan, clock, track: false, cancellationToken)).Content, cancellationToken);
                Message = "Đã ban hành báo cáo. Bản PDF và Excel của báo cáo đã được lưu cố định.";
                return RedirectToPage(new { planId });
            }
            catch (DomainException ex)
            {
                Error = ex.Message;
            }
            catch (DbUpdateConcurrencyException)
            {
                Error = "Báo cáo vừa được người khác thay đổi. Trang đã được tải lại với nội dung mới nhất; vui lòng xem lại rồi ban hành lại.";
            }
            catch (DbUpdateException ex) when (ex.InnerException?.Message.Contains(ImmutabilityTriggers.IssuedReportMessage, StringComparison.Ordinal) == true)
            {
                Error = ImmutabilityTriggers.IssuedReportMessage;
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(plan, cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(PlanView plan, CancellationToken cancellationToken)
    {
        Plan = plan;
        if (!ReportView.IsTracked(plan))
        {
            return;
        }

        View = await ReportView.LoadAsync(db, plan, clock, track: false, cancellationToken);
        Stamp = View.Stamp;
        FrozenFiles = await exports.FrozenAsync(plan.Plan.Id, cancellationToken);
    }
}
