using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CcHc.Domain.Deadlines;

/// <summary>
/// Finds the deadlines named in a text as written in Vietnamese plans. The text is folded first (NFC → NFD, tone
/// and vowel marks dropped, đ → d), so "Quý"/"QUÝ"/"quy", "kỳ"/"kì" and old/new tone placement all read the same;
/// the patterns then match case-insensitively. Every pattern is tried in order of priority, and a match that overlaps
/// one already taken is ignored ("Trước Quý II năm 2024" is one BeforeQuarter, not also a Quarter and a Year).
/// </summary>
internal static partial class DeadlineParser
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Building blocks (on folded text).
    // A quarter number: roman I–V or arabic; V and 5 are read so that "Quý V"/"Quý 5" is rejected, not skipped.
    private const string QuarterNumber = @"(?<q>iv|v|i{1,3}|\d{1,2})\b";

    // "năm 2024", "2024", "/2024", "-2024" after a quarter or a month.
    private const string YearAfter = @"(?:(?:\s*[/-]\s*|\s*,?\s*nam\s+|\s+)(?<y>\d{4})(?!\d))?";

    // "15/12", "01/5", "15/12/2024", "15-12-2024", "15.12.2024"; not part of "1,84/2" or "5/2024".
    private const string ShortDate =
        @"(?<![\d/.,])(?<d>\d{1,2})[/.-](?<m>\d{1,2})(?:[/.-](?<y>\d{4}))?(?!\d|[/.-]\d)";

    // "ngày 15 tháng 12 năm 2024".
    private const string LongDate =
        @"\bngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})(?:\s*,?\s*nam\s+(?<y>\d{4})(?!\d))?";

    private const string AnyDate = "(?:" + LongDate + @"|(?:\bngay\s+)?" + ShortDate + ")";

    // "trong năm", "trong năm 2024", "cả năm" after a recurring word.
    private const string YearTail = @"(?:\s*,?\s+(?:trong\s+|ca\s+)?nam(?:\s+(?<y>\d{4})(?!\d))?\b)?";

    private enum Shape
    {
        BeforeQuarter,
        BeforeMonth,
        BeforeDate,
        ExactDate,
        Quarter,
        Month,
        Monthly,
        Quarterly,
        Continuous,
        ReportingPeriod,
        Year,
        ContextYear,
    }

    private static readonly (Shape Shape, Regex Pattern)[] Patterns =
    [
        (Shape.BeforeQuarter, BeforeQuarterPattern()),
        (Shape.BeforeMonth, BeforeMonthPattern()),
        (Shape.BeforeDate, BeforeDatePattern()),
        (Shape.ExactDate, ExactDatePattern()),
        (Shape.Quarter, QuarterPattern()),
        (Shape.Month, MonthPattern()),
        (Shape.Monthly, MonthlyPattern()),
        (Shape.Quarterly, QuarterlyPattern()),
        (Shape.Continuous, ContinuousPattern()),
        (Shape.ReportingPeriod, ReportingPeriodPattern()),
        (Shape.Year, YearPattern()),
        (Shape.ContextYear, ContextYearPattern()),
    ];

    /// <summary>
    /// The deadline a (normalised) text names, with a canonical wording, or null when nothing is recognised or a
    /// recognised part is impossible ("31/02/2024", "Quý 5", "tháng 13", a year outside 2000–2100).
    /// </summary>
    public static Deadline? Read(string text, int contextYear)
    {
        var folded = Fold(text);
        var taken = new List<(int Start, int End, Deadline Deadline)>();

        foreach (var (shape, pattern) in Patterns)
        {
            foreach (Match match in pattern.Matches(folded))
            {
                var start = match.Index;
                var end = match.Index + match.Length;
                if (taken.Exists(t => start < t.End && t.Start < end))
                {
                    continue;
                }

                var deadline = Build(shape, match, contextYear);
                if (deadline is null)
                {
                    return null;
                }

                taken.Add((start, end, deadline));
            }
        }

        // In text order, so that among equal due dates the first written wins.
        taken.Sort((a, b) => a.Start.CompareTo(b.Start));

        Deadline? latestDated = null;
        foreach (var (_, _, deadline) in taken)
        {
            if (deadline.Kind != DeadlineKind.Recurring
                && (latestDated is null || deadline.DueDate > latestDated.DueDate))
            {
                latestDated = deadline;
            }
        }

        return latestDated ?? (taken.Count > 0 ? taken[0].Deadline : null);
    }

    /// <summary>NFD, drop combining marks, đ → d; the length may differ from the input's.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                    builder.Append('d');
                    break;
                case 'Đ':
                    builder.Append('D');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static Deadline? Build(Shape shape, Match match, int contextYear)
    {
        var year = match.Groups["y"].Success ? Number(match.Groups["y"]) : contextYear;
        if (!Deadline.IsValidYear(year))
        {
            return null;
        }

        switch (shape)
        {
            case Shape.BeforeQuarter:
            case Shape.Quarter:
            {
                var quarter = QuarterOf(match.Groups["q"].Value);
                if (quarter is null)
                {
                    return null;
                }

                return shape == Shape.Quarter
                    ? Deadline.InQuarter(year, quarter.Value)
                    : Deadline.BeforeQuarter(year, quarter.Value);
            }

            case Shape.BeforeMonth:
            case Shape.Month:
            {
                var month = Number(match.Groups["m"]);
                if (month is < 1 or > 12)
                {
                    return null;
                }

                return shape == Shape.Month
                    ? Deadline.InMonth(year, month)
                    : Deadline.Before(new DateOnly(year, month, 1));
            }

            case Shape.BeforeDate:
            case Shape.ExactDate:
            {
                var month = Number(match.Groups["m"]);
                var day = Number(match.Groups["d"]);
                if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
                {
                    return null;
                }

                var date = new DateOnly(year, month, day);
                return shape == Shape.ExactDate ? Deadline.OnDate(date) : Deadline.Before(date);
            }

            case Shape.Monthly:
                return Deadline.Recurring(year, Recurrence.Monthly);
            case Shape.Quarterly:
                return Deadline.Recurring(year, Recurrence.Quarterly);
            case Shape.Continuous:
                return Deadline.Recurring(year, Recurrence.Continuous);
            case Shape.ReportingPeriod:
                return Deadline.Recurring(year, Recurrence.ReportingPeriod);
            case Shape.Year:
            case Shape.ContextYear:
                return Deadline.WholeYear(year);
            default:
                return null;
        }
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? QuarterOf(string number) => number.ToUpperInvariant() switch
    {
        "I" or "1" or "01" => 1,
        "II" or "2" or "02" => 2,
        "III" or "3" or "03" => 3,
        "IV" or "4" or "04" => 4,
        _ => null,
    };

    // "Trước Quý II năm 2024", "trước quý 2/2024".
    [GeneratedRegex(@"\btruoc\s+quy\s+" + QuarterNumber + YearAfter, Options)]
    private static partial Regex BeforeQuarterPattern();

    // "Trước tháng 5 năm 2024" (before the month starts).
    [GeneratedRegex(@"\btruoc\s+thang\s+(?<m>\d{1,2})(?!\d)" + YearAfter, Options)]
    private static partial Regex BeforeMonthPattern();

    // "trước ngày 15/12/2024", "Trước 30/10", "trước ngày 15 tháng 12 năm 2024".
    [GeneratedRegex(@"\btruoc\s+" + AnyDate, Options)]
    private static partial Regex BeforeDatePattern();

    // "Ngày 15/12/2024", "15/12/2024", "15-12-2024".
    [GeneratedRegex(AnyDate, Options)]
    private static partial Regex ExactDatePattern();

    // "Quý II năm 2024", "Trong Quý II 2024", "quý 3/2024", "Quý III".
    [GeneratedRegex(@"\bquy\s+" + QuarterNumber + YearAfter, Options)]
    private static partial Regex QuarterPattern();

    // "Tháng 5 năm 2024", "tháng 5/2024".
    [GeneratedRegex(@"\bthang\s+(?<m>\d{1,2})(?!\d)" + YearAfter, Options)]
    private static partial Regex MonthPattern();

    // "hằng tháng", "hàng tháng trong năm 2024".
    [GeneratedRegex(@"\bhang\s+thang\b" + YearTail, Options)]
    private static partial Regex MonthlyPattern();

    // "hằng quý", "hàng quý trong năm 2024".
    [GeneratedRegex(@"\bhang\s+quy\b" + YearTail, Options)]
    private static partial Regex QuarterlyPattern();

    // "Thường xuyên", "Thường xuyên trong năm 2024".
    [GeneratedRegex(@"\bthuong\s+xuyen\b" + YearTail, Options)]
    private static partial Regex ContinuousPattern();

    // "Theo kì báo cáo định kỳ", "Theo kỳ báo cáo", "định kỳ".
    [GeneratedRegex(@"\b(?:theo\s+k[iy]\s+bao\s+cao(?:\s+dinh\s+k[iy])?|dinh\s+k[iy])\b" + YearTail, Options)]
    private static partial Regex ReportingPeriodPattern();

    // "Năm 2024", "Trong năm 2024", "Theo Kế hoạch CCHC năm 2024".
    [GeneratedRegex(@"\bnam\s+(?<y>\d{4})(?!\d)", Options)]
    private static partial Regex YearPattern();

    // "Cả năm", "Trong năm", "cuối năm": the plan's year.
    [GeneratedRegex(@"\b(?:ca|trong|het|cuoi)\s+nam\b", Options)]
    private static partial Regex ContextYearPattern();
}
