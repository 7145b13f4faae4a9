using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>
/// Records the SQL commands the app sends while a test has it switched on, to count what one request costs. The
/// sign-in session's own look-ups (Identity's tables) are counted apart: they belong to every request, not to the
/// feature being measured.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();
    private volatile bool _recording;

    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>Commands of the feature itself (not Identity's session look-ups).</summary>
    public IReadOnlyList<string> FeatureCommands => [.. _commands.Where(c => !c.Contains("\"AspNet", StringComparison.Ordinal) && !c.Contains("[AspNet", StringComparison.Ordinal)
        && !c.Contains("-- " + CcHc.Web.Security.LineageClaimsTransformation.QueryTag, StringComparison.Ordinal))];

    public IDisposable Record()
    {
        _commands.Clear();
        _recording = true;
        return new Stop(this);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    private void Add(DbCommand command)
    {
        if (_recording)
        {
            _commands.Enqueue(command.CommandText);
        }
    }

    private sealed class Stop(SqlCommandCounter counter) : IDisposable
    {
        public void Dispose() => counter._recording = false;
    }
}
