using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Reports;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using CcHc.Web.Features.Plans;
using CcHc.Web.Features.Reports;
using CcHc.Web.Security;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.ProgressReports;

/// <summary>
/// A plan version's progress report for one period, with what its pages and files show: the stored report — or, before
/// the clerk has saved one, an unsaved draft with the default signer — and the figures cut off at the period's end.
/// </summary>
public sealed record ProgressReportView(PlanView Plan, ProgressReport Report, bool IsStored, ProgressSummary Summary, string? OfficeName, Guid ConcurrencyToken)
{
    public const string NotIssuedMessage =
        "Chỉ lập báo cáo định kỳ cho phiên bản kế hoạch đã ban hành. Phiên bản này chưa ban hành nên chưa có kết quả để báo cáo.";

    public bool IsIssued => Report.Status == ReportStatus.Issued;

    public ReportingPeriod Period => Summary.Period;

    public Printing.ProgressContent Content => new(Plan.Content, Report, Summary, OfficeName);

    public static async Task<ProgressReportView> LoadAsync(
        CcHcDbContext db, PlanView plan, ReportingPeriod period, TimeProvider clock, bool track, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        var planId = plan.Plan.Id;
        var reports = track ? db.ProgressReports : db.ProgressReports.AsNoTracking();
        var stored = await reports.SingleOrDefaultAsync(
            r => r.PlanId == planId && r.PeriodKind == period.Kind && r.PeriodYear == period.Year && r.PeriodIndex == period.Index, cancellationToken);
        var report = stored ?? new ProgressReport(plan.Plan, period, ReportView.DefaultSigner(plan), clock.GetUtcNow());
        var token = stored is null ? Guid.Empty
            : track ? db.Entry(stored).Property<Guid>(CcHcDbContext.ConcurrencyToken).CurrentValue
            : await db.ConcurrencyTokenAsync<ProgressReport>(stored.Id, cancellationToken);
        var notes = await db.TaskNotes.AsNoTracking().Where(n => n.PlanId == planId).ToListAsync(cancellationToken);
        var evidence = await db.EvidenceFiles.AsNoTracking().Where(f => f.PlanId == planId).ToListAsync(cancellationToken);
        var withdrawals = await db.EvidenceWithdrawals.AsNoTracking().Where(w => w.PlanId == planId).ToListAsync(cancellationToken);
        var summary = ProgressSummary.Build(plan.Plan, period, notes, evidence, withdrawals);
        var officeId = plan.Commune.OversightOfficeId;
        var office = officeId is null ? null
            : await db.OversightOffices.AsNoTracking().Where(o => o.Id == officeId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return new ProgressReportView(plan, report, stored is not null, summary, office, token);
    }
}

/// <summary>
/// A progress report page's content: the plan version and the report of the period — or, when there can be none (the
/// version is not issued, the period is outside the plan's years), why not.
/// </summary>
public sealed record ProgressReportPage(PlanView Plan, ReportingPeriod Period, ProgressReportView? View, string? Problem = null)
{
    public ReportResource Resource => ReportQuery.ResourceOf(Plan);
}

/// <summary>One period of a plan on the list page: its report's state, number and date.</summary>
public sealed record PeriodRow(ReportingPeriod Period, ReportStatus? Status, string? NumberLine, DateOnly? IssueDate, bool IsDue);

/// <summary>
/// Opens a plan version's progress report of one period for one operation, with the results report's rules
/// (<see cref="ReportOperations"/>: the commune's clerk edits and issues; every reader of the commune reads) and one
/// more: outside the commune (the overseeing office, a successor's users) only an issued report is shown — a draft is
/// not found; an administrator sees drafts too. Another commune's plan is not found (tenant filter).
/// </summary>
public sealed class ProgressReportQuery(CcHcDbContext db, TimeProvider clock, IAuthorizationService authorization)
{
    public const string DraftHiddenMessage = "Báo cáo định kỳ của kỳ này chưa ban hành.";

    public async Task<CommandResult<ProgressReportPage>> LoadAsync(
        ClaimsPrincipal user, Guid planId, string? periodCode, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!ReportingPeriod.TryParse(periodCode, out var period))
        {
            return CommandResult.NotFound().As<ProgressReportPage>();
        }

        var plan = await OpenAsync(user, planId, operation, cancellationToken);
        if (plan.Value is not { } found)
        {
            return plan.As<ProgressReportPage>();
        }

        if (!ReportView.IsReportable(found))
        {
            return CommandResult.Done(new ProgressReportPage(found, period, null, ProgressReportView.NotIssuedMessage));
        }

        if (period.Year < found.Plan.Year || period.Year > Math.Max(found.Plan.Year, found.Plan.ToYear))
        {
            return CommandResult.Done(new ProgressReportPage(found, period, null,
                $"Kỳ báo cáo {period.LabelInSentence} nằm ngoài thời gian thực hiện kế hoạch (năm {found.Plan.Year}"
                + (found.Plan.ToYear > found.Plan.Year ? $" – {found.Plan.ToYear}" : string.Empty) + ")."));
        }

        var view = await ProgressReportView.LoadAsync(db, found, period, clock, track: false, cancellationToken);
        if (!view.IsIssued && !MaySeeDrafts(user, found))
        {
            return CommandResult.NotFound().As<ProgressReportPage>();
        }

        return CommandResult.Done(new ProgressReportPage(found, period, view));
    }

    /// <summary>The periods of an issued plan version (the default cadence and any period already reported), with their state.</summary>
    public async Task<CommandResult<(PlanView Plan, IReadOnlyList<PeriodRow> Rows)>> PeriodsAsync(ClaimsPrincipal user, Guid planId, CancellationToken cancellationToken)
    {
        var plan = await OpenAsync(user, planId, ReportOperations.Read, cancellationToken);
        if (plan.Value is not { } found)
        {
            return plan.As<(PlanView, IReadOnlyList<PeriodRow>)>();
        }

        var stored = await db.ProgressReports.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync(cancellationToken);
        var own = MaySeeDrafts(user, found);
        var today = VietnamTime.Today(clock);
        var periods = ReportingPeriod.PlanPeriods(found.Plan.Year, found.Plan.ToYear, ReportingCadence.Default, found.Plan.IssueDate)
            .Concat(stored.Select(r => r.Period)).Distinct().ToList();
        periods.Sort(ReportingPeriod.Compare);
        var issued = stored.Where(r => r.Status == ReportStatus.Issued).Select(r => r.Period).ToList();
        var due = ReportingPeriod.Due(periods, issued, today).ToHashSet();
        var rows = periods.Select(p =>
        {
            var report = stored.FirstOrDefault(r => r.Period == p);
            if (report is not null && report.Status != ReportStatus.Issued && !own)
            {
                report = null;
            }

            return new PeriodRow(p, report?.Status, report?.Status == ReportStatus.Issued ? report.NumberLine : null, report?.IssueDate, due.Contains(p));
        }).ToList();
        return CommandResult.Done<(PlanView, IReadOnlyList<PeriodRow>)>((found, rows));
    }

    /// <summary>Drafts are the commune's own (and an administrator's): the office and a successor's users see issued reports only.</summary>
    public static bool MaySeeDrafts(ClaimsPrincipal user, PlanView plan) =>
        DataScope.FromPrincipal(user).IsUnrestricted || ReportQuery.ResourceOf(plan).Scope.IsOwnCommuneOf(user);

    internal async Task<CommandResult<PlanView>> OpenAsync(
        ClaimsPrincipal user, Guid planId, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var plan = await PlanView.LoadAsync(db, planId, track: false, cancellationToken);
        if (plan is null)
        {
            return CommandResult.NotFound().As<PlanView>();
        }

        return (await authorization.AuthorizeAsync(user, ReportQuery.ResourceOf(plan), operation)).Succeeded
            ? CommandResult.Done(plan)
            : CommandResult.Forbidden().As<PlanView>();
    }
}

/// <summary>What the clerk writes in a progress report (form fields "Input.*").</summary>
public sealed class ProgressText
{
    public const string Prefix = "Input";

    [StringLength(ProgressReport.MaxTextLength, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Đánh giá chung")]
    public string? Summary { get; set; }

    [StringLength(ProgressReport.MaxTextLength, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Nhiệm vụ trọng tâm kỳ tới")]
    public string? NextFocus { get; set; }

    [StringLength(ProgressReport.MaxTextLength, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Kiến nghị, đề xuất")]
    public string? Proposals { get; set; }

    [Required(ErrorMessage = "Nhập họ tên người ký.")]
    [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Người ký")]
    public string SignerName { get; set; } = string.Empty;

    public static ProgressText From(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new() { Summary = report.Summary, NextFocus = report.NextFocus, Proposals = report.Proposals, SignerName = report.SignerName };
    }

    public IEnumerable<FieldError> Check()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(m => new FieldError($"{Prefix}.{m}", r.ErrorMessage ?? string.Empty)));
    }
}

/// <summary>
/// The clerk writes the progress report of a period: the first save creates the draft; an issued one is refused by the
/// domain and by the database trigger; a save from a stale read (or racing another first save) is stale.
/// </summary>
public sealed class EditProgressReport(CcHcDbContext db, ProgressReportQuery reports, TimeProvider clock)
{
    public async Task<CommandResult> RunAsync(
        ClaimsPrincipal user, Guid planId, string? periodCode, Guid concurrencyToken, ProgressText input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ReportingPeriod.TryParse(periodCode, out var period))
        {
            return CommandResult.NotFound();
        }

        var plan = await reports.OpenAsync(user, planId, ReportOperations.Edit, cancellationToken);
        if (plan.Value is not { } found)
        {
            return plan;
        }

        if (!ReportView.IsReportable(found))
        {
            return CommandResult.Invalid(FieldError.ForForm(ProgressReportView.NotIssuedMessage));
        }

        var errors = input.Check().ToList();
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        try
        {
            var view = await ProgressReportView.LoadAsync(db, found, period, clock, track: true, cancellationToken);
            if (view.IsStored)
            {
                db.Entry(view.Report).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = concurrencyToken;
            }
            else if (concurrencyToken != Guid.Empty)
            {
                return CommandResult.Stale(await ConflictAsync(found, period, input, cancellationToken));
            }

            view.Report.Update(input.Summary, input.NextFocus, input.Proposals, input.SignerName);
            if (!view.IsStored)
            {
                db.ProgressReports.Add(view.Report);
            }

            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(view.IsStored ? "Đã lưu báo cáo." : $"Đã lập dự thảo báo cáo định kỳ {period.LabelInSentence}.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Stale(await ConflictAsync(found, period, input, cancellationToken));
        }
        catch (DbUpdateException ex) when (ex.InnerException?.Message.Contains(ImmutabilityTriggers.IssuedReportMessage, StringComparison.Ordinal) == true)
        {
            return CommandResult.Invalid(FieldError.ForForm(ImmutabilityTriggers.IssuedReportMessage));
        }
        catch (DbUpdateException)
        {
            return CommandResult.Stale(await ConflictAsync(found, period, input, cancellationToken));
        }
    }

    private async Task<ConcurrencyConflict> ConflictAsync(PlanView plan, ReportingPeriod period, ProgressText yours, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await ProgressReportView.LoadAsync(db, plan, period, clock, track: false, cancellationToken);
        var theirs = ProgressText.From(current.Report);
        return await ConcurrencyConflict.DescribeAsync(db, current.Report.Id,
        [
            ("Đánh giá chung", theirs.Summary ?? string.Empty, yours.Summary ?? string.Empty),
            ("Nhiệm vụ trọng tâm kỳ tới", theirs.NextFocus ?? string.Empty, yours.NextFocus ?? string.Empty),
            ("Kiến nghị, đề xuất", theirs.Proposals ?? string.Empty, yours.Proposals ?? string.Empty),
            ("Người ký", theirs.SignerName, yours.SignerName),
        ], cancellationToken);
    }
}

/// <summary>
/// The clerk issues a saved draft progress report with a number and a date, once its period has ended; its files are
/// then frozen by the printing step the caller passes in.
/// </summary>
public sealed class IssueProgressReport(CcHcDbContext db, ProgressReportQuery reports, TimeProvider clock)
{
    public const string DoneMessage = "Đã ban hành báo cáo định kỳ. Bản PDF, Excel và Word của báo cáo đã được lưu cố định.";

    public async Task<CommandResult> RunAsync(
        ClaimsPrincipal user, Guid planId, string? periodCode, ReportIssueInput input, Func<ProgressReportView, CancellationToken, Task> freeze, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(freeze);
        if (!ReportingPeriod.TryParse(periodCode, out var period))
        {
            return CommandResult.NotFound();
        }

        var plan = await reports.OpenAsync(user, planId, ReportOperations.Issue, cancellationToken);
        if (plan.Value is not { } found)
        {
            return plan;
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.DocumentNumber))
        {
            errors.Add(new FieldError(nameof(input.DocumentNumber), "Nhập số văn bản, ví dụ 05."));
        }
        else if (input.DocumentNumber.Length > ReportIssueInput.MaxNumberLength)
        {
            errors.Add(new FieldError(nameof(input.DocumentNumber), $"Số văn bản tối đa {ReportIssueInput.MaxNumberLength} ký tự."));
        }

        if (input.IssueDate is null)
        {
            errors.Add(new FieldError(nameof(input.IssueDate), "Nhập ngày ban hành."));
        }

        if (!ReportView.IsReportable(found))
        {
            errors.Add(FieldError.ForForm(ProgressReportView.NotIssuedMessage));
        }

        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        ProgressReportView view;
        try
        {
            view = await ProgressReportView.LoadAsync(db, found, period, clock, track: true, cancellationToken);
            if (!view.IsStored)
            {
                throw new DomainException("Chưa lập báo cáo: hãy soạn phần đánh giá chung và lưu trước khi ban hành.");
            }

            db.Entry(view.Report).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = input.ConcurrencyToken;
            view.Report.Issue(user.AsActor(), clock.GetUtcNow(), VietnamTime.Today(clock), input.DocumentNumber!, input.IssueDate!.Value);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await ProgressReportView.LoadAsync(db, found, period, clock, track: false, cancellationToken);
            return CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, current.Report.Id, [], cancellationToken));
        }
        catch (DbUpdateException ex) when (ex.InnerException?.Message.Contains(ImmutabilityTriggers.IssuedReportMessage, StringComparison.Ordinal) == true)
        {
            return CommandResult.Invalid(FieldError.ForForm(ImmutabilityTriggers.IssuedReportMessage));
        }

        db.ChangeTracker.Clear();
        await freeze(await ProgressReportView.LoadAsync(db, found, period, clock, track: false, cancellationToken), cancellationToken);
        return CommandResult.Done(DoneMessage);
    }
}

/// <summary>One commune on the office's "who reported" page for a period.</summary>
public sealed record CommuneReporting(Guid CommuneId, string CommuneName, bool HasIssuedPlan, Guid? PlanId, string? NumberLine, DateOnly? IssueDate)
{
    public bool HasReported => PlanId is not null;
}

/// <summary>
/// Which communes of the caller's office (every reached commune for an administrator) have issued their progress
/// report of a period: three queries (communes, issued plans covering the period's year, issued reports of the period).
/// </summary>
public sealed class OfficeReportingQuery(CcHcDbContext db)
{
    public async Task<IReadOnlyList<CommuneReporting>> LoadAsync(ClaimsPrincipal user, ReportingPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(period);
        var scope = DataScope.FromPrincipal(user);
        var communes = db.ReachedCommunes.AsNoTracking();
        if (!scope.IsUnrestricted)
        {
            if (scope.OfficeId is not { } office)
            {
                return [];
            }

            communes = communes.Where(c => c.OversightOfficeId == office);
        }

        var list = await communes.Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);

        // The communes as a subquery, not a list of ids: a national view has 3,321 of them, one SQL parameter each
        // would pass SQL Server's 2,100.
        var ids = communes.Select(c => c.Id);
        var year = period.Year;
        var planned = (await db.Plans.AsNoTracking()
            .Where(p => ids.Contains(p.CommuneId) && p.Status == Domain.Plans.PlanStatus.Issued && p.Year <= year && (p.Year >= year || p.ToYear >= year))
            .Select(p => p.CommuneId).ToListAsync(cancellationToken)).ToHashSet();
        var reports = (await db.ProgressReports.AsNoTracking()
            .Where(r => ids.Contains(r.CommuneId) && r.Status == ReportStatus.Issued
                && r.PeriodKind == period.Kind && r.PeriodYear == period.Year && r.PeriodIndex == period.Index)
            .Select(r => new { r.CommuneId, r.PlanId, r.DocumentNumber, r.IssueDate }).ToListAsync(cancellationToken))
            .GroupBy(r => r.CommuneId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.IssueDate).First());
        return list.OrderByName(c => c.Name).Select(c => reports.TryGetValue(c.Id, out var r)
                ? new CommuneReporting(c.Id, c.Name, true, r.PlanId, DocumentNumbers.Line(r.DocumentNumber, ProgressReport.DocumentSymbol), r.IssueDate)
                : new CommuneReporting(c.Id, c.Name, planned.Contains(c.Id), null, null, null))
            .ToList();
    }
}
