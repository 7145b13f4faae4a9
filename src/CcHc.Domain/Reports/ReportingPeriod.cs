using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CcHc.Domain.Common;

namespace CcHc.Domain.Reports;

/// <summary>The kinds of reporting period: seed 003 "hằng tháng … quý, năm", seed 004 "định kỳ hằng quý, 06 tháng, năm".</summary>
public enum PeriodKind
{
    /// <summary>Tháng.</summary>
    Month,

    /// <summary>Quý.</summary>
    Quarter,

    /// <summary>6 tháng (đầu năm / cuối năm).</summary>
    HalfYear,

    /// <summary>Năm.</summary>
    Year,
}

/// <summary>Which periods a plan reports on (several at once: seed 004 asks quarterly, six-monthly and yearly).</summary>
[Flags]
[SuppressMessage("Naming", "CA1714:Flags enums should have plural names", Justification = "A cadence is one set of periods.")]
public enum ReportingCadence
{
    None = 0,
    Monthly = 1,
    Quarterly = 2,
    HalfYearly = 4,
    Yearly = 8,

    /// <summary>Seed 004's "định kỳ hằng quý, 06 tháng, năm": the default of every plan.</summary>
    Default = Quarterly | HalfYearly | Yearly,
}

/// <summary>
/// A reporting period of a progress report: a month (1–12), a quarter (1–4), a half year (1–2) or the year (1) of a
/// calendar year. Its code ("2026-Q1", "2026-M03", "2026-H1", "2026-Y") names it in addresses and forms; its label is
/// how documents say it ("Quý I năm 2026"). The period's figures are cut off at the end of its last day, Vietnam time.
/// </summary>
public sealed record ReportingPeriod
{
    private ReportingPeriod(PeriodKind kind, int year, int index)
    {
        Kind = kind;
        Year = year;
        Index = index;
    }

    public PeriodKind Kind { get; }

    public int Year { get; }

    /// <summary>The month, quarter or half (1-based); 1 for the year.</summary>
    public int Index { get; }

    public DateOnly Start => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Index, 1),
        PeriodKind.Quarter => new DateOnly(Year, ((Index - 1) * 3) + 1, 1),
        PeriodKind.HalfYear => new DateOnly(Year, Index == 1 ? 1 : 7, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Kind switch
    {
        PeriodKind.Month => Start.AddMonths(1).AddDays(-1),
        PeriodKind.Quarter => Start.AddMonths(3).AddDays(-1),
        PeriodKind.HalfYear => Start.AddMonths(6).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>The cut-off instant: the end of <see cref="End"/> in Vietnam time (anything at or after it is later).</summary>
    public DateTimeOffset CutOff => new(End.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);

    /// <summary>"Tháng 3 năm 2026", "Quý I năm 2026", "6 tháng đầu năm 2026", "Năm 2026".</summary>
    public string Label => Kind switch
    {
        PeriodKind.Month => $"Tháng {Index} năm {Year}",
        PeriodKind.Quarter => $"Quý {Roman(Index)} năm {Year}",
        PeriodKind.HalfYear => $"6 tháng {(Index == 1 ? "đầu" : "cuối")} năm {Year}",
        _ => $"Năm {Year}",
    };

    /// <summary>The label in the middle of a sentence: "quý I năm 2026", "6 tháng đầu năm 2026".</summary>
    public string LabelInSentence => char.ToLower(Label[0], VietnameseNumbers.Culture) + Label[1..];

    /// <summary>"2026-Q1", "2026-M03", "2026-H2", "2026-Y".</summary>
    public string Code => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}-M{Index:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Index}"),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Year}-H{Index}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}-Y"),
    };

    public static string KindLabel(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "Tháng",
        PeriodKind.Quarter => "Quý",
        PeriodKind.HalfYear => "6 tháng",
        _ => "Năm",
    };

    public static int CountIn(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 12,
        PeriodKind.Quarter => 4,
        PeriodKind.HalfYear => 2,
        _ => 1,
    };

    /// <summary>A period, or a Vietnamese refusal for a kind, year or index out of range.</summary>
    public static ReportingPeriod Of(PeriodKind kind, int year, int index)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Loại kỳ báo cáo không hợp lệ.");
        }

        if (year is < 2000 or > 2100)
        {
            throw new DomainException("Năm của kỳ báo cáo phải từ 2000 đến 2100.");
        }

        var count = CountIn(kind);
        if (index < 1 || index > count)
        {
            throw new DomainException(kind == PeriodKind.Year
                ? "Kỳ báo cáo năm không có số thứ tự."
                : $"{KindLabel(kind)} phải từ 1 đến {count}.");
        }

        return new ReportingPeriod(kind, year, index);
    }

    public static ReportingPeriod Month(int year, int month) => Of(PeriodKind.Month, year, month);

    public static ReportingPeriod Quarter(int year, int quarter) => Of(PeriodKind.Quarter, year, quarter);

    public static ReportingPeriod HalfYear(int year, int half) => Of(PeriodKind.HalfYear, year, half);

    public static ReportingPeriod WholeYear(int year) => Of(PeriodKind.Year, year, 1);

    /// <summary>Reads a <see cref="Code"/>; anything else (a typo, a month 13) is refused, never guessed.</summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = null;
        var text = code?.Trim().ToUpperInvariant();
        if (text is null || text.Length < 6 || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        var rest = text[5..];
        PeriodKind kind;
        var index = 1;
        if (rest == "Y")
        {
            kind = PeriodKind.Year;
        }
        else if (rest.Length >= 2 && int.TryParse(rest.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            switch (rest[0])
            {
                case 'M' when rest.Length == 3:
                    kind = PeriodKind.Month;
                    break;
                case 'Q' when rest.Length == 2:
                    kind = PeriodKind.Quarter;
                    break;
                case 'H' when rest.Length == 2:
                    kind = PeriodKind.HalfYear;
                    break;
                default:
                    return false;
            }
        }
        else
        {
            return false;
        }

        if (year is < 2000 or > 2100 || index < 1 || index > CountIn(kind))
        {
            return false;
        }

        period = new ReportingPeriod(kind, year, index);
        return true;
    }

    public static ReportingPeriod Parse(string? code) =>
        TryParse(code, out var period) ? period : throw new DomainException($"Kỳ báo cáo \"{code}\" không hợp lệ (ví dụ: 2026-Q1, 2026-M03, 2026-H1, 2026-Y).");

    /// <summary>The kinds a cadence includes, in the order of <see cref="PeriodKind"/>.</summary>
    public static IReadOnlyList<PeriodKind> KindsOf(ReportingCadence cadence)
    {
        var kinds = new List<PeriodKind>();
        if (cadence.HasFlag(ReportingCadence.Monthly))
        {
            kinds.Add(PeriodKind.Month);
        }

        if (cadence.HasFlag(ReportingCadence.Quarterly))
        {
            kinds.Add(PeriodKind.Quarter);
        }

        if (cadence.HasFlag(ReportingCadence.HalfYearly))
        {
            kinds.Add(PeriodKind.HalfYear);
        }

        if (cadence.HasFlag(ReportingCadence.Yearly))
        {
            kinds.Add(PeriodKind.Year);
        }

        return kinds;
    }

    /// <summary>
    /// The periods a plan carried out from <paramref name="fromYear"/> to <paramref name="toYear"/> reports on, in the
    /// order they end (a month before the quarter ending the same day, the quarter before the half, the half before the
    /// year). A plan issued on <paramref name="issuedOn"/> has no report for a period that ended before it.
    /// </summary>
    public static IReadOnlyList<ReportingPeriod> PlanPeriods(int fromYear, int toYear, ReportingCadence cadence, DateOnly? issuedOn = null)
    {
        var list = new List<ReportingPeriod>();
        for (var year = fromYear; year <= Math.Max(fromYear, toYear); year++)
        {
            foreach (var kind in KindsOf(cadence))
            {
                for (var i = 1; i <= CountIn(kind); i++)
                {
                    var period = new ReportingPeriod(kind, year, i);
                    if (issuedOn is not { } issued || period.End >= issued)
                    {
                        list.Add(period);
                    }
                }
            }
        }

        list.Sort(Compare);
        return list;
    }

    /// <summary>The periods that have ended by <paramref name="today"/> (Vietnam) and have no issued report: "đến hạn".</summary>
    public static IReadOnlyList<ReportingPeriod> Due(IEnumerable<ReportingPeriod> periods, IEnumerable<ReportingPeriod> reported, DateOnly today)
    {
        var done = reported.ToHashSet();
        return periods.Where(p => p.End < today && !done.Contains(p)).ToList();
    }

    /// <summary>By end date, then the shorter kind first.</summary>
    public static int Compare(ReportingPeriod a, ReportingPeriod b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.End != b.End ? a.End.CompareTo(b.End) : a.Kind.CompareTo(b.Kind);
    }

    public override string ToString() => Code;

    private static string Roman(int quarter) => quarter switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    };
}
