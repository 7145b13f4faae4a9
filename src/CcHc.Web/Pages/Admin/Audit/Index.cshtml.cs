using System.Globalization;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.Audit;

/// <summary>
/// Searches the audit trail: by user (the actor, or the account an event is about), commune, action, subject and
/// Vietnam-time date range; newest first, 50 a page. Administrators only.
/// </summary>
public sealed class IndexModel(CcHcDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Vietnam time (UTC+7, no daylight saving): dates are entered and shown in it.</summary>

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public Guid? CommuneFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public AuditAction? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? EntityFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToText { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public int Total { get; private set; }

    public int PageCount { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    /// <summary>User names of the accounts the shown entries are about (logins, account changes).</summary>
    public IReadOnlyDictionary<string, string> AccountNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The commune an entry belongs to; a commune's own changes carry it as their subject.</summary>
    public string? CommuneName(AuditEntry entry)
    {
        var id = entry.CommuneId ?? (entry.EntityType == "Commune" && Guid.TryParse(entry.EntityId, out var own) ? own : null);
        return Communes.FirstOrDefault(c => c.Id == id)?.Name;
    }

    /// <summary>The current filters as query values, for the page links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("user", UserFilter);
        Add("commune", CommuneFilter?.ToString());
        Add("action", ActionFilter?.ToString());
        Add("entity", EntityFilter);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (page > 1)
        {
            values["p"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Communes = await db.Communes.AsNoTracking().OrderBy(c => c.Province).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        EntityTypes = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        From = ParseDate(FromText, "from");
        To = ParseDate(ToText, "to");

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserFilter))
        {
            var text = UserFilter.Trim();
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            var normalized = text.ToUpperInvariant();
            var accountIds = db.Users.Where(u => u.NormalizedUserName!.Contains(normalized)).Select(u => u.Id);

            // A login is written before the user is signed in (actor "anonymous"), so an event about an account
            // matches by that account's name as well as by the actor's.
            query = query.Where(a => EF.Functions.Like(a.UserName, pattern, "\\")
                || ((a.EntityType == "Account" || a.EntityType == "ApplicationUser") && a.EntityId != null && accountIds.Contains(a.EntityId))
                || (a.EntityType == "Account" && EF.Functions.Like(a.Note, pattern, "\\")));
        }

        if (CommuneFilter is { } communeId)
        {
            var key = communeId.ToString();
            query = query.Where(a => a.CommuneId == communeId || (a.EntityType == "Commune" && a.EntityId == key));
        }

        if (ActionFilter is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(EntityFilter))
        {
            var entity = EntityFilter.Trim();
            query = query.Where(a => a.EntityType == entity);
        }

        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            query = query.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            query = query.Where(a => a.At < end);
        }

        Total = await query.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);

        var subjectIds = Entries
            .Where(e => e.EntityType is "Account" or "ApplicationUser" && e.EntityId is not null)
            .Select(e => e.EntityId!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        AccountNames = await db.Users.AsNoTracking()
            .Where(u => subjectIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName ?? string.Empty, cancellationToken);
    }

    private DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, "Ngày không hợp lệ; nhập theo dạng dd/MM/yyyy.");
        return null;
    }
}
