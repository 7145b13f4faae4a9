using System.Globalization;

namespace CcHc.Domain.Common;

/// <summary>
/// How numbers and dates read in Vietnamese documents: decimal comma ("85,08"), no trailing zeros for scores
/// ("14,5", "100"), dates dd/MM/yyyy. Domain messages use these so a finding reads like the source document.
/// </summary>
public static class VietnameseNumbers
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A score as documents print it: up to two decimals, decimal comma, no grouping.</summary>
    public static string Score(decimal value) => value.ToString("0.##", Culture);

    public static string Score(decimal? value) => value is { } v ? Score(v) : "?";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static readonly string[] Roman = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>Roman numerals 1–12, used for quarters and appendix/section numbers.</summary>
    public static string ToRoman(int value) =>
        value is >= 1 and <= 12 ? Roman[value] : value.ToString(CultureInfo.InvariantCulture);
}
