using System.Security.Cryptography;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Storage;
using CcHc.Infrastructure.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Seeding;

/// <summary>
/// Moves evidence files that older versions wrote under <c>{Storage:DataDirectory}/evidence/{planId:N}/{storageKey}</c>
/// into the file store (the database) at start-up, so an existing install keeps its files. Idempotent: no folder, no
/// query; a file whose row already has its bytes stored is only removed from the disk. A file is imported only when it
/// belongs to an evidence row and its SHA-256 and length are the row's; it is removed from the disk only after the save
/// that stored it. Anything else (no row, other bytes, a left-over ".part") is left on the disk and logged.
/// Batches of <see cref="BatchSize"/> files, each one save. Two instances starting together: the one whose save
/// collides on a key re-reads what is stored and goes on.
/// </summary>
public sealed class EvidenceFilesBackfill(CcHcDbContext db, DatabaseOptions options, TimeProvider clock, ILogger<EvidenceFilesBackfill> logger)
{
    public const int BatchSize = 20;

    /// <summary>Moves the files; returns how many were stored (0 when there is no evidence folder).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var root = Path.Combine(options.DataDirectory, EvidenceStore.LegacyFolder);
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var candidates = new List<(string Path, string Key, string StorageKey)>();
        foreach (var planFolder in Directory.EnumerateDirectories(root))
        {
            if (!Guid.TryParseExact(Path.GetFileName(planFolder), "N", out var planId))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(planFolder))
            {
                var name = Path.GetFileName(file);
                if (name is { Length: 32 } && name.All(Uri.IsHexDigit))
                {
                    candidates.Add((file, EvidenceStore.KeyOf(planId, name), name));
                }
                else
                {
                    logger.LogWarning("Evidence folder holds {File}, which is not an evidence file: left in place", file);
                }
            }
        }

        var stored = 0;
        foreach (var batch in candidates.Chunk(BatchSize))
        {
            stored += await MoveAsync(batch, cancellationToken);
        }

        if (stored > 0)
        {
            logger.LogInformation("Moved {Count} evidence files from the data folder into the database", stored);
        }

        foreach (var planFolder in Directory.EnumerateDirectories(root).Where(d => !Directory.EnumerateFileSystemEntries(d).Any()))
        {
            Directory.Delete(planFolder);
        }

        return stored;
    }

    private async Task<int> MoveAsync((string Path, string Key, string StorageKey)[] batch, CancellationToken cancellationToken)
    {
        var keys = batch.Select(c => c.Key).ToList();
        var storageKeys = batch.Select(c => c.StorageKey).ToList();
        var already = (await db.StoredFiles.AsNoTracking().Where(f => keys.Contains(f.Key)).Select(f => f.Key).ToListAsync(cancellationToken)).ToHashSet();
        var rows = await db.EvidenceFiles.IgnoreQueryFilters().AsNoTracking()
            .Where(f => storageKeys.Contains(f.StorageKey))
            .Select(f => new { f.PlanId, f.StorageKey, f.Sha256, f.Length })
            .ToListAsync(cancellationToken);
        var moved = new List<string>();
        foreach (var candidate in batch)
        {
            if (already.Contains(candidate.Key))
            {
                moved.Add(candidate.Path);
                continue;
            }

            var row = rows.SingleOrDefault(r => r.StorageKey == candidate.StorageKey && EvidenceStore.KeyOf(r.PlanId, r.StorageKey) == candidate.Key);
            if (row is null)
            {
                logger.LogWarning("Evidence file {File} has no evidence row: left in place", candidate.Path);
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(candidate.Path, cancellationToken);
            if (bytes.LongLength != row.Length || !string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), row.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                logger.LogError("Evidence file {File} does not match its row (length or SHA-256): left in place, not stored", candidate.Path);
                continue;
            }

            db.StoredFiles.Add(new StoredFile(candidate.Key, bytes, clock.GetUtcNow()));
            moved.Add(candidate.Path);
        }

        var stored = db.ChangeTracker.Entries<StoredFile>().Count();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another instance stored some of them first: keep only what is stored now.
            logger.LogInformation(ex, "Evidence files were being moved by another instance too");
            db.ChangeTracker.Clear();
            already = (await db.StoredFiles.AsNoTracking().Where(f => keys.Contains(f.Key)).Select(f => f.Key).ToListAsync(cancellationToken)).ToHashSet();
            moved = batch.Where(c => already.Contains(c.Key)).Select(c => c.Path).ToList();
            stored = 0;
        }

        db.ChangeTracker.Clear();
        foreach (var path in moved)
        {
            File.Delete(path);
        }

        return stored;
    }
}
