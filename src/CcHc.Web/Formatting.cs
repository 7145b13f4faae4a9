using System.Globalization;
using CcHc.Domain.Common;

namespace CcHc.Web;

/// <summary>How pages show numbers and dates: the Vietnamese way, and "—" for a value the source does not give.</summary>
public static class Formatting
{
    public const string Unknown = "—";

    public static string Score(decimal? value) => value is { } v ? VietnameseNumbers.Score(v) : Unknown;

    /// <summary>A count with Vietnamese digit grouping: 3.321.</summary>
    public static string Count(int value) => value.ToString("#,0", VietnameseNumbers.Culture);

    public static string Date(DateOnly? value) => value is { } d ? VietnameseNumbers.Date(d) : Unknown;

    /// <summary>An instant as people read it: Vietnam time (UTC+7), whatever the offset it was stored with.</summary>
    public static string DateTime(DateTimeOffset value) =>
        VietnamTime.ToVietnam(value).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant's calendar day in Vietnam.</summary>
    public static string Day(DateTimeOffset value) =>
        VietnamTime.ToVietnam(value).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
