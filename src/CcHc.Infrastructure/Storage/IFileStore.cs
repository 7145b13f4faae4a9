namespace CcHc.Infrastructure.Storage;

/// <summary>
/// The one way stored file bytes are written and read. Writes join the caller's unit of work: <see cref="Add"/> stages
/// the bytes, and they are kept by the same <c>SaveChangesAsync</c> that saves the rows naming them (nothing is kept
/// when that save fails). Reads stream the bytes. The default, <see cref="DatabaseFileStore"/>, keeps them in the
/// database; another implementation (object storage) would write the object under its key before the save and keep
/// a row of its key, length and hash in the same save (see docs/operations.md, "Several web instances and stored files").
/// </summary>
public interface IFileStore
{
    /// <summary>Stages the bytes under <paramref name="key"/>; kept by the next save of the scope's database context.</summary>
    void Add(string key, ReadOnlySpan<byte> content);

    /// <summary>Whether bytes are stored under <paramref name="key"/>.</summary>
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>A read-only stream of the stored bytes, or null when none are stored under the key. The caller disposes it.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);
}
