using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (SmtpServer by cosullivan), started and stopped by the test: every message it
/// accepts is parsed with MimeKit and kept with the time it arrived. Stopping closes the port, so the app's sender
/// meets a refused connection, as with a mail server that is down; <see cref="Start"/> listens again on the same port.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<(DateTimeOffset At, MimeMessage Message)> _received = new();
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stop;

    public TestSmtpServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public bool IsRunning => _server is not null;

    public IReadOnlyList<(DateTimeOffset At, MimeMessage Message)> Received => [.. _received];

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. _received.Select(r => r.Message).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public void Start()
    {
        if (_server is not null)
        {
            return;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        _stop = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services);
        _ = _server.StartAsync(_stop.Token);
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Shutdown();
        await _stop!.CancelAsync();
        try
        {
            await _server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _server = null;
    }

    /// <summary>Waits until <paramref name="count"/> messages have arrived in all, or the time is up.</summary>
    public async Task<bool> WaitForAsync(int count, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (_received.Count < count && TimeProvider.System.GetUtcNow() < until)
        {
            await Task.Delay(50);
        }

        return _received.Count >= count;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            owner._received.Enqueue((TimeProvider.System.GetUtcNow(), MimeMessage.Load(stream, cancellationToken)));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
