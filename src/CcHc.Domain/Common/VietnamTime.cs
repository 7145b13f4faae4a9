namespace CcHc.Domain.Common;

/// <summary>
/// Vietnam time (UTC+7, no daylight saving): the time of every date people see and of every "today" a rule uses
/// (overdue, due soon). Read from the app's TimeProvider, so tests move the clock.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow().ToOffset(Offset);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => instant.ToOffset(Offset);
}
