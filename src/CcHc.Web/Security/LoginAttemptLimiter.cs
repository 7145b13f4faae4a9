namespace CcHc.Web.Security;

/// <summary>
/// How many sign-in attempts (posts of the login form) are let through per window: per user name, whatever the
/// address, and per client address, whatever the user name. The address ceiling is the higher one so that colleagues
/// behind one office NAT are not locked out by each other, nor by one script hammering one account.
/// </summary>
public sealed record LoginAttemptLimits(int PerUser, int PerAddress, TimeSpan Window)
{
    public const int DefaultPerUser = 4;
    public const int DefaultPerAddress = 40;
    public const int DefaultWindowMinutes = 5;

    /// <summary>
    /// From "Security:LoginAttemptsPerUserPerWindow", "Security:LoginAttemptsPerAddressPerWindow" and
    /// "Security:LoginAttemptWindowMinutes". An address ceiling below the per-user limit is raised to it.
    /// </summary>
    public static LoginAttemptLimits From(IConfiguration configuration)
    {
        var perUser = Math.Max(1, configuration.GetValue("Security:LoginAttemptsPerUserPerWindow", DefaultPerUser));
        var perAddress = Math.Max(perUser, configuration.GetValue("Security:LoginAttemptsPerAddressPerWindow", DefaultPerAddress));
        var minutes = Math.Max(1, configuration.GetValue("Security:LoginAttemptWindowMinutes", DefaultWindowMinutes));
        return new LoginAttemptLimits(perUser, perAddress, TimeSpan.FromMinutes(minutes));
    }
}

/// <summary>The limiter's answer; when refused, how long until the window that refused it ends.</summary>
public readonly record struct LoginAttemptDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static LoginAttemptDecision Allow { get; } = new(true, TimeSpan.Zero);
}

/// <summary>
/// Counts sign-in attempts in fixed windows on the app's clock (so tests move time): one counter per user name
/// (normalized as Identity does) and one per client address. Every attempt counts against its address; an attempt the
/// address already refused does not count against the user name. Only posts of the login form are counted — showing
/// the login page is never limited. Process-local: with several web instances each keeps its own counters.
/// </summary>
public sealed class LoginAttemptLimiter(LoginAttemptLimits limits, TimeProvider clock)
{
    /// <summary>Expired windows are dropped once this many counters are held.</summary>
    private const int PurgeThreshold = 4096;

    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public LoginAttemptLimits Limits => limits;

    public LoginAttemptDecision TryAcquire(string? userName, string? address)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_windows.Count >= PurgeThreshold)
            {
                Purge(now);
            }

            var byAddress = Current("a|" + (string.IsNullOrEmpty(address) ? "unknown" : address), now);
            if (byAddress.Count >= limits.PerAddress)
            {
                return Refused(byAddress, now);
            }

            byAddress.Count++;
            var byUser = Current("u|" + (userName ?? string.Empty).Trim().ToUpperInvariant(), now);
            if (byUser.Count >= limits.PerUser)
            {
                return Refused(byUser, now);
            }

            byUser.Count++;
            return LoginAttemptDecision.Allow;
        }
    }

    private Window Current(string key, DateTimeOffset now)
    {
        if (!_windows.TryGetValue(key, out var window) || now >= window.Start + limits.Window)
        {
            window = new Window(now);
            _windows[key] = window;
        }

        return window;
    }

    private LoginAttemptDecision Refused(Window window, DateTimeOffset now) => new(false, window.Start + limits.Window - now);

    private void Purge(DateTimeOffset now)
    {
        foreach (var key in _windows.Where(w => now >= w.Value.Start + limits.Window).Select(w => w.Key).ToList())
        {
            _windows.Remove(key);
        }
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public int Count { get; set; }
    }
}
