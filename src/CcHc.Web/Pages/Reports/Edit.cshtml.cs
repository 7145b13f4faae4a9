using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Reports;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Plans;
using CcHc.Web.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Reports;

/// <summary>
/// The clerk writes the report of an issued plan version: the overall assessment, the proposals and the signer. The
/// first save creates the draft report; an issued report is refused by the domain (and by the database trigger).
/// A save based on a stale read shows what the other person saved; the clerk's text stays in the form.
/// </summary>
public sealed class EditModel(CcHcDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public Guid Stamp { get; set; }

    public PlanView Plan { get; private set; } = default!;

    public ReportView? View { get; private set; }

    public ConcurrencyConflict? Conflict { get; private set; }

    public sealed class InputModel
    {
        [StringLength(ResultsReport.MaxTextLength, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Đánh giá chung")]
        public string? Summary { get; set; }

        [StringLength(ResultsReport.MaxTextLength, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Kiến nghị, đề xuất")]
        public string? Proposals { get; set; }

        [Required(ErrorMessage = "Nhập họ tên người ký.")]
        [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Người ký")]
        public string SignerName { get; set; } = string.Empty;

        public static InputModel From(ResultsReport report) => new()
        {
            Summary = report.Summary,
            Proposals = report.Proposals,
            SignerName = report.SignerName,
        };
    }

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken)
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

        Plan = plan;
        if (ReportView.IsTracked(plan))
        {
            View = await ReportView.LoadAsync(db, plan, clock, track: false, cancellationToken);
            Input = InputModel.From(View.Report);
            Stamp = View.Stamp;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, CancellationToken cancellationToken)
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

        Plan = plan;
        if (!ReportView.IsTracked(plan))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var view = await ReportView.LoadAsync(db, plan, clock, track: true, cancellationToken);
        View = view;
        if (ModelState.IsValid)
        {
            try
            {
                if (view.IsStored)
                {
                    db.Entry(view.Report).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = Stamp;
                }
                else if (Stamp != Guid.Empty)
                {
                    throw new DbUpdateConcurrencyException();
                }

                view.Report.Update(Input.Summary, Input.Proposals, Input.SignerName);
                if (!view.IsStored)
                {
                    db.ResultsReports.Add(view.Report);
                }

                await db.SaveChangesAsync(cancellationToken);
                TempData["Message"] = view.IsStored ? "Đã lưu báo cáo." : "Đã lập dự thảo báo cáo kết quả khắc phục.";
                return RedirectToPage("Details", new { planId });
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                await ConflictAsync(plan, cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.InnerException?.Message.Contains(ImmutabilityTriggers.IssuedReportMessage, StringComparison.Ordinal) == true)
            {
                ModelState.AddModelError(string.Empty, ImmutabilityTriggers.IssuedReportMessage);
            }
            catch (DbUpdateException)
            {
                // Someone else created the report of this version at the same moment (one report per version).
                await ConflictAsync(plan, cancellationToken);
            }
        }

        Response.StatusCode = Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task ConflictAsync(PlanView plan, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await ReportView.LoadAsync(db, plan, clock, track: false, cancellationToken);
        var theirs = InputModel.From(current.Report);
        Conflict = await ConcurrencyConflict.DescribeAsync(db, current.Report.Id,
        [
            ("Đánh giá chung", theirs.Summary ?? string.Empty, Input.Summary ?? string.Empty),
            ("Kiến nghị, đề xuất", theirs.Proposals ?? string.Empty, Input.Proposals ?? string.Empty),
            ("Người ký", theirs.SignerName, Input.SignerName),
        ], cancellationToken);
        View = current;

        // The next save is based on what is now stored, so the clerk can reapply the change deliberately.
        Stamp = current.Stamp;
        ModelState.Remove(nameof(Stamp));
    }
}
