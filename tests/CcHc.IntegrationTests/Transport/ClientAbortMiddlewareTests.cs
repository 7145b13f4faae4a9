using CcHc.Web.Hosting;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CcHc.IntegrationTests.Transport;

/// <summary>The client-abort middleware on its own: which exceptions are a client going away, and how they are logged.</summary>
public sealed class ClientAbortMiddlewareTests
{
    [Fact]
    public async Task A_cancellation_after_the_client_left_is_information_and_499()
    {
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        var (context, logger) = (new DefaultHttpContext { RequestAborted = aborted.Token }, new RecordingLogger());

        await new ClientAbortMiddleware(_ => throw new OperationCanceledException(aborted.Token), logger).InvokeAsync(context);

        Assert.Equal(ClientAbortMiddleware.ClientClosedRequest, context.Response.StatusCode);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Null(entry.Exception);
    }

    [Fact]
    public async Task A_reset_connection_is_information()
    {
        var (context, logger) = (new DefaultHttpContext(), new RecordingLogger());

        await new ClientAbortMiddleware(_ => throw new ConnectionResetException("reset by peer"), logger).InvokeAsync(context);

        Assert.Equal(LogLevel.Information, Assert.Single(logger.Entries).Level);
    }

    [Fact]
    public async Task A_truncated_body_while_the_client_still_listens_keeps_its_status_for_the_status_page()
    {
        var (context, logger) = (new DefaultHttpContext(), new RecordingLogger());

        await new ClientAbortMiddleware(_ => throw new BadHttpRequestException("Unexpected end of request content.", 400), logger).InvokeAsync(context);

        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal(LogLevel.Information, Assert.Single(logger.Entries).Level);
    }

    [Fact]
    public async Task A_cancellation_the_client_did_not_cause_is_still_an_error()
    {
        var (context, logger) = (new DefaultHttpContext(), new RecordingLogger());

        await Assert.ThrowsAsync<OperationCanceledException>(() => new ClientAbortMiddleware(_ => throw new OperationCanceledException(), logger).InvokeAsync(context));
        await Assert.ThrowsAsync<InvalidOperationException>(() => new ClientAbortMiddleware(_ => throw new InvalidOperationException(), logger).InvokeAsync(context));
        Assert.Empty(logger.Entries);
    }

    private sealed class RecordingLogger : ILogger<ClientAbortMiddleware>
    {
        public List<(LogLevel Level, Exception? Exception, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, exception, formatter(state, exception)));
    }
}
