using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Reports;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Reports;

/// <summary>What the clerk writes in a report: the overall assessment, the proposals and the signer (form fields "Input.*").</summary>
public sealed class ReportText
{
    public const string Prefix = "Input";

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

    public static ReportText From(ResultsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new() { Summary = report.Summary, Proposals = report.Proposals, SignerName = report.SignerName };
    }

    /// <summary>The limits above, each refusal beside its field.</summary>
    public IEnumerable<FieldError> Check()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(m => new FieldError($"{Prefix}.{m}", r.ErrorMessage ?? string.Empty)));
    }
}

/// <summary>
/// The clerk writes the report of an issued plan version: the first save creates the draft; an issued report is refused
/// by the domain (and by the database trigger). A save based on a stale read is <see cref="CommandStatus.Stale"/> with
/// what the other person saved; so is a first save racing another clerk's (one report per version).
/// </summary>
public sealed class EditReport(CcHcDbContext db, ReportQuery reports, TimeProvider clock)
{
    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, Guid planId, Guid concurrencyToken, ReportText input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await reports.OpenAsync(user, planId, ReportOperations.Edit, cancellationToken);
        if (plan.Value is not { } found)
        {
            return plan;
        }

        if (!ReportView.IsReportable(found))
        {
            return CommandResult.Invalid(FieldError.ForForm(ReportView.NotIssuedMessage));
        }

        var errors = input.Check().ToList();
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var view = await ReportView.LoadAsync(db, found, clock, track: true, cancellationToken);
        try
        {
            if (view.IsStored)
            {
                db.Entry(view.Report).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = concurrencyToken;
            }
            else if (concurrencyToken != Guid.Empty)
            {
                // The form was read from a stored report that is gone or was never this one.
                return CommandResult.Stale(await DescribeConflictAsync(found, input, cancellationToken));
            }

            view.Report.Update(input.Summary, input.Proposals, input.SignerName);
            if (!view.IsStored)
            {
                db.ResultsReports.Add(view.Report);
            }

            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(view.IsStored ? "Đã lưu báo cáo." : "Đã lập dự thảo báo cáo kết quả khắc phục.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Stale(await DescribeConflictAsync(found, input, cancellationToken));
        }
        catch (DbUpdateException ex) when (ex.InnerException?.Message.Contains(ImmutabilityTriggers.IssuedReportMessage, StringComparison.Ordinal) == true)
        {
            return CommandResult.Invalid(FieldError.ForForm(ImmutabilityTriggers.IssuedReportMessage));
        }
        catch (DbUpdateException)
        {
            // Someone else created the report of this version at the same moment (one report per version).
            return CommandResult.Stale(await DescribeConflictAsync(found, input, cancellationToken));
        }
    }

    private async Task<ConcurrencyConflict> DescribeConflictAsync(PlanView plan, ReportText yours, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await ReportView.LoadAsync(db, plan, clock, track: false, cancellationToken);
        var theirs = ReportText.From(current.Report);
        return await ConcurrencyConflict.DescribeAsync(db, current.Report.Id,
        [
            ("Đánh giá chung", theirs.Summary ?? string.Empty, yours.Summary ?? string.Empty),
            ("Kiến nghị, đề xuất", theirs.Proposals ?? string.Empty, yours.Proposals ?? string.Empty),
            ("Người ký", theirs.SignerName, yours.SignerName),
        ], cancellationToken);
    }
}
