using Microsoft.Extensions.Configuration;

namespace CcHc.Web.Security;

/// <summary>
/// At most <see cref="Capacity"/> uploaded PDFs are checked at a time for the whole server (settings
/// "Security:PdfChecksAtOnce", default 2, and "Security:PdfCheckWaitSeconds", default 3): a check waits that long for
/// a place, then is answered <see cref="BusyMessage"/> with 503. Besides the per-address rate limit, this keeps many
/// addresses at once from spending all the memory and processors on PDF checks.
/// </summary>
public sealed class PdfCheckGate : IDisposable
{
    public const string BusyMessage = "Máy chủ đang bận, vui lòng thử lại sau.";

    private readonly SemaphoreSlim _places;

    public PdfCheckGate(int capacity, TimeSpan wait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        Capacity = capacity;
        Wait = wait;
        _places = new SemaphoreSlim(capacity, capacity);
    }

    public int Capacity { get; }

    public TimeSpan Wait { get; }

    public static PdfCheckGate From(IConfiguration configuration) => new(
        Math.Max(1, configuration.GetValue("Security:PdfChecksAtOnce", 2)),
        TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Security:PdfCheckWaitSeconds", 3.0))));

    /// <summary>A place, released when disposed; or null when none freed up within <see cref="Wait"/>.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        return await _places.WaitAsync(Wait, cancellationToken) ? new Place(_places) : null;
    }

    public void Dispose() => _places.Dispose();

    private sealed class Place(SemaphoreSlim places) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                places.Release();
            }
        }
    }
}
