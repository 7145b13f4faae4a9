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

    /// <summary>
    /// Reads a score as people type it: "85,08" (Vietnamese) or "85.08", "14,5", "100"; at most two decimals,
    /// non-negative. Anything else ("1,2,3", "8,5đ", "1 000", "-1", "1,234") is refused, never guessed.
    /// </summary>
    public static bool TryParseScore(string? text, out decimal value)
    {
        value = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 12)
        {
            return false;
        }

        var separators = 0;
        var decimals = -1;
        foreach (var c in trimmed)
        {
            if (c is ',' or '.')
            {
                separators++;
                decimals = 0;
            }
            else if (c is >= '0' and <= '9')
            {
                if (decimals >= 0)
                {
                    decimals++;
                }
            }
            else
            {
                return false;
            }
        }

        if (separators > 1 || decimals is 0 or > 2 || trimmed[0] is ',' or '.')
        {
            return false;
        }

        return decimal.TryParse(trimmed.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static readonly string[] Roman = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>Roman numerals 1–12, used for quarters and appendix/section numbers.</summary>
    public static string ToRoman(int value) =>
        value is >= 1 and <= 12 ? Roman[value] : value.ToString(CultureInfo.InvariantCulture);
}
