using System.Globalization;
using System.Text.Json;
using CcHc.Domain.Common;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Auditing;

/// <summary>
/// Reads audit entries the way a chairman or an administrator reads them: each field by its Vietnamese label
/// (<see cref="FieldLabels"/>), hidden fields left out, values typed by the EF model — a state as its name, a date as
/// dd/MM/yyyy, an instant in Vietnam time, a position, a criterion, a commune or an account by its name instead of its
/// id — and a field whose old and new values read the same not listed at all. Built once per page from the entries
/// shown: one query per kind of id they hold.
/// </summary>
public sealed class AuditReading
{
    private const string NotKnown = "(không rõ)";

    private readonly Dictionary<string, Dictionary<string, Type>> _types;
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, string> _accounts;

    private AuditReading(Dictionary<string, Dictionary<string, Type>> types, Dictionary<string, string> names, Dictionary<string, string> accounts)
    {
        _types = types;
        _names = names;
        _accounts = accounts;
    }

    public static async Task<AuditReading> ForAsync(CcHcDbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        var types = new Dictionary<string, Dictionary<string, Type>>(StringComparer.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var fields = types.TryGetValue(entity.ClrType.Name, out var known) ? known : types[entity.ClrType.Name] = new(StringComparer.Ordinal);
            foreach (var property in entity.GetProperties())
            {
                fields[property.Name] = property.ClrType;
            }

            foreach (var complex in entity.GetComplexProperties())
            {
                foreach (var property in complex.ComplexType.GetProperties())
                {
                    fields[complex.Name + "." + property.Name] = property.ClrType;
                }
            }
        }

        var ids = new HashSet<Guid>();
        var userIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.UserId is { } user)
            {
                userIds.Add(user);
            }

            Collect(entry.Changes, ids, userIds);
        }

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (ids.Count > 0)
        {
            foreach (var p in await db.Positions.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken))
            {
                names[p.Id.ToString()] = p.Title;
            }

            foreach (var n in await db.CriterionNodes.IgnoreQueryFilters().AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => new { n.Id, n.Code, n.Title }).ToListAsync(cancellationToken))
            {
                names[n.Id.ToString()] = n.Code.Length == 0 ? n.Title : n.Title.Length == 0 ? n.Code : $"{n.Code}. {n.Title}";
            }

            foreach (var c in await db.Communes.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            {
                names[c.Id.ToString()] = c.Name;
            }

            foreach (var a in await db.Assessments.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.Id))
                         .Join(db.CriteriaSets.IgnoreQueryFilters(), a => a.CriteriaSetId, s => s.Id, (a, s) => new { a.Id, a.Year, s.Name }).ToListAsync(cancellationToken))
            {
                names[a.Id.ToString()] = $"{a.Name} năm {a.Year}";
            }

            foreach (var p in await db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.VersionNumber }).ToListAsync(cancellationToken))
            {
                names[p.Id.ToString()] = $"Phiên bản {p.VersionNumber}";
            }
        }

        var accounts = userIds.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? NotKnown, cancellationToken);
        foreach (var (id, name) in accounts)
        {
            names.TryAdd(id, name);
        }

        return new AuditReading(types, names, accounts);
    }

    /// <summary>Who did it, by name: the account's display name, else the name the entry recorded.</summary>
    public string Actor(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.UserId is { } id && _accounts.TryGetValue(id, out var name) ? name
            : entry.UserName is null or "anonymous" ? "(chưa đăng nhập)"
            : entry.UserName;
    }

    /// <summary>The entry's changes as the reader reads them; null when the stored text is not in the trail's shape.</summary>
    public IReadOnlyList<AuditText.Change>? Changes(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (string.IsNullOrWhiteSpace(entry.Changes))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(entry.Changes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var changes = new List<AuditText.Change>();
            foreach (var field in document.RootElement.EnumerateObject())
            {
                if (FieldLabels.IsHidden(entry.EntityType, field.Name))
                {
                    continue;
                }

                var type = TypeOf(entry.EntityType, field.Name);
                var hasOld = field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty("old", out _);
                var hasNew = field.Value.ValueKind != JsonValueKind.Object || field.Value.TryGetProperty("new", out _);
                var old = hasOld ? Read(field.Value.GetProperty("old"), type) : null;
                var @new = hasNew ? Read(field.Value.ValueKind == JsonValueKind.Object ? field.Value.GetProperty("new") : field.Value, type) : null;

                // Nothing to say: an insert's or a delete's empty field, or a change that reads the same both sides.
                if ((hasOld && hasNew && old == @new) || (old is null && @new is null))
                {
                    continue;
                }

                var label = FieldLabels.Label(entry.EntityType, field.Name) ?? field.Name;
                changes.Add(new AuditText.Change(label, old, @new, hasOld && (old is not null || hasNew), hasNew && (@new is not null || hasOld)));
            }

            return changes;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Type? TypeOf(string entity, string field)
    {
        if (field.StartsWith("Plan.", StringComparison.Ordinal))
        {
            (entity, field) = ("RemediationPlan", field["Plan.".Length..]);
        }

        return _types.TryGetValue(entity, out var fields) && fields.TryGetValue(field, out var type) ? Nullable.GetUnderlyingType(type) ?? type : null;
    }

    private string? Read(JsonElement value, Type? type)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.Array:
                var element = type is null || type == typeof(string) ? null
                    : type.IsArray ? type.GetElementType()
                    : type.GetInterfaces().Concat([type]).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
                var items = value.EnumerateArray().Select(v => Read(v, element is null ? null : Nullable.GetUnderlyingType(element) ?? element)).Where(v => v is not null).ToList();
                return items.Count == 0 ? null : string.Join(element == typeof(string) ? "\n" : ", ", items);
            case JsonValueKind.True:
                return "có";
            case JsonValueKind.False:
                return "không";
        }

        if (type is { IsEnum: true })
        {
            object? raw = value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? Enum.ToObject(type, number)
                : value.ValueKind == JsonValueKind.String && Enum.TryParse(type, value.GetString(), out var parsed) ? parsed
                : null;
            return raw is Enum e ? FieldLabels.EnumLabel(e) ?? e.ToString() : value.ToString();
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetDecimal(out var d) ? d.ToString(CultureInfo.GetCultureInfo("vi-VN")) : value.GetRawText();
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText();
        if (text.Length == 0)
        {
            return null;
        }

        if (type == typeof(DateOnly) || (type is null && text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date == DateOnly.MinValue ? null : VietnameseNumbers.Date(date)
                : text;
        }

        if ((type == typeof(DateTimeOffset) || type == typeof(DateTime) || type is null)
            && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            return at.Year <= 1 ? null : Formatting.DateTime(at);
        }

        if (Guid.TryParse(text, out _))
        {
            return _names.TryGetValue(text, out var name) ? name : NotKnown;
        }

        if (type == typeof(string) && _accounts.TryGetValue(text, out var account))
        {
            return account;
        }

        return text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…");
    }

    private static void Collect(string? json, HashSet<Guid> ids, HashSet<string> userIds)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            Walk(document.RootElement, ids, userIds);
        }
        catch (JsonException)
        {
            // Not in the trail's shape: shown raw, nothing to name.
        }
    }

    private static void Walk(JsonElement element, HashSet<Guid> ids, HashSet<string> userIds)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, ids, userIds);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, ids, userIds);
                }

                break;
            case JsonValueKind.String when Guid.TryParse(element.GetString(), out var id):
                ids.Add(id);
                userIds.Add(element.GetString()!);
                break;
        }
    }
}
