using System.Net.Mail;

namespace CcHc.Domain.Notifications;

/// <summary>
/// An address notifications can be sent to: one mailbox "local@domain.tld" — no display name, no spaces, a domain with
/// a dot — at most <see cref="MaxLength"/> characters. Stricter than DataAnnotations' [EmailAddress], which only asks for
/// one "@" (and so lets "vanthu camson@hatinh" through to fail at the SMTP server, long after the clerk left the form).
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 256;

    public const string Invalid = "Địa chỉ thư điện tử không hợp lệ (ví dụ: vanthu.camlac@hatinh.gov.vn).";

    /// <summary>The address as stored: trimmed; null when blank (then notifications stay in the app).</summary>
    public static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static bool IsValid(string? text)
    {
        var address = Normalize(text);
        if (address is null)
        {
            return true;
        }

        if (address.Length > MaxLength || address.Any(char.IsWhiteSpace) || !MailAddress.TryCreate(address, out var parsed)
            || !string.Equals(parsed.Address, address, StringComparison.Ordinal) || !string.IsNullOrEmpty(parsed.DisplayName))
        {
            return false;
        }

        var domain = parsed.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }
}
