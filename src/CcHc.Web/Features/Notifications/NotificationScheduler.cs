using CcHc.Domain.Common;

namespace CcHc.Web.Features.Notifications;

/// <summary>
/// Runs <see cref="DailyNotifications"/> shortly after start-up (cheap: it finds the reminders already made) and then
/// every day at "Notifications:DigestHour" (07:00 Vietnam time), on the app's clock. Safe with several instances: the
/// work itself takes a lease in the database. "Notifications:Schedule" = false switches it off (tests that count SQL).
/// </summary>
public sealed class NotificationScheduler(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<NotificationScheduler> logger) : BackgroundService
{
    /// <summary>One run at a time in this instance (the timer's and an explicit one share the holder's lease).</summary>
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>This instance's name in the lease table.</summary>
    public string Holder { get; } = Environment.MachineName + ":" + Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Notifications:Schedule", true))
        {
            return;
        }

        var delay = TimeSpan.FromSeconds(configuration.GetValue("Notifications:StartupDelaySeconds", 10.0));
        await Task.Delay(delay, clock, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            await Task.Delay(UntilNextRun(), clock, stoppingToken);
        }
    }

    /// <summary>One run in its own scope; failures are logged and retried at the next run.</summary>
    public async Task<ScheduledRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<DailyNotifications>().RunAsync(Holder, cancellationToken);
            if (run.Ran)
            {
                logger.LogInformation("Scheduled notifications: {Reminders} reminder(s), {Digests} digest(s)", run.Reminders, run.Digests);
            }

            return run;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The scheduled notifications failed; they run again at the next time");
            return new ScheduledRun(false, 0, 0);
        }
        finally
        {
            _running.Release();
        }
    }

    public override void Dispose()
    {
        _running.Dispose();
        base.Dispose();
    }

    private TimeSpan UntilNextRun()
    {
        var now = VietnamTime.Now(clock);
        var hour = configuration.GetValue("Notifications:DigestHour", 7);
        var next = new DateTimeOffset(now.Date.AddHours(hour), VietnamTime.Offset);
        if (next <= now)
        {
            next = next.AddDays(1);
        }

        return next - now;
    }
}
