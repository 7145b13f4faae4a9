using System.Diagnostics;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Signatures;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>
/// Every hostile file of <see cref="HostilePdfs"/> through the checker itself: refused (or, for reference loops,
/// answered) in under 2 s, and the operation's own allocation — counted on the thread that runs it, which is where
/// the structure walk, the signature check and PdfPig all run — under 100 MB. Real CcHc files pass the same budget.
/// </summary>
[Collection(SharedSignatureFiles.Name)]
public sealed class HostilePdfTests(SignedPdfs pdfs, ITestOutputHelper output)
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    [Fact]
    public void There_are_at_least_50_hostile_files_and_each_fits_the_upload_limit()
    {
        Assert.True(HostilePdfs.All.Count >= 50, $"{HostilePdfs.All.Count} files");
        Assert.All(HostilePdfs.All, f => Assert.InRange(f.Bytes.LongLength, 1, SignedCopyChecker.MaxBytes));
        Assert.Equal(HostilePdfs.All.Count, HostilePdfs.All.Select(f => f.Name).Distinct().Count());
    }

    [Fact]
    public void Each_hostile_file_is_refused_by_the_signed_copy_check_quickly_and_within_100_mb_of_allocation()
    {
        var worstTime = TimeSpan.Zero;
        var worstAllocation = 0L;
        var failures = new List<string>();
        foreach (var hostile in HostilePdfs.All)
        {
            var (check, allocated, elapsed) = Measure(() => SignedCopyChecker.Check(hostile.Bytes, pdfs.Issued, SignedPdfs.Now, PdfParseBudget.Default));
            output.WriteLine($"{hostile.Name} ({hostile.Bytes.Length:N0} B): {elapsed.TotalMilliseconds:N0} ms, {allocated:N0} B allocated — {Reason(check.Error)}");

            if (check.Accepted || string.IsNullOrWhiteSpace(check.Error))
            {
                failures.Add($"{hostile.Name}: accepted");
            }

            if (elapsed >= TimeSpan.FromSeconds(2) || allocated >= HundredMegabytes)
            {
                failures.Add($"{hostile.Name}: {elapsed.TotalMilliseconds:N0} ms, {allocated:N0} bytes");
            }

            if (hostile.MustBeRefused && check.Error?.Contains("vượt quá giới hạn xử lý", StringComparison.Ordinal) != true)
            {
                failures.Add($"{hostile.Name}: not refused by the budget but \"{check.Error}\"");
            }

            worstTime = worstTime < elapsed ? elapsed : worstTime;
            worstAllocation = Math.Max(worstAllocation, allocated);
        }

        output.WriteLine($"{HostilePdfs.All.Count} files: worst {worstTime.TotalMilliseconds:N0} ms, worst allocation {worstAllocation:N0} B");
        Assert.Empty(failures);
    }

    [Fact]
    public void Reading_the_text_of_each_hostile_file_stays_within_the_budget()
    {
        var failures = new List<string>();
        foreach (var hostile in HostilePdfs.All)
        {
            var (text, allocated, elapsed) = Measure(() => PdfText.Read(hostile.Bytes, PdfParseBudget.Default));
            output.WriteLine($"{hostile.Name}: {elapsed.TotalMilliseconds:N0} ms, {allocated:N0} B, {text.Pages?.Count} pages — {Reason(text.Refusal)}");

            if (elapsed >= TimeSpan.FromSeconds(2) || allocated >= HundredMegabytes)
            {
                failures.Add($"{hostile.Name}: {elapsed.TotalMilliseconds:N0} ms, {allocated:N0} bytes");
            }

            if (hostile.MustBeRefused && text.Pages is not null)
            {
                failures.Add($"{hostile.Name}: its text was read");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void The_same_bombs_under_the_old_unbounded_reading_would_have_cost_far_more()
    {
        // The test can fail: the bombs are real. Inflating the 256 MB content stream without a cap allocates it all.
        var bomb = HostilePdfs.All.Single(f => f.Name == "content stream inflating to 256 MB");
        var data = bomb.Bytes.AsSpan();
        var start = data.IndexOf("stream\n"u8) + "stream\n".Length;
        var end = data.IndexOf("\nendstream"u8);
        using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(data[start..end].ToArray()), System.IO.Compression.CompressionMode.Decompress);
        var buffer = new byte[1024 * 1024];
        long total = 0;
        int read;
        while ((read = zlib.Read(buffer)) > 0)
        {
            total += read;
        }

        Assert.Equal(256L * 1024 * 1024, total);
        Assert.NotNull(PdfStructureScan.Check(bomb.Bytes));
    }

    [Fact]
    public void Real_cchc_files_pass_the_budget_and_their_text_is_read()
    {
        foreach (var real in new[] { pdfs.Issued, pdfs.OtherPlan, pdfs.Joined, pdfs.SignedExport })
        {
            Assert.Null(PdfStructureScan.Check(real));
            var (text, allocated, elapsed) = Measure(() => PdfText.Read(real, PdfParseBudget.Default));
            output.WriteLine($"real file {real.Length:N0} B: {elapsed.TotalMilliseconds:N0} ms, {allocated:N0} B");
            Assert.Null(text.Refusal);
            Assert.NotEmpty(text.Pages!);
        }

        var check = SignedCopyChecker.Check(pdfs.SignedExport, pdfs.Issued, SignedPdfs.Now, PdfParseBudget.Default);
        Assert.True(check.Accepted, check.Error);
    }

    [Fact]
    public void Each_limit_of_the_budget_refuses_a_real_file_when_set_below_it()
    {
        var signed = pdfs.SignedExport;
        Assert.Contains("đối tượng", PdfStructureScan.Check(signed, new PdfParseBudget { MaxObjects = 3 }), StringComparison.Ordinal);
        Assert.Contains("giải nén ra hơn", PdfStructureScan.Check(signed, new PdfParseBudget { MaxStreamBytes = 100 }), StringComparison.Ordinal);
        Assert.Contains("tổng cộng", PdfStructureScan.Check(signed, new PdfParseBudget { MaxInflatedBytes = 1000 }), StringComparison.Ordinal);
        Assert.Contains("lồng nhau", PdfStructureScan.Check(signed, new PdfParseBudget { MaxNesting = 1 }), StringComparison.Ordinal);
        Assert.Contains("giây", PdfStructureScan.Check(signed, new PdfParseBudget { MaxTime = TimeSpan.Zero }), StringComparison.Ordinal);
        Assert.Contains("trang", PdfText.Read(signed, new PdfParseBudget { MaxPages = 1 }).Refusal, StringComparison.Ordinal);
        Assert.Contains("một trang có hơn", PdfStructureScan.Check(signed, new PdfParseBudget { MaxStringBytesPerStream = 10 }), StringComparison.Ordinal);
        Assert.Contains("đọc chữ mất hơn", PdfText.Read(signed, new PdfParseBudget { MaxTextTime = TimeSpan.Zero }).Refusal, StringComparison.Ordinal);
        Assert.Contains("bộ nhớ", PdfText.Read(signed, new PdfParseBudget { MaxTextAllocation = 1 }).Refusal, StringComparison.Ordinal);
        var verification = PdfSignatureVerifier.Verify(signed, SignedPdfs.Now, new PdfParseBudget { MaxSignedBytes = signed.Length / 2 });
        Assert.Equal(PdfVerificationFailure.OverBudget, verification.Failure);
        Assert.Contains("chữ ký số cùng bao trùm", verification.Message, StringComparison.Ordinal);
    }

    /// <summary>The limit named in a refusal, or the whole message.</summary>
    private static string? Reason(string? message) =>
        message is not null && message.IndexOf('(', StringComparison.Ordinal) is >= 0 and var open && message.IndexOf(')', open) is > 0 and var close
            ? message[(open + 1)..close]
            : message;

    private static (T Result, long Allocated, TimeSpan Elapsed) Measure<T>(Func<T> operation)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = operation();
        var elapsed = clock.Elapsed;
        return (result, GC.GetAllocatedBytesForCurrentThread() - before, elapsed);
    }
}
