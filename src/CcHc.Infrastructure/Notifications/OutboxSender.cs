using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Notifications;

/// <summary>
/// Sends the outbox: the unsent messages whose time has come, oldest first, over one SMTP connection. Each message is
/// marked sent as soon as the server accepted it; when the server cannot be reached (or refuses one), every message
/// of the batch not yet sent waits <see cref="EmailOptions.Backoff"/> and is tried again — so when the server comes
/// back, each goes once. Only the instance holding the "notifications.outbox" lease sends.
/// </summary>
public sealed class OutboxSender(CcHcDbContext db, IEmailTransport transport, EmailOptions options, TimeProvider clock, ILogger<OutboxSender> logger)
{
    public const string LeaseName = "notifications.outbox";

    /// <summary>Sends what is due; returns how many went. False lease: another instance is sending.</summary>
    public async Task<int> SendDueAsync(string holder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await DatabaseLease.TryAcquireAsync(db, LeaseName, holder, TimeSpan.FromMinutes(2), now, cancellationToken))
        {
            return 0;
        }

        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        try
        {
            await transport.SendAsync(due, async message =>
            {
                message.SentAt = clock.GetUtcNow();
                message.Attempts++;
                message.LastError = null;
                await db.SaveChangesAsync(CancellationToken.None);
                sent++;
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failedAt = clock.GetUtcNow();
            foreach (var message in due.Where(m => m.SentAt is null))
            {
                message.Attempts++;
                message.NextAttemptAt = failedAt + options.Backoff(message.Attempts);
                message.LastError = Truncate(ex.GetType().Name + ": " + ex.Message, OutboxMessage.MaxError);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning(ex, "E-mail server {Host}:{Port} unavailable; {Count} message(s) wait for the next attempt", options.Host, options.Port, due.Count - sent);
        }

        return sent;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>The background service polling the outbox every <see cref="EmailOptions.PollSeconds"/> (only when e-mail is configured).</summary>
public sealed class OutboxSenderService(IServiceScopeFactory scopes, EmailOptions options, ILogger<OutboxSenderService> logger) : BackgroundService
{
    private readonly string _holder = Environment.MachineName + ":" + Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, options.PollSeconds)));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sender = scope.ServiceProvider.GetRequiredService<OutboxSender>();
                while (await sender.SendDueAsync(_holder, stoppingToken) == options.BatchSize)
                {
                    // A full batch: more may be waiting.
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The outbox sender failed; it tries again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
