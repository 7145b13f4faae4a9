using System.Data;
using System.Data.Common;
using CcHc.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CcHc.Infrastructure.Storage;

/// <summary>
/// Stored file bytes in the database (table StoredFiles), written with the scope's <see cref="CcHcDbContext"/> so they
/// are saved in the same transaction as their rows. Reads stream without loading the file: on SQLite through
/// <see cref="SqliteBlob"/> (incremental blob I/O on the row), on SQL Server through a sequential-access reader.
/// </summary>
public sealed class DatabaseFileStore(CcHcDbContext db, TimeProvider clock) : IFileStore
{
    public void Add(string key, ReadOnlySpan<byte> content) => db.StoredFiles.Add(new StoredFile(key, content, clock.GetUtcNow()));

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) =>
        db.StoredFiles.AnyAsync(f => f.Key == key, cancellationToken);

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var owned = new List<IDisposable>();
        try
        {
            var connection = db.Database.GetDbConnection();
            var command = connection.CreateCommand();
            owned.Add(command);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@key";
            parameter.Value = key;
            command.Parameters.Add(parameter);
            Stream? content;
            if (connection is SqliteConnection sqlite)
            {
                command.CommandText = "SELECT rowid FROM \"StoredFiles\" WHERE \"Key\" = @key";
                var rowid = await command.ExecuteScalarAsync(cancellationToken);
                content = rowid is long id ? new SqliteBlob(sqlite, "StoredFiles", "Content", id, readOnly: true) : null;
            }
            else
            {
                command.CommandText = "SELECT [Content] FROM [StoredFiles] WHERE [Key] = @key";
                var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
                owned.Insert(0, reader);
                content = await reader.ReadAsync(cancellationToken) ? reader.GetStream(0) : null;
            }

            if (content is null)
            {
                Release(owned);
                return null;
            }

            owned.Insert(0, content);
            return new OwnedReadStream(content, owned, db);
        }
        catch
        {
            Release(owned);
            throw;
        }

        void Release(List<IDisposable> disposables)
        {
            foreach (var d in disposables)
            {
                d.Dispose();
            }

            db.Database.CloseConnection();
        }
    }

    /// <summary>The stored bytes' stream; disposing it releases the command, the reader and the connection it holds open.</summary>
    private sealed class OwnedReadStream(Stream inner, List<IDisposable> owned, CcHcDbContext db) : Stream
    {
        private bool _disposed;

        public override bool CanRead => !_disposed && inner.CanRead;

        public override bool CanSeek => !_disposed && inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                foreach (var d in owned)
                {
                    d.Dispose();
                }

                try
                {
                    db.Database.CloseConnection();
                }
                catch (ObjectDisposedException)
                {
                    // The request's context went first: its connection went with it.
                }
            }

            base.Dispose(disposing);
        }
    }
}
