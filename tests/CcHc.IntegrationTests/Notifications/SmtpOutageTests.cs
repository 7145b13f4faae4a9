using System.Diagnostics;
using System.Globalization;
using CcHc.Domain.Notifications;
using CcHc.Infrastructure.Notifications;
using CcHc.Infrastructure.Persistence;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Notifications;

/// <summary>Its own host and SMTP server, so stopping the server disturbs no other test.</summary>
public sealed class OutageFactory : NotificationFactory;

/// <summary>
/// The SMTP server stops mid-run: messages written meanwhile wait in the outbox (attempts counted, next attempt
/// pushed back), nothing is lost; when the server listens again they all arrive, each once. The time from the restart
/// to the last delivery is measured and printed (retry base 0.2 s, cap 1 s in this host).
/// </summary>
public sealed class SmtpOutageTests(OutageFactory factory, ITestOutputHelper output) : IClassFixture<OutageFactory>
{
    private const int Messages = 30;

    [Fact]
    public async Task Messages_written_while_the_server_is_down_arrive_once_each_after_it_restarts()
    {
        var smtp = factory.Smtp;

        // Before: a first batch goes straight through.
        var firstBatch = await WriteAsync(10, "Trước sự cố");
        Assert.True(await smtp.WaitForAsync(10, TimeSpan.FromSeconds(20)), $"{smtp.Received.Count} of 10 before the outage");

        await smtp.StopAsync();
        var during = await WriteAsync(Messages, "Trong sự cố");

        // The sender tries, fails and backs off: the messages are still there, unsent, with attempts counted.
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20)
            && await DatabaseProbe.QueryAsync(factory, db => db.OutboxMessages.CountAsync(m => during.Contains(m.Id) && m.Attempts >= 2)) < Messages)
        {
            await Task.Delay(100);
        }

        var waiting = await DatabaseProbe.QueryAsync(factory, db => db.OutboxMessages.Where(m => during.Contains(m.Id)).ToListAsync());
        Assert.All(waiting, m =>
        {
            Assert.Null(m.SentAt);
            Assert.True(m.Attempts >= 2, $"attempts {m.Attempts}");
            Assert.NotNull(m.LastError);
        });
        Assert.Equal(10, smtp.Received.Count);

        var restart = Stopwatch.StartNew();
        var restartedAt = TimeProvider.System.GetUtcNow();
        smtp.Start();
        Assert.True(await smtp.WaitForAsync(10 + Messages, TimeSpan.FromSeconds(30)), $"{smtp.Received.Count - 10} of {Messages} after the restart");
        var lastArrival = restart.Elapsed;
        var firstArrival = smtp.Received.Skip(10).Min(r => r.At) - restartedAt;

        // Give a duplicate the time to show up, then count: each message once.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var ids = smtp.Received.Select(r => r.Message.MessageId ?? string.Empty).ToList();
        Assert.Equal(10 + Messages, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var expected = firstBatch.Concat(during).Select(id => $"{id:N}@cchc").Order().ToList();
        Assert.Equal(expected, ids.Order().ToList());
        Assert.Equal(Messages, await DatabaseProbe.QueryAsync(factory, db => db.OutboxMessages.CountAsync(m => during.Contains(m.Id) && m.SentAt != null)));
        Assert.All(smtp.Received.Skip(10), r => Assert.StartsWith("Trong sự cố", r.Message.Subject, StringComparison.Ordinal));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Messages} messages written during the outage; first delivered {firstArrival.TotalSeconds:0.00} s and all {lastArrival.TotalSeconds:0.00} s after the server restarted; {ids.Count} messages in all, no duplicate"));
    }

    /// <summary>Writes <paramref name="count"/> notifications for the Cẩm Sơn chairman through the app's notifier, one save.</summary>
    private async Task<List<Guid>> WriteAsync(int count, string prefix)
    {
        await TestAccounts.EnsureCreatedAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CcHcDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == "t.chairman.camson");
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        for (var i = 1; i <= count; i++)
        {
            notifier.Add([new Recipient(user.Id, user.DisplayName, user.Email, false, false)], null,
                new NotificationMessage(NotificationKind.PlanSubmitted, string.Create(CultureInfo.InvariantCulture, $"{prefix} — thư số {i}"), "Nội dung thử: Cẩm Sơn, Hà Tĩnh.", "/"));
        }

        await db.SaveChangesAsync();
        return await db.OutboxMessages.Where(m => m.Subject.StartsWith(prefix)).Select(m => m.Id).ToListAsync();
    }
}
