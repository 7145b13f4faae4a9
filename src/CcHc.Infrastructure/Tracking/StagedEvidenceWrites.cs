namespace CcHc.Infrastructure.Tracking;

/// <summary>
/// Evidence bytes written for rows not saved yet: the unit of work between the evidence store and the database. Files
/// are written through it; <see cref="Commit"/> once the rows are saved keeps them; disposing without a commit (the save
/// failed, was refused or threw) removes every file it wrote, so no stored file is left without its row.
/// </summary>
public sealed class StagedEvidenceWrites : IDisposable
{
    private readonly EvidenceStore _store;
    private readonly Action<Exception, string>? _onCleanupFailure;
    private readonly List<(Guid PlanId, string StorageKey)> _written = [];
    private bool _committed;

    internal StagedEvidenceWrites(EvidenceStore store, Action<Exception, string>? onCleanupFailure)
    {
        _store = store;
        _onCleanupFailure = onCleanupFailure;
    }

    /// <summary>The files written so far (and not yet committed).</summary>
    public int Count => _written.Count;

    public async Task WriteAsync(Guid planId, string storageKey, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        await _store.WriteAsync(planId, storageKey, content, cancellationToken);
        _written.Add((planId, storageKey));
    }

    /// <summary>The rows are saved: the files stay.</summary>
    public void Commit() => _committed = true;

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        foreach (var (planId, key) in _written)
        {
            try
            {
                _store.Delete(planId, key);
            }
            catch (IOException ex)
            {
                _onCleanupFailure?.Invoke(ex, key);
            }
            catch (UnauthorizedAccessException ex)
            {
                _onCleanupFailure?.Invoke(ex, key);
            }
        }

        _written.Clear();
        _committed = true;
    }
}
