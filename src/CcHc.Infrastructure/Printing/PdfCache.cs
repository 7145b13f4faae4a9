using System.Security.Cryptography;
using System.Text;

namespace CcHc.Infrastructure.Printing;

/// <summary>
/// Printed PDFs by the SHA-256 of their HTML: a document that has not changed since its last print is served without
/// Chromium. Bounded by bytes (least recently used out first; a file larger than the whole bound is not kept), and
/// single-flight: concurrent requests for the same HTML share one print. Per instance, in memory: with several web
/// instances each keeps its own (a miss costs one print there; nothing depends on a hit). Issued versions do not use
/// it: their bytes are frozen in the database at issue.
/// </summary>
public sealed class PdfCache(long capacityBytes)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, byte[] Pdf)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, byte[] Pdf)> _recency = new();
    private readonly Dictionary<string, Task<byte[]>> _printing = new(StringComparer.Ordinal);
    private long _bytes;
    private int _hits;
    private int _prints;

    public long CapacityBytes { get; } = Math.Max(0, capacityBytes);

    /// <summary>Bytes held now.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>Answers served from the cache (or from a print another request had started).</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Prints the cache asked for.</summary>
    public int Prints => Volatile.Read(ref _prints);

    public static string KeyOf(string html) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)));

    /// <summary>
    /// The PDF of <paramref name="html"/>: cached, being printed for another request (awaited with this request's own
    /// cancellation), or printed now by <paramref name="print"/> (which runs to its end even if this request goes away,
    /// so that the others waiting on it get it).
    /// </summary>
    public async Task<byte[]> GetOrPrintAsync(string html, Func<string, Task<byte[]>> print, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(print);
        var key = KeyOf(html);
        Task<byte[]> job;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                _hits++;
                return node.Value.Pdf;
            }

            if (_printing.TryGetValue(key, out var running))
            {
                _hits++;
                job = running;
            }
            else
            {
                _prints++;
                job = PrintAndKeepAsync(key, html, print);
                _printing[key] = job;
            }
        }

        return await job.WaitAsync(cancellationToken);
    }

    private async Task<byte[]> PrintAndKeepAsync(string key, string html, Func<string, Task<byte[]>> print)
    {
        try
        {
            await Task.Yield();   // the caller registers the job before it runs
            var pdf = await print(html);
            Keep(key, pdf);
            return pdf;
        }
        finally
        {
            lock (_gate)
            {
                _printing.Remove(key);
            }
        }
    }

    private void Keep(string key, byte[] pdf)
    {
        lock (_gate)
        {
            if (pdf.LongLength > CapacityBytes || _entries.ContainsKey(key))
            {
                return;
            }

            _entries[key] = _recency.AddFirst((key, pdf));
            _bytes += pdf.LongLength;
            while (_bytes > CapacityBytes && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _bytes -= oldest.Value.Pdf.LongLength;
            }
        }
    }
}
