using CcHc.Domain.Plans;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>A plan version's page: its content, the frozen files, the signed copies' state, comments and other versions.</summary>
public sealed record PlanDetails(
    PlanView View,
    IReadOnlyList<PlanDetails.VersionLink> Versions,
    IReadOnlyList<PlanDetails.FrozenFile> FrozenFiles,
    PlanDetails.SignedCopySummary? LatestSignedCopy,
    OfficialFile OfficialFile,
    IReadOnlyList<PlanComment> Comments)
{
    /// <summary>What changed since the last submission (<see cref="PlanChanges"/>); null: nothing to compare with.</summary>
    public PlanChangeSummary? Changes { get; init; }

    /// <summary>The comments on the whole plan, and those on an item no longer in it.</summary>
    public IReadOnlyList<PlanComment> PlanComments => Comments.Where(c => c.ItemId is not { } id || View.Plan.Items.All(i => i.Id != id)).ToList();

    /// <summary>The comments on one item, oldest first.</summary>
    public IReadOnlyList<PlanComment> ItemComments(Guid itemId) => Comments.Where(c => c.ItemId == itemId).ToList();

    public sealed record VersionLink(Guid Id, int Version, PlanStatus Status);

    public sealed record FrozenFile(IssuedFileKind Kind, string FileName, string Sha256, string VerificationCode);

    public sealed record SignedCopySummary(string SignerName, string? Organisation, DateTimeOffset? SigningTime, bool SelfSigned, bool Expired, SignatureTrust Trust);

    /// <summary>The plan as the authorization rules see it, for the page to show only the buttons the caller may use.</summary>
    public PlanResource Resource => new(new CommuneScope(View.Commune.Id, View.Commune.OversightOfficeId), View.Plan.Status);

    /// <summary>Whether the commune was formed from units CcHc keeps (a draft may carry their open tasks over).</summary>
    public bool HasPredecessors { get; init; }

    /// <summary>The version's official PDF is a signed copy ("Tải PDF đã ký số").</summary>
    public bool HasOfficialSignedCopy => OfficialFile.IsSignedCopy;
}

/// <summary>
/// The changes the plan page lists: a draft (or returned plan) against its last submission; a submitted plan's last
/// submission against the one before it (what the chairman is shown again changed in this).
/// </summary>
public sealed record PlanChangeSummary(string Title, DateTimeOffset Since, IReadOnlyList<PlanChange> Changes);

/// <summary>Names the ids a plan holds from its view: position titles, criteria as "A.1. Title", components.</summary>
public sealed class PlanViewNames(PlanView view) : IPlanNames
{
    public string Position(Guid id) => view.PositionTitle(id);

    public string Criterion(Guid id) => view.CriteriaSet.Find(id)?.DisplayName ?? view.Content.ComponentName(id) ?? Formatting.Unknown;

    public string Field(Guid id) => view.CriteriaSet.Find(id)?.DisplayName ?? Formatting.Unknown;
}

public sealed class PlanDetailsQuery(CcHcDbContext db)
{
    /// <summary>The plan version, or null when the caller's scope does not find it.</summary>
    public async Task<PlanDetails?> LoadAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (await PlanView.LoadAsync(db, planId, track: false, cancellationToken) is not { } view)
        {
            return null;
        }

        var frozen = await db.IssuedFiles.AsNoTracking()
            .Where(f => f.PlanId == planId && (f.Kind == IssuedFileKind.Pdf || f.Kind == IssuedFileKind.Xlsx || f.Kind == IssuedFileKind.Docx))
            .OrderBy(f => f.Kind)
            .Select(f => new PlanDetails.FrozenFile(f.Kind, f.FileName, f.Sha256, f.VerificationCode)).ToListAsync(cancellationToken);
        var copies = await db.SignedCopies.AsNoTracking().Where(c => c.PlanId == planId).OrderByDescending(c => c.UploadedAt)
            .Select(c => new { State = new SignedCopyState(c.Id, c.Trust, c.UploadedAt), Summary = new PlanDetails.SignedCopySummary(c.SignerName, c.SignerOrganisation, c.SigningTime, c.SelfSigned, c.ExpiredWhenSigned, c.Trust) })
            .ToListAsync(cancellationToken);
        var comments = await db.PlanComments.AsNoTracking().Where(c => c.PlanId == planId).OrderBy(c => c.At).ToListAsync(cancellationToken);
        var versions = await db.Plans.AsNoTracking()
            .Where(p => p.LineageId == view.Plan.LineageId)
            .OrderBy(p => p.VersionNumber)
            .Select(p => new PlanDetails.VersionLink(p.Id, p.VersionNumber, p.Status))
            .ToListAsync(cancellationToken);
        var communeId = view.Plan.CommuneId;
        var hasPredecessors = view.Plan.IsEditable
            && await db.CommunePredecessors.AnyAsync(p => p.SuccessorId == communeId && p.PredecessorCommuneId != null, cancellationToken);
        return new PlanDetails(view, versions, frozen, copies.FirstOrDefault()?.Summary, OfficialFile.Of(copies.Select(c => c.State)), comments)
        {
            HasPredecessors = hasPredecessors,
            Changes = await ChangesAsync(view, cancellationToken),
        };
    }

    /// <summary>At most two submissions read (their JSON), none for an issued version.</summary>
    private async Task<PlanChangeSummary?> ChangesAsync(PlanView view, CancellationToken cancellationToken)
    {
        var plan = view.Plan;
        if (plan.Status == PlanStatus.Issued)
        {
            return null;
        }

        var last = await db.PlanSubmissions.AsNoTracking().Where(s => s.PlanId == plan.Id)
            .OrderByDescending(s => s.At).Take(2).ToListAsync(cancellationToken);
        var names = new PlanViewNames(view);
        if (RemediationPlan.OpensForEditingIn(plan.Status))
        {
            return last.FirstOrDefault() is { Content: { } content } submission
                ? new PlanChangeSummary("Thay đổi từ lần trình gần nhất", submission.At, PlanChanges.Since(content, plan, names))
                : null;
        }

        return last is [{ Content: { } now }, { Content: { } before } previous]
            ? new PlanChangeSummary("Thay đổi so với lần trình trước", previous.At, PlanChanges.Between(before, now, names))
            : null;
    }
}
