using CcHc.Domain.Plans;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>The signed copies of a version (newest first) and which one is official (<see cref="OfficialFile"/>).</summary>
public sealed record SignedCopies(PlanView View, IReadOnlyList<SignedCopies.Row> Copies)
{
    public sealed record Row(
        Guid Id, string FileName, string Sha256, SignedCopyMatch Match, string SignerName, string? SignerOrganisation,
        DateTimeOffset? SigningTime, DateTimeOffset CertificateNotBefore, DateTimeOffset CertificateNotAfter, bool SelfSigned,
        bool Expired, int SignatureCount, string UploadedByName, DateTimeOffset UploadedAt, SignatureTrust Trust, string? TrustNote)
    {
        public IReadOnlyList<string> Notes => TrustNote?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
    }

    public OfficialFile Official => OfficialFile.Of(Copies.Select(c => new SignedCopyState(c.Id, c.Trust, c.UploadedAt)));

    /// <summary>The version and its copies, or null when the caller's scope does not find it.</summary>
    public static async Task<SignedCopies?> LoadAsync(CcHcDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        if (await PlanView.LoadAsync(db, planId, track: false, cancellationToken) is not { } view)
        {
            return null;
        }

        var copies = await db.SignedCopies.AsNoTracking()
            .Where(c => c.PlanId == planId)
            .OrderByDescending(c => c.UploadedAt)
            .Select(c => new Row(c.Id, c.FileName, c.Sha256, c.Match, c.SignerName, c.SignerOrganisation, c.SigningTime,
                c.CertificateNotBefore, c.CertificateNotAfter, c.SelfSigned, c.ExpiredWhenSigned, c.SignatureCount, c.UploadedByName, c.UploadedAt, c.Trust, c.TrustNote))
            .ToListAsync(cancellationToken);
        return new SignedCopies(view, copies);
    }
}

/// <summary>The signed copies' page of a version.</summary>
public sealed class SignedCopiesQuery(CcHcDbContext db)
{
    public Task<SignedCopies?> LoadAsync(Guid planId, CancellationToken cancellationToken) => SignedCopies.LoadAsync(db, planId, cancellationToken);
}
