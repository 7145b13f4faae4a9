using System.Security.Claims;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Office;

/// <summary>
/// The reviewer asks a commune to revise an issued plan version, with a reason (<see cref="RevisionRequest"/>, audited
/// like every domain change). Only a reviewer of the office that oversees the commune may: another office does not
/// even find the plan (the tenant filter), an administrator or a commune account is refused.
/// </summary>
public sealed class RequestPlanRevision(CcHcDbContext db, Notifications.Notifier notifier, TimeProvider clock)
{
    /// <summary>The form's input name, the key of its error.</summary>
    public const string ReasonKey = "RevisionReason";

    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, Guid planId, string? reason, CancellationToken cancellationToken)
    {
        var found = await db.Plans
            .Where(p => p.Id == planId)
            .Select(p => new { Plan = p, OfficeId = db.Communes.Where(c => c.Id == p.CommuneId).Select(c => c.OversightOfficeId).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return CommandResult.NotFound();
        }

        if (!MayRequest(user, found.OfficeId))
        {
            return CommandResult.Forbidden();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResult.Invalid(new FieldError(ReasonKey, "Nhập lý do yêu cầu sửa đổi."));
        }

        if (reason.Trim().Length > RevisionRequest.MaxReason)
        {
            return CommandResult.Invalid(new FieldError(ReasonKey, $"Lý do tối đa {RevisionRequest.MaxReason} ký tự."));
        }

        if (await db.RevisionRequests.AnyAsync(r => r.PlanId == planId && r.AnsweredByPlanId == null, cancellationToken))
        {
            return CommandResult.Invalid(FieldError.ForForm("Đã có một yêu cầu sửa đổi phiên bản này chưa được trả lời."));
        }

        try
        {
            db.RevisionRequests.Add(new RevisionRequest(found.Plan, reason, user.AsActor(), clock.GetUtcNow()));
            await notifier.RevisionRequestedAsync(found.Plan, reason, user.AsActor(), cancellationToken); // saved with the request
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done("Đã gửi yêu cầu sửa đổi kế hoạch cho xã.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex);
        }
    }

    /// <summary>A reviewer of the very office overseeing the commune.</summary>
    public static bool MayRequest(ClaimsPrincipal user, Guid? communeOfficeId) =>
        user.IsInRole(AppRoles.Reviewer) && DataScope.FromPrincipal(user) is { IsUnrestricted: false, OfficeId: { } office } && office == communeOfficeId;

    /// <summary>
    /// Marks the open requests on earlier versions of <paramref name="version"/>'s plan as answered by it (starting or
    /// issuing a new version); in the caller's save. One query.
    /// </summary>
    public static async Task AnswerAsync(CcHcDbContext db, RemediationPlan version, Actor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var open = await db.RevisionRequests
            .Where(r => r.LineageId == version.LineageId && r.AnsweredByPlanId == null && r.PlanVersion < version.VersionNumber)
            .ToListAsync(cancellationToken);
        foreach (var request in open)
        {
            request.Answer(version, by, at);
        }
    }
}

/// <summary>The office sets (or moves) its due date for a results year's plans; a reviewer of that office only.</summary>
public sealed class SetSubmissionDueDate(CcHcDbContext db)
{
    public const string DueDateKey = "NewDueDate";

    public async Task<CommandResult> RunAsync(ClaimsPrincipal user, int year, DateOnly? dueDate, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(AppRoles.Reviewer) || DataScope.FromPrincipal(user) is not { IsUnrestricted: false, OfficeId: { } officeId })
        {
            return CommandResult.Forbidden();
        }

        if (dueDate is not { } day)
        {
            return CommandResult.Invalid(new FieldError(DueDateKey, "Nhập hạn nộp kế hoạch (ngày/tháng/năm)."));
        }

        try
        {
            if (await db.SubmissionDueDates.SingleOrDefaultAsync(d => d.OfficeId == officeId && d.Year == year, cancellationToken) is { } existing)
            {
                existing.Move(day);
            }
            else
            {
                db.SubmissionDueDates.Add(new SubmissionDueDate(officeId, year, day));
            }

            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done($"Đã đặt hạn nộp kế hoạch cho kết quả năm {year}: {VietnameseNumbers.Date(day)}.");
        }
        catch (DomainException ex)
        {
            return CommandResult.Invalid(new FieldError(DueDateKey, ex.Message));
        }
    }
}

/// <summary>What the office asked of a commune, for the plan page and the commune's dashboard: revision requests and due dates.</summary>
public sealed class OversightNotices(CcHcDbContext db)
{
    /// <summary>Every request on the plan's versions (one query), newest first.</summary>
    public async Task<IReadOnlyList<RevisionRequest>> OfLineageAsync(Guid lineageId, CancellationToken cancellationToken) =>
        await db.RevisionRequests.AsNoTracking().Where(r => r.LineageId == lineageId).OrderByDescending(r => r.RequestedAt).ToListAsync(cancellationToken);

    /// <summary>The commune's open requests (one query), newest first.</summary>
    public async Task<IReadOnlyList<RevisionRequest>> OpenOfCommuneAsync(Guid communeId, CancellationToken cancellationToken) =>
        await db.RevisionRequests.AsNoTracking().Where(r => r.CommuneId == communeId && r.AnsweredByPlanId == null)
            .OrderByDescending(r => r.RequestedAt).ToListAsync(cancellationToken);

    /// <summary>
    /// The due date the commune's office set that matters now: the earliest one not yet past, else the latest one set
    /// (one query); null without an office or a due date.
    /// </summary>
    public async Task<SubmissionDueDate?> DueDateOfAsync(Guid? officeId, DateOnly today, CancellationToken cancellationToken)
    {
        if (officeId is not { } office)
        {
            return null;
        }

        var dates = await db.SubmissionDueDates.AsNoTracking().Where(d => d.OfficeId == office).ToListAsync(cancellationToken);
        return dates.Where(d => d.DueDate >= today).OrderBy(d => d.DueDate).FirstOrDefault()
            ?? dates.OrderByDescending(d => d.Year).FirstOrDefault();
    }
}
