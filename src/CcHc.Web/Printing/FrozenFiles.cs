using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Printing;

/// <summary>
/// The one place an issued document's export is frozen: produced once, stored with its SHA-256 as an insert-only
/// <see cref="IssuedFile"/>, and served byte for byte from then on. Used by the plan's and the report's exports.
/// </summary>
public sealed class FrozenFiles(CcHcDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The stored file of (<paramref name="planId"/>, <paramref name="kind"/>), or — the first time — the produced one,
    /// stored. Two first requests at once both produce; the unique index keeps one, and both get that one.
    /// </summary>
    public async Task<ExportFile> GetOrFreezeAsync(
        Guid planId, IssuedFileKind kind, string fileName, string contentType, Func<Task<byte[]>> produce, Func<string> verificationCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(produce);
        ArgumentNullException.ThrowIfNull(verificationCode);
        if (await FindAsync(planId, kind, cancellationToken) is { } frozen)
        {
            return frozen;
        }

        var file = new IssuedFile(planId, kind, fileName, contentType, await produce(), verificationCode(), clock.GetUtcNow());
        db.IssuedFiles.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ExportFile(file.Content, file.FileName, file.ContentType, file.Sha256);
        }
        catch (DbUpdateException)
        {
            // Another request froze it first: serve that one, so every download stays identical.
            db.Entry(file).State = EntityState.Detached;
            return await FindAsync(planId, kind, cancellationToken) ?? throw new InvalidOperationException("The frozen export could not be stored.");
        }
    }

    public async Task<ExportFile?> FindAsync(Guid planId, IssuedFileKind kind, CancellationToken cancellationToken) =>
        await db.IssuedFiles.AsNoTracking()
            .Where(f => f.PlanId == planId && f.Kind == kind)
            .Select(f => new ExportFile(f.Content, f.FileName, f.ContentType, f.Sha256, false))
            .SingleOrDefaultAsync(cancellationToken);
}
