using System.Globalization;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Admin;

/// <summary>The audit search's filters as typed; dates in Vietnam time ("yyyy-MM-dd" or "dd/MM/yyyy").</summary>
public sealed record AuditFilter(string? User, Guid? CommuneId, AuditAction? Action, string? Entity, string? From, string? To, int Page);

/// <summary>One page of audit entries and what the search form offers.</summary>
public sealed record AuditPage(
    IReadOnlyList<AuditEntry> Entries,
    int Total,
    int PageNumber,
    int PageCount,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<string> EntityTypes,
    IReadOnlyDictionary<string, string> AccountNames,
    IReadOnlyList<FieldError> Errors,
    AuditReading Reading)
{
    /// <summary>The commune an entry belongs to; a commune's own changes carry it as their subject.</summary>
    public string? CommuneName(AuditEntry entry)
    {
        var id = entry.CommuneId ?? (entry.EntityType == "Commune" && Guid.TryParse(entry.EntityId, out var own) ? own : null);
        return Communes.FirstOrDefault(c => c.Id == id)?.Name;
    }
}

/// <summary>
/// Searches the audit trail: by user (the actor, or the account an event is about), commune, action, subject and
/// Vietnam-time date range; newest first, <see cref="PageSize"/> a page. Administrators only (the /Admin folder's policy).
/// </summary>
public sealed class AuditSearch(CcHcDbContext db)
{
    public const int PageSize = 50;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public async Task<AuditPage> RunAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Province).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        // The subjects in the trail, listed by their Vietnamese names.
        var entityTypes = (await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().ToListAsync(cancellationToken))
            .OrderBy(AuditText.EntityLabel, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true)).ToList();
        var errors = new List<FieldError>();
        var from = ParseDate(filter.From, "from", errors);
        var to = ParseDate(filter.To, "to", errors);

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var text = filter.User.Trim();
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            var normalized = text.ToUpperInvariant();
            var accountIds = db.Users.Where(u => u.NormalizedUserName!.Contains(normalized)).Select(u => u.Id);

            // A login is written before the user is signed in (actor "anonymous"), so an event about an account
            // matches by that account's name as well as by the actor's.
            query = query.Where(a => EF.Functions.Like(a.UserName, pattern, "\\")
                || ((a.EntityType == "Account" || a.EntityType == "ApplicationUser") && a.EntityId != null && accountIds.Contains(a.EntityId))
                || (a.EntityType == "Account" && EF.Functions.Like(a.Note, pattern, "\\")));
        }

        if (filter.CommuneId is { } communeId)
        {
            var key = communeId.ToString();
            query = query.Where(a => a.CommuneId == communeId || (a.EntityType == "Commune" && a.EntityId == key));
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            var entity = filter.Entity.Trim();
            query = query.Where(a => a.EntityType == entity);
        }

        if (from is { } fromDay)
        {
            var start = new DateTimeOffset(fromDay.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            query = query.Where(a => a.At >= start);
        }

        if (to is { } toDay)
        {
            var end = new DateTimeOffset(toDay.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            query = query.Where(a => a.At < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var pageNumber = Math.Clamp(filter.Page, 1, pageCount);
        var entries = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);

        var subjectIds = entries
            .Where(e => e.EntityType is "Account" or "ApplicationUser" && e.EntityId is not null)
            .Select(e => e.EntityId!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var accountNames = await db.Users.AsNoTracking()
            .Where(u => subjectIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName ?? string.Empty, cancellationToken);
        return new AuditPage(entries, total, pageNumber, pageCount, from, to, communes, entityTypes, accountNames, errors,
            await AuditReading.ForAsync(db, entries, cancellationToken));
    }

    private static DateOnly? ParseDate(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(field, "Ngày không hợp lệ; nhập theo dạng dd/MM/yyyy."));
        return null;
    }
}
