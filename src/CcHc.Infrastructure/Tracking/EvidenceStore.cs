using System.Globalization;
using CcHc.Infrastructure.Storage;

namespace CcHc.Infrastructure.Tracking;

/// <summary>
/// The bytes of evidence files, through the one <see cref="IFileStore"/> under the key
/// <c>evidence/{planId:N}/{storageKey}</c> (the row's <c>StorageKey</c>: 32 hex digits made by the domain, never
/// anything a user typed). <see cref="Add"/> joins the unit of work that saves the evidence row, so the row and its
/// bytes are saved together or not at all.
/// </summary>
public sealed class EvidenceStore(IFileStore files)
{
    /// <summary>The folder older versions kept evidence in, under the data folder (moved into the store at start-up).</summary>
    public const string LegacyFolder = "evidence";

    public static string KeyOf(Guid planId, string storageKey)
    {
        if (storageKey is not { Length: 32 } || !storageKey.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("A storage key is 32 hex digits.", nameof(storageKey));
        }

        return $"{LegacyFolder}/{planId.ToString("N", CultureInfo.InvariantCulture)}/{storageKey}";
    }

    /// <summary>Stages the bytes of a new evidence row; saved with it by the next <c>SaveChangesAsync</c>.</summary>
    public void Add(Guid planId, string storageKey, ReadOnlySpan<byte> content) => files.Add(KeyOf(planId, storageKey), content);

    public Task<bool> ExistsAsync(Guid planId, string storageKey, CancellationToken cancellationToken = default) =>
        files.ExistsAsync(KeyOf(planId, storageKey), cancellationToken);

    /// <summary>A stream of the stored bytes, or null when none are stored.</summary>
    public Task<Stream?> OpenReadAsync(Guid planId, string storageKey, CancellationToken cancellationToken = default) =>
        files.OpenReadAsync(KeyOf(planId, storageKey), cancellationToken);
}
