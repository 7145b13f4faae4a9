using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Reports;

/// <summary>
/// A plan version's results report with everything its pages and exports show: the plan (commune, evaluation,
/// positions), the report row — or, before the clerk has saved one, an unsaved draft with the default signer — and the
/// figures from the tracking as of the report date (the issue date once issued, else today in Vietnam).
/// </summary>
public sealed record ReportView(PlanView Plan, ResultsReport Report, bool IsStored, ResultsSummary Summary, string? OfficeName, Guid ConcurrencyToken)
{
    /// <summary>What the pages say when the plan version is not issued (its tasks are not being tracked yet).</summary>
    public const string NotIssuedMessage =
        "Chỉ lập báo cáo kết quả khắc phục cho phiên bản kế hoạch đã ban hành. Phiên bản này chưa ban hành nên chưa có kết quả để báo cáo.";

    public bool IsIssued => Report.Status == ReportStatus.Issued;

    /// <summary>What the report's documents are printed from.</summary>
    public Printing.ReportContent Content => new(Plan.Content, Report, Summary, OfficeName);

    /// <summary>The signer a new report starts with: the plan's, else the commune's chairman.</summary>
    public static string DefaultSigner(PlanView plan) =>
        plan.Plan.SignerName.Length > 0 ? plan.Plan.SignerName : plan.Commune.ChairmanName ?? string.Empty;

    /// <summary>
    /// The report of an issued plan version the caller may see; <paramref name="track"/> when the caller changes it.
    /// The plan must be issued: callers check <see cref="IsReportable"/> first.
    /// </summary>
    public static async Task<ReportView> LoadAsync(CcHcDbContext db, PlanView plan, TimeProvider clock, bool track, CancellationToken cancellationToken)
    {
        var planId = plan.Plan.Id;
        var reports = track ? db.ResultsReports : db.ResultsReports.AsNoTracking();
        var stored = await reports.SingleOrDefaultAsync(r => r.PlanId == planId, cancellationToken);
        var report = stored ?? new ResultsReport(plan.Plan, DefaultSigner(plan), clock.GetUtcNow());
        var token = stored is null ? Guid.Empty
            : track ? db.Entry(stored).Property<Guid>(CcHcDbContext.ConcurrencyToken).CurrentValue
            : await db.ConcurrencyTokenAsync<ResultsReport>(stored.Id, cancellationToken);
        var notes = await db.TaskNotes.AsNoTracking().Where(n => n.PlanId == planId).ToListAsync(cancellationToken);
        // A withdrawn file (EvidenceWithdrawal) is not evidence of its task: the report leaves it out.
        var evidence = await db.EvidenceFiles.AsNoTracking()
            .Where(f => f.PlanId == planId && !db.EvidenceWithdrawals.Any(w => w.EvidenceFileId == f.Id))
            .ToListAsync(cancellationToken);
        var asOf = report.IssueDate ?? VietnamTime.Today(clock);
        var summary = ResultsSummary.Build(plan.Plan, plan.Evaluation, notes, evidence, asOf);
        var officeId = plan.Commune.OversightOfficeId;
        var office = officeId is null ? null
            : await db.OversightOffices.AsNoTracking().Where(o => o.Id == officeId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return new ReportView(plan, report, stored is not null, summary, office, token);
    }

    /// <summary>Whether the plan version has results to report: an issued version (superseded ones included).</summary>
    public static bool IsReportable(PlanView plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Plan.Status == PlanStatus.Issued;
    }
}
