using CcHc.Infrastructure.Printing;

namespace CcHc.IntegrationTests.Plans;

/// <summary><see cref="PdfCache"/> with a stand-in printer: bounded by bytes, least recently used out, single-flight.</summary>
public sealed class PdfCacheTests
{
    private static Func<string, Task<byte[]>> Printer(List<string> printed, int size = 100) => html =>
    {
        lock (printed)
        {
            printed.Add(html);
        }

        return Task.FromResult(Enumerable.Repeat((byte)html.Length, size).ToArray());
    };

    [Fact]
    public async Task The_least_recently_used_document_leaves_first_when_the_bound_is_reached()
    {
        var printed = new List<string>();
        var cache = new PdfCache(250);

        await cache.GetOrPrintAsync("a", Printer(printed), CancellationToken.None);
        await cache.GetOrPrintAsync("bb", Printer(printed), CancellationToken.None);
        await cache.GetOrPrintAsync("a", Printer(printed), CancellationToken.None);    // a is now the most recent
        await cache.GetOrPrintAsync("ccc", Printer(printed), CancellationToken.None);  // 300 > 250: bb leaves
        await cache.GetOrPrintAsync("a", Printer(printed), CancellationToken.None);
        await cache.GetOrPrintAsync("bb", Printer(printed), CancellationToken.None);

        Assert.Equal(["a", "bb", "ccc", "bb"], printed);
        Assert.True(cache.Bytes <= 250, $"{cache.Bytes} bytes held");
    }

    [Fact]
    public async Task A_document_larger_than_the_bound_is_printed_each_time_and_not_kept()
    {
        var printed = new List<string>();
        var cache = new PdfCache(50);

        await cache.GetOrPrintAsync("a", Printer(printed), CancellationToken.None);
        await cache.GetOrPrintAsync("a", Printer(printed), CancellationToken.None);

        Assert.Equal(2, printed.Count);
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public async Task Concurrent_requests_share_one_print_and_a_request_that_goes_away_does_not_cancel_it()
    {
        var release = new TaskCompletionSource();
        var prints = 0;
        var cache = new PdfCache(1_000);
        async Task<byte[]> Slow(string html)
        {
            Interlocked.Increment(ref prints);
            await release.Task;
            return [1, 2, 3];
        }

        using var leaving = new CancellationTokenSource();
        var first = cache.GetOrPrintAsync("x", Slow, leaving.Token);
        var others = Enumerable.Range(0, 3).Select(_ => cache.GetOrPrintAsync("x", Slow, CancellationToken.None)).ToList();
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        release.SetResult();

        var results = await Task.WhenAll(others);
        Assert.Equal(1, prints);
        Assert.All(results, r => Assert.Equal([1, 2, 3], r));
        Assert.Equal(3, cache.Hits);
    }

    [Fact]
    public async Task A_failed_print_is_not_kept_and_the_next_request_prints_again()
    {
        var attempts = 0;
        var cache = new PdfCache(1_000);
        Task<byte[]> Flaky(string html) =>
            Interlocked.Increment(ref attempts) == 1 ? throw new PdfUnavailableException("Chromium stopped") : Task.FromResult(new byte[] { 7 });

        await Assert.ThrowsAsync<PdfUnavailableException>(() => cache.GetOrPrintAsync("x", Flaky, CancellationToken.None));
        var pdf = await cache.GetOrPrintAsync("x", Flaky, CancellationToken.None);

        Assert.Equal([7], pdf);
        Assert.Equal(2, attempts);
    }
}
