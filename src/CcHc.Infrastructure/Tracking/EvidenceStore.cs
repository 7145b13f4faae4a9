using System.Globalization;
using CcHc.Infrastructure.Persistence;

namespace CcHc.Infrastructure.Tracking;

/// <summary>
/// The bytes of evidence files, under <c>{Storage:DataDirectory}/evidence/{planId:N}/{storageKey}</c>: outside the web
/// root, named by the row's <c>StorageKey</c> (32 hex digits made by the domain), never by anything a user typed.
/// Files are written to a temporary name and moved into place, so a half-written file never has a stored name.
/// </summary>
public sealed class EvidenceStore(DatabaseOptions options)
{
    public string Root => Path.Combine(options.DataDirectory, "evidence");

    public string PathOf(Guid planId, string storageKey)
    {
        if (storageKey is not { Length: 32 } || !storageKey.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("A storage key is 32 hex digits.", nameof(storageKey));
        }

        return Path.Combine(Root, planId.ToString("N", CultureInfo.InvariantCulture), storageKey);
    }

    public async Task WriteAsync(Guid planId, string storageKey, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(planId, storageKey);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".part";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(content, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public bool Exists(Guid planId, string storageKey) => File.Exists(PathOf(planId, storageKey));

    public Stream OpenRead(Guid planId, string storageKey) =>
        new FileStream(PathOf(planId, storageKey), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>
    /// Writes that belong to rows not saved yet: committed when the save succeeds, removed when the scope is disposed
    /// without a commit. <paramref name="onCleanupFailure"/> hears of a file that could not be removed.
    /// </summary>
    public StagedEvidenceWrites Stage(Action<Exception, string>? onCleanupFailure = null) => new(this, onCleanupFailure);

    /// <summary>Removes a stored file (used when the database refuses the rows the files belong to).</summary>
    public void Delete(Guid planId, string storageKey)
    {
        var path = PathOf(planId, storageKey);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
