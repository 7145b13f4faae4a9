using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Todo;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Plans;
using CcHc.Web.Features.Tracking;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Home;

/// <summary>What the reviewer is told about one commune: behind the due date, a plan newly issued, a revision request answered.</summary>
public enum ReviewerNoticeKind
{
    Behind,
    Issued,
    Answered,
}

public sealed record ReviewerNotice(ReviewerNoticeKind Kind, Guid CommuneId, string CommuneName, Guid? PlanId, string Text, DateOnly? Date);

/// <summary>
/// A home page's "what next": the caller's tasks due (overdue first, then due within 14 days), the clerk's and the
/// chairman's next step per plan (<see cref="NextSteps"/>, with the clerk's due progress reports), the reviewer's notices.
/// </summary>
public sealed record HomeTodo(DateOnly Today, IReadOnlyList<TaskRow> Tasks, IReadOnlyList<NextStep> Steps, IReadOnlyList<ReviewerNotice> Notices)
{
    public static HomeTodo None(DateOnly today) => new(today, [], [], []);

    public bool IsEmpty => Tasks.Count == 0 && Steps.Count == 0 && Notices.Count == 0;
}

/// <summary>
/// Loads <see cref="HomeTodo"/> for the caller's role with a fixed number of queries: "Việc của tôi"'s three for the
/// tasks; for the clerk and the chairman the commune's plan versions, signed copies, issued reports, issued progress reports and open revision
/// requests (one query each) and, for each open draft of the clerk (a commune has one at a time), its completeness
/// through the plan view; for the reviewer the office's communes, due dates, plans and answered requests (one each).
/// </summary>
public sealed class HomeTodoQuery(CcHcDbContext db, MyTasksQuery myTasks, TimeProvider clock)
{
    public async Task<HomeTodo> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = VietnamTime.Today(clock);
        if (user.IsInRole(AppRoles.Reviewer))
        {
            return new HomeTodo(today, [], [], await ReviewerAsync(user, today, cancellationToken));
        }

        if (!AppRoles.CommuneRoles.Any(user.IsInRole))
        {
            return HomeTodo.None(today);
        }

        var tasks = await myTasks.LoadAsync(user, cancellationToken);
        var due = tasks.Rows.Where(r => r.Role is not null && r.State is DueState.Overdue or DueState.DueSoon).ToList();
        IReadOnlyList<NextStep> steps = [];
        if (user.IsInRole(AppRoles.Clerk) || user.IsInRole(AppRoles.Chairman))
        {
            var situations = await SituationsAsync(user.IsInRole(AppRoles.Clerk), cancellationToken);
            steps = user.IsInRole(AppRoles.Clerk) ? NextSteps.ForClerk(situations, today) : NextSteps.ForChairman(situations);
        }

        return new HomeTodo(today, due, steps, []);
    }

    /// <summary>The latest version of each of the commune's plans, as the next-step rules read it.</summary>
    private async Task<List<PlanSituation>> SituationsAsync(bool withCompleteness, CancellationToken cancellationToken)
    {
        var versions = await db.Plans.AsNoTracking()
            .Select(p => new { p.Id, p.LineageId, p.VersionNumber, p.Year, p.ToYear, p.Status, p.ReturnComment, p.DocumentNumber, p.DocumentSymbol, p.IssueDate })
            .ToListAsync(cancellationToken);
        var latest = versions.GroupBy(v => v.LineageId).Select(g => g.OrderByDescending(v => v.VersionNumber).First()).ToList();
        var ids = latest.Select(v => v.Id).ToList();
        var signed = (await db.SignedCopies.AsNoTracking().Where(s => ids.Contains(s.PlanId)).Select(s => s.PlanId).ToListAsync(cancellationToken)).ToHashSet();
        var reported = (await db.ResultsReports.AsNoTracking().Where(r => ids.Contains(r.PlanId) && r.Status == ReportStatus.Issued).Select(r => r.PlanId).ToListAsync(cancellationToken)).ToHashSet();
        // Báo cáo định kỳ: the periods of each version whose progress report is issued (one query).
        var progress = (await db.ProgressReports.AsNoTracking().Where(r => ids.Contains(r.PlanId) && r.Status == ReportStatus.Issued)
                .Select(r => new { r.PlanId, r.PeriodKind, r.PeriodYear, r.PeriodIndex }).ToListAsync(cancellationToken))
            .ToLookup(r => r.PlanId, r => ReportingPeriod.Of(r.PeriodKind, r.PeriodYear, r.PeriodIndex));
        var revisions = (await db.RevisionRequests.AsNoTracking().Where(r => ids.Contains(r.PlanId) && r.AnsweredByPlanId == null).Select(r => new { r.PlanId, r.Reason }).ToListAsync(cancellationToken))
            .GroupBy(r => r.PlanId).ToDictionary(g => g.Key, g => g.First().Reason);

        var result = new List<PlanSituation>();
        foreach (var v in latest.OrderByDescending(v => v.Year))
        {
            IReadOnlyList<string> missing = [];
            if (withCompleteness && v.Status == PlanStatus.Draft && await PlanView.LoadAsync(db, v.Id, track: false, cancellationToken) is { } view)
            {
                missing = view.Completeness.Missing;
            }

            var title = v.DocumentNumber is { } number
                ? $"Kế hoạch số {number}/{v.DocumentSymbol} (năm {v.Year})"
                : $"Kế hoạch khắc phục năm {v.Year}, phiên bản {v.VersionNumber}";
            result.Add(new PlanSituation(v.Id, title, v.Year, v.Status, missing, v.ReturnComment, signed.Contains(v.Id),
                revisions.TryGetValue(v.Id, out var reason) ? reason : null, reported.Contains(v.Id),
                progress[v.Id].ToList(), v.IssueDate, v.ToYear));
        }

        return result;
    }

    private async Task<IReadOnlyList<ReviewerNotice>> ReviewerAsync(ClaimsPrincipal user, DateOnly today, CancellationToken cancellationToken)
    {
        if (DataScope.FromPrincipal(user).OfficeId is not { } office)
        {
            return [];
        }

        var communes = await db.ReachedCommunes.AsNoTracking().Where(c => c.OversightOfficeId == office)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var names = communes.ToDictionary(c => c.Id, c => c.Name);
        var dueDates = await db.SubmissionDueDates.AsNoTracking().Where(d => d.OfficeId == office).ToListAsync(cancellationToken);
        var plans = await db.Plans.AsNoTracking().Where(p => db.ReachedCommunes.Any(c => c.Id == p.CommuneId && c.OversightOfficeId == office))
            .Select(p => new { p.Id, p.CommuneId, p.Year, p.Status, p.IssueDate, p.DocumentNumber, p.DocumentSymbol, p.VersionNumber })
            .ToListAsync(cancellationToken);
        var horizon = clock.GetUtcNow().AddDays(-NextSteps.RecentDays);
        var answered = await db.RevisionRequests.AsNoTracking().Where(r => r.AnsweredAt != null && r.AnsweredAt >= horizon && names.Keys.Contains(r.CommuneId))
            .Select(r => new { r.CommuneId, r.AnsweredByPlanId, r.AnsweredByVersion, r.AnsweredAt, r.PlanVersion }).ToListAsync(cancellationToken);

        var notices = new List<ReviewerNotice>();
        foreach (var due in dueDates.OrderBy(d => d.DueDate))
        {
            foreach (var commune in communes.OrderByName(c => c.Name))
            {
                // A plan answering the results of year Y is carried out in Y + 1 (RemediationPlan.Year).
                var issued = plans.Where(p => p.CommuneId == commune.Id && p.Year == due.Year + 1 && p.Status == PlanStatus.Issued).Select(p => p.IssueDate);
                if (NextSteps.IsBehind(due.DueDate, today, issued))
                {
                    var late = today > due.DueDate;
                    notices.Add(new ReviewerNotice(ReviewerNoticeKind.Behind, commune.Id, commune.Name, null,
                        late
                            ? $"Chưa ban hành kế hoạch khắc phục kết quả năm {due.Year} (hạn {VietnameseNumbers.Date(due.DueDate)} đã qua)"
                            : $"Chưa ban hành kế hoạch khắc phục kết quả năm {due.Year} (hạn {VietnameseNumbers.Date(due.DueDate)})",
                        due.DueDate));
                }
            }
        }

        foreach (var plan in plans.Where(p => p.Status == PlanStatus.Issued && p.IssueDate is { } d && NextSteps.IsRecent(d, today)).OrderByDescending(p => p.IssueDate))
        {
            notices.Add(new ReviewerNotice(ReviewerNoticeKind.Issued, plan.CommuneId, names.GetValueOrDefault(plan.CommuneId, Formatting.Unknown), plan.Id,
                $"Mới ban hành kế hoạch số {plan.DocumentNumber}/{plan.DocumentSymbol} (năm {plan.Year}, phiên bản {plan.VersionNumber})", plan.IssueDate));
        }

        foreach (var request in answered.OrderByDescending(r => r.AnsweredAt))
        {
            notices.Add(new ReviewerNotice(ReviewerNoticeKind.Answered, request.CommuneId, names.GetValueOrDefault(request.CommuneId, Formatting.Unknown), request.AnsweredByPlanId,
                $"Đã trả lời yêu cầu sửa đổi phiên bản {request.PlanVersion}: lập phiên bản {request.AnsweredByVersion}",
                request.AnsweredAt is { } at ? DateOnly.FromDateTime(VietnamTime.ToVietnam(at).DateTime) : null));
        }

        return notices;
    }
}
