using System.Globalization;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// The seal image each commune's signatures show (Nghị định 30, Phụ lục I: the organisation's digital signature appears
/// as its seal, in red). The administrator uploads it as a PNG; it is kept in the file store, which is insert-only, so
/// every upload is a new key <c>seals/{communeId:N}/{yyyyMMddHHmmssfff}.png</c> and the latest key is the current
/// seal — no table or column of its own. A commune without one is signed with a drawn red seal.
/// </summary>
public sealed class CommuneSeals(CcHcDbContext db, IFileStore files, TimeProvider clock)
{
    public static string Prefix(Guid communeId) => string.Create(CultureInfo.InvariantCulture, $"seals/{communeId:N}/");

    /// <summary>The current seal's PNG bytes, or null when none was uploaded.</summary>
    public async Task<byte[]?> CurrentAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var prefix = Prefix(communeId);
        var key = await db.StoredFiles.AsNoTracking()
            .Where(f => f.Key.StartsWith(prefix))
            .OrderByDescending(f => f.Key)
            .Select(f => f.Key)
            .FirstOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            return null;
        }

        await using var stream = await files.OpenReadAsync(key, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.Length == 0 ? null : copy.ToArray();
    }

    /// <summary>
    /// Stages a checked PNG (<see cref="PngImage.Decode"/> must have accepted it) as the commune's seal; kept by the
    /// caller's next save. Returns the key.
    /// </summary>
    public string Stage(Guid communeId, ReadOnlySpan<byte> png)
    {
        var key = Prefix(communeId) + clock.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + ".png";
        files.Add(key, png);
        return key;
    }
}
