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
        };
    }
}
