using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Reports;

/// <summary>The issue form: the number and date, and the token of the report the clerk saw.</summary>
public sealed record ReportIssueInput(Guid ConcurrencyToken, string? DocumentNumber, DateOnly? IssueDate)
{
    public const int MaxNumberLength = 20;
}

/// <summary>
/// The clerk issues a saved draft report with a number and a date (the domain refuses one without its overall
/// assessment); issuing a report someone changed meanwhile is <see cref="CommandStatus.Stale"/>. Once saved, the
/// report's files are frozen from what is now stored — the figures as of the issue date — by the printing step the
/// caller passes in (the files are the printing layer's, which reads this feature's <see cref="ReportView"/>).
/// </summary>
public sealed class IssueReport(CcHcDbContext db, ReportQuery reports, TimeProvider clock)
{
    public const string DoneMessage = "Đã ban hành báo cáo. Bản PDF và Excel của báo cáo đã được lưu cố định.";

    public async Task<CommandResult> RunAsync(
        ClaimsPrincipal user, Guid planId, ReportIssueInput input, Func<ReportView, CancellationToken, Task> freeze, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(freeze);
        var plan = await reports.OpenAsync(user, planId, ReportOperations.Issue, cancellationToken);
        if (plan.Value is not { } found)
        {
            return plan;
        }

        var errors = Check(input).ToList();
        if (!ReportView.IsReportable(found))
        {
            errors.Add(FieldError.ForForm(ReportView.NotIssuedMessage));
        }

        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var view = await ReportView.LoadAsync(db, found, clock, track: true, cancellationToken);
        try
        {
            if (!view.IsStored)
            {
                throw new DomainException("Chưa lập báo cáo: hãy soạn phần đánh giá chung và lưu trước khi ban hành.");
            }

            db.Entry(view.Report).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = input.ConcurrencyToken;
            view.Report.Issue(user.AsActor(), clock.GetUtcNow(), input.DocumentNumber!, input.IssueDate!.Value);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, view.Report.Id, [], cancellationToken));
        }
        catch (DbUpdateException ex) when (ex.InnerException?.Message.Contains(ImmutabilityTriggers.IssuedReportMessage, StringComparison.Ordinal) == true)
        {
            return CommandResult.Invalid(FieldError.ForForm(ImmutabilityTriggers.IssuedReportMessage));
        }

        db.ChangeTracker.Clear();
        await freeze(await ReportView.LoadAsync(db, found, clock, track: false, cancellationToken), cancellationToken);
        return CommandResult.Done(DoneMessage);
    }

    private static IEnumerable<FieldError> Check(ReportIssueInput input)
    {
        if (string.IsNullOrWhiteSpace(input.DocumentNumber))
        {
            yield return new FieldError(nameof(input.DocumentNumber), "Nhập số văn bản, ví dụ 05.");
        }
        else if (input.DocumentNumber.Length > ReportIssueInput.MaxNumberLength)
        {
            yield return new FieldError(nameof(input.DocumentNumber), $"Số văn bản tối đa {ReportIssueInput.MaxNumberLength} ký tự.");
        }

        if (input.IssueDate is null)
        {
            yield return new FieldError(nameof(input.IssueDate), "Nhập ngày ban hành.");
        }
    }
}
