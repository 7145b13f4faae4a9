using System.Globalization;
using System.Text.Json;
using CcHc.Infrastructure.Auditing;

namespace CcHc.Web.Auditing;

/// <summary>How the audit trail reads in Vietnamese: action and subject labels, and the changes as "Trường: cũ → mới".</summary>
public static class AuditText
{
    private const int MaxValueLength = 300;

    public static string ActionLabel(AuditAction action) => action switch
    {
        AuditAction.Insert => "Thêm",
        AuditAction.Update => "Sửa",
        AuditAction.Delete => "Xóa",
        AuditAction.LoginSucceeded => "Đăng nhập thành công",
        AuditAction.LoginFailed => "Đăng nhập thất bại",
        AuditAction.LockedOut => "Bị khóa",
        AuditAction.Logout => "Đăng xuất",
        AuditAction.Transition => "Chuyển trạng thái",
        AuditAction.Download => "Tải xuống",
        AuditAction.AccountChanged => "Thay đổi tài khoản",
        AuditAction.SignedCopyUpload => "Tải lên bản ký số",
        AuditAction.CommuneSealUpload => "Tải lên con dấu",
        _ => action.ToString(),
    };

    public static string EntityLabel(string type) => CcHc.Domain.Common.FieldLabels.EntityLabel(type) ?? type;

    /// <summary>One changed field: the old value (absent on insert) and the new one (absent on delete).</summary>
    public sealed record Change(string Field, string? Old, string? New, bool HasOld, bool HasNew)
    {
        public override string ToString() =>
            HasOld && HasNew ? $"{Field}: {Old ?? "(trống)"} → {New ?? "(trống)"}"
            : HasNew ? $"{Field}: {New}"
            : $"{Field}: {Old}";
    }

    /// <summary>
    /// Reads the interceptor's JSON ({"Field": {"old": …, "new": …}}); null when there is nothing to show or the text is
    /// not in that shape (then the raw text is shown instead).
    /// </summary>
    public static IReadOnlyList<Change>? Changes(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var changes = new List<Change>();
            foreach (var field in document.RootElement.EnumerateObject())
            {
                if (field.Value.ValueKind != JsonValueKind.Object)
                {
                    changes.Add(new Change(field.Name, null, Text(field.Value), HasOld: false, HasNew: true));
                    continue;
                }

                var hasOld = field.Value.TryGetProperty("old", out var old);
                var hasNew = field.Value.TryGetProperty("new", out var @new);

                // An insert's empty fields (or a delete's) say nothing; only what had a value is listed.
                if (hasOld != hasNew && (hasOld ? old : @new).ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                changes.Add(new Change(field.Name, hasOld ? Text(old) : null, hasNew ? Text(@new) : null, hasOld, hasNew));
            }

            return changes;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "(trống)",
            JsonValueKind.String => value.GetString() is { Length: > 0 } s ? Shorten(s) : "(trống)",
            JsonValueKind.True => "có",
            JsonValueKind.False => "không",
            JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.GetCultureInfo("vi-VN")) : value.GetRawText(),
            _ => value.GetRawText(),
        };
        return Shorten(text);
    }

    private static string Shorten(string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) && text.Contains('T', StringComparison.Ordinal))
        {
            return Formatting.DateTime(at);
        }

        return text.Length <= MaxValueLength ? text : string.Concat(text.AsSpan(0, MaxValueLength), "…");
    }
}
