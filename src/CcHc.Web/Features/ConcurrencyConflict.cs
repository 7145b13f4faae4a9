using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features;

/// <summary>What another person saved meanwhile: who, when, and each field that now differs from the user's input.</summary>
public sealed record ConcurrencyConflict(string? SavedBy, DateTimeOffset? SavedAt, IReadOnlyList<(string Field, string Theirs, string Yours)> Differences)
{
    public static Task<ConcurrencyConflict> DescribeAsync(
        CcHcDbContext db, Guid entityId, IEnumerable<(string Field, string Theirs, string Yours)> fields, CancellationToken cancellationToken) =>
        DescribeAsync(db, entityId.ToString(), fields, cancellationToken);

    /// <summary>The same for an entity whose key is not a Guid (an account's id).</summary>
    public static async Task<ConcurrencyConflict> DescribeAsync(
        CcHcDbContext db, string key, IEnumerable<(string Field, string Theirs, string Yours)> fields, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == key && a.Action == AuditAction.Update)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.UserName, a.At })
            .FirstOrDefaultAsync(cancellationToken);
        var differences = fields.Where(f => !string.Equals(Normalize(f.Theirs), Normalize(f.Yours), StringComparison.Ordinal)).ToList();
        return new ConcurrencyConflict(last?.UserName, last?.At, differences);
    }

    private static string Normalize(string value) => value.ReplaceLineEndings("\n").Trim();
}
