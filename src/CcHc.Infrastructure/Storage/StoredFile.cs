using System.Security.Cryptography;

namespace CcHc.Infrastructure.Storage;

/// <summary>
/// The bytes of one stored file, kept in the database (table StoredFiles: BLOB on SQLite, varbinary(max) on SQL
/// Server) and saved in the same transaction as the row that names them, so a file is never kept without its row nor
/// a row without its file. Insert-only (trigger <c>trg_StoredFiles_InsertOnly</c>): a file is never changed in place.
/// Named by <see cref="Key"/>, made by the app (for evidence <c>evidence/{planId:N}/{storageKey}</c>), never by a user.
/// </summary>
public sealed class StoredFile
{
    public const int MaxKeyLength = 200;

    private StoredFile()
    {
        Key = Sha256 = string.Empty;
        Content = [];
    }

    public StoredFile(string key, ReadOnlySpan<byte> content, DateTimeOffset storedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A storage key has at most {MaxKeyLength} characters.", nameof(key));
        }

        Key = key;
        Content = content.ToArray();
        Length = Content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        StoredAt = storedAt;
    }

    public string Key { get; private set; }

    public long Length { get; private set; }

    /// <summary>SHA-256 of the bytes, lower-case hex (64 characters).</summary>
    public string Sha256 { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset StoredAt { get; private set; }
}
