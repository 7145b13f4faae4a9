using System.Globalization;

namespace CcHc.Infrastructure.Signatures;

/// <summary>PDF date strings, "D:YYYYMMDDHHmmSSOHH'mm'" (ISO 32000-1, 7.9.4).</summary>
internal static class PdfDate
{
    public static string Format(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{time:yyyyMMddHHmmss}{sign}{offset.Hours:00}'{offset.Minutes:00}'");
    }

    /// <summary>Reads a PDF date; every part after the year is optional. Null when it is not one.</summary>
    public static DateTimeOffset? Parse(string text)
    {
        var s = text.Trim();
        if (s.StartsWith("D:", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var position = 4;
        int Part(int fallback)
        {
            if (position + 2 <= s.Length && char.IsAsciiDigit(s[position]) && char.IsAsciiDigit(s[position + 1]))
            {
                var value = ((s[position] - '0') * 10) + (s[position + 1] - '0');
                position += 2;
                return value;
            }

            return fallback;
        }

        var month = Part(1);
        var day = Part(1);
        var hour = Part(0);
        var minute = Part(0);
        var second = Part(0);
        var offset = TimeSpan.Zero;
        if (position < s.Length && s[position] is '+' or '-')
        {
            var negative = s[position] == '-';
            position++;
            var hours = Part(0);
            if (position < s.Length && s[position] == '\'')
            {
                position++;
            }

            var minutes = Part(0);
            offset = new TimeSpan(hours, minutes, 0);
            if (negative)
            {
                offset = -offset;
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || hour > 23 || minute > 59
            || second > 59 || year is < 1000 or > 9998 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, offset);
    }
}
