using System.Globalization;
using CcHc.Domain.Common;

namespace CcHc.Web;

/// <summary>How pages show numbers and dates: the Vietnamese way, and "—" for a value the source does not give.</summary>
public static class Formatting
{
    public const string Unknown = "—";

    public static string Score(decimal? value) => value is { } v ? VietnameseNumbers.Score(v) : Unknown;

    public static string Date(DateOnly? value) => value is { } d ? VietnameseNumbers.Date(d) : Unknown;

    public static string DateTime(DateTimeOffset value) =>
        value.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
