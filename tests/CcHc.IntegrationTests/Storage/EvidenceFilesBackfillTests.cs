using System.Net;
using System.Security.Cryptography;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using CcHc.Infrastructure.Tracking;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CcHc.IntegrationTests.Tracking.TrackingTestSupport;

namespace CcHc.IntegrationTests.Storage;

/// <summary>
/// An install from before the file store: evidence rows whose bytes are files under {DataDirectory}/evidence. The next
/// start moves each file whose length and SHA-256 are its row's into the database and removes it from the disk; a file
/// that does not match its row, or has no row, stays on the disk and is not stored. A further run changes nothing.
/// </summary>
public sealed class EvidenceFilesBackfillTests
{
    [Fact]
    public async Task Evidence_files_on_disk_move_into_the_database_at_start_up_once_and_only_when_they_match_their_row()
    {
        using var directory = new TestDataDirectory();
        var clock = new FakeTimeProvider(Tracking.TrackingWebApplicationFactory.Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(50) };
        var pdf = Pdf("Bien ban cu");
        string Legacy(EvidenceFile f) => Path.Combine(directory.Path, "evidence", f.PlanId.ToString("N"), f.StorageKey);
        EvidenceFile good, tampered;
        string orphan;
        Guid taskId;
        await using (var old = new SideBySideHost(directory.Path, clock))
        {
            // Rows as the old version saved them (no stored bytes), their files where it wrote them.
            taskId = await SonKyTaskAsync(old, "6.1.1");
            var planId = await DatabaseProbe.PlanIdAsync(old, "xã Sơn Kỳ");
            var actor = new Actor("legacy", "Phiên bản cũ");
            good = new EvidenceFile(planId, taskId, null, "bien-ban-cu.pdf", EvidenceType.Pdf, pdf.Length, Hash(pdf), actor, clock.GetUtcNow());
            tampered = new EvidenceFile(planId, taskId, null, "anh-cu.png", EvidenceType.Png, Png.Length, Hash(Png), actor, clock.GetUtcNow());
            await using (var scope = old.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CcHcDbContext>();
                db.EvidenceFiles.AddRange(good, tampered);
                await db.SaveChangesAsync();
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Legacy(good))!);
            await File.WriteAllBytesAsync(Legacy(good), pdf);
            await File.WriteAllBytesAsync(Legacy(tampered), [.. Png, 0]); // one byte more than the row says
            orphan = Path.Combine(directory.Path, "evidence", planId.ToString("N"), Guid.NewGuid().ToString("N"));
            await File.WriteAllBytesAsync(orphan, Png);
        }

        // The new version starts on the same folder: the matching file is in the database and gone from the disk.
        await using var upgraded = new SideBySideHost(directory.Path, clock);
        _ = upgraded.Services;
        Assert.Equal(pdf, await StoredBytesAsync(upgraded, good.PlanId, good.StorageKey));
        Assert.False(File.Exists(Legacy(good)), "the moved file is still on the disk");
        Assert.Null(await StoredBytesAsync(upgraded, tampered.PlanId, tampered.StorageKey));
        Assert.True(File.Exists(Legacy(tampered)), "the file that does not match its row was removed");
        Assert.True(File.Exists(orphan), "the file without a row was removed");
        Assert.Equal(1, await DatabaseProbe.QueryAsync(upgraded, db => db.StoredFiles.CountAsync()));

        // Served from the database; the file left on the disk is not served.
        using var finance = await SignInAsync(upgraded, Finance);
        using (var download = await finance.GetAsync(new Uri($"/Tasks/Evidence/{good.Id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        }

        using (var missing = await finance.GetAsync(new Uri($"/Tasks/Evidence/{tampered.Id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        // Again: nothing to move, nothing changes.
        await using (var scope = upgraded.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<EvidenceFilesBackfill>().RunAsync());
        }

        Assert.Equal(1, await DatabaseProbe.QueryAsync(upgraded, db => db.StoredFiles.CountAsync()));
        Assert.True(File.Exists(Legacy(tampered)) && File.Exists(orphan));
        Assert.Equal(EvidenceStore.KeyOf(good.PlanId, good.StorageKey), $"evidence/{good.PlanId:N}/{good.StorageKey}");

        // Stored bytes are insert-only, even for raw SQL.
        foreach (var sql in new[] { "UPDATE StoredFiles SET Length = 1", "DELETE FROM StoredFiles" })
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => DatabaseProbe.QueryAsync(upgraded, db => db.Database.ExecuteSqlRawAsync(sql)));
            Assert.Contains(ImmutabilityTriggers.StoredFileMessage, refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(pdf, await StoredBytesAsync(upgraded, good.PlanId, good.StorageKey));
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
