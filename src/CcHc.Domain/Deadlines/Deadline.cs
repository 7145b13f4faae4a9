using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace CcHc.Domain.Deadlines;

/// <summary>
/// A task's deadline (thời gian hoàn thành) as people write it, with the due date CcHc computes from it.
/// <see cref="Wording"/> is what the export prints; <see cref="DueDate"/> is what the tracker uses for "overdue".
/// Immutable; EF Core maps it as an owned type through the private setters and the private constructor.
/// </summary>
public sealed class Deadline : IEquatable<Deadline>
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    // For EF Core.
    private Deadline()
    {
        Wording = string.Empty;
    }

    private Deadline(
        DeadlineKind kind,
        int year,
        int? quarter,
        int? month,
        DateOnly? date,
        Recurrence recurrence,
        string wording)
    {
        Kind = kind;
        Year = year;
        Quarter = quarter;
        Month = month;
        Date = date;
        Recurrence = recurrence;
        Wording = wording;
        DueDate = ComputeDueDate();
    }

    public DeadlineKind Kind { get; private set; }

    /// <summary>The year the deadline belongs to (the date's year for <see cref="DeadlineKind.ExactDate"/> and
    /// <see cref="DeadlineKind.BeforeDate"/>).</summary>
    public int Year { get; private set; }

    /// <summary>1–4 for <see cref="DeadlineKind.Quarter"/> and <see cref="DeadlineKind.BeforeQuarter"/>; otherwise null.</summary>
    public int? Quarter { get; private set; }

    /// <summary>1–12 for <see cref="DeadlineKind.Month"/>; otherwise null.</summary>
    public int? Month { get; private set; }

    /// <summary>The written date for <see cref="DeadlineKind.ExactDate"/> and <see cref="DeadlineKind.BeforeDate"/>;
    /// otherwise null.</summary>
    public DateOnly? Date { get; private set; }

    public Recurrence Recurrence { get; private set; }

    /// <summary>The text to print, exactly as written (whitespace trimmed and collapsed, Unicode NFC).</summary>
    public string Wording { get; private set; }

    /// <summary>The last day on which the work is still on time.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>"Ngày 15/12/2024": due that day.</summary>
    public static Deadline OnDate(DateOnly date, string? wording = null)
    {
        EnsureYear(date.Year, nameof(date));
        return new Deadline(
            DeadlineKind.ExactDate, date.Year, null, null, date, Recurrence.None,
            WordingOr(wording, "Ngày " + FormatDate(date)));
    }

    /// <summary>"Trước ngày 15/12/2024": due the day before (14/12/2024).</summary>
    public static Deadline Before(DateOnly date, string? wording = null)
    {
        EnsureYear(date.Year, nameof(date));
        return new Deadline(
            DeadlineKind.BeforeDate, date.Year, null, null, date, Recurrence.None,
            WordingOr(wording, "Trước ngày " + FormatDate(date)));
    }

    /// <summary>"Quý II năm 2024": due on the quarter's last day.</summary>
    public static Deadline InQuarter(int year, int quarter, string? wording = null)
    {
        EnsureYear(year, nameof(year));
        EnsureQuarter(quarter);
        return new Deadline(
            DeadlineKind.Quarter, year, quarter, null, null, Recurrence.None,
            WordingOr(wording, string.Create(CultureInfo.InvariantCulture, $"Quý {RomanQuarters[quarter - 1]} năm {year}")));
    }

    /// <summary>"Trước Quý II năm 2024": due on the previous quarter's last day (before Q1: 31/12 of the year before).</summary>
    public static Deadline BeforeQuarter(int year, int quarter, string? wording = null)
    {
        EnsureYear(year, nameof(year));
        EnsureQuarter(quarter);
        return new Deadline(
            DeadlineKind.BeforeQuarter, year, quarter, null, null, Recurrence.None,
            WordingOr(wording, string.Create(CultureInfo.InvariantCulture, $"Trước Quý {RomanQuarters[quarter - 1]} năm {year}")));
    }

    /// <summary>"Tháng 5 năm 2024": due on the month's last day.</summary>
    public static Deadline InMonth(int year, int month, string? wording = null)
    {
        EnsureYear(year, nameof(year));
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Tháng phải từ 1 đến 12.");
        }

        return new Deadline(
            DeadlineKind.Month, year, null, month, null, Recurrence.None,
            WordingOr(wording, string.Create(CultureInfo.InvariantCulture, $"Tháng {month} năm {year}")));
    }

    /// <summary>"Năm 2024", "Cả năm": due on 31/12.</summary>
    public static Deadline WholeYear(int year, string? wording = null)
    {
        EnsureYear(year, nameof(year));
        return new Deadline(
            DeadlineKind.Year, year, null, null, null, Recurrence.None,
            WordingOr(wording, string.Create(CultureInfo.InvariantCulture, $"Năm {year}")));
    }

    /// <summary>"Thường xuyên trong năm 2024", "Hằng tháng trong năm 2024", "Theo kỳ báo cáo định kỳ": due on 31/12.</summary>
    public static Deadline Recurring(int year, Recurrence recurrence, string? wording = null)
    {
        EnsureYear(year, nameof(year));
        var canonical = recurrence switch
        {
            Recurrence.Monthly => string.Create(CultureInfo.InvariantCulture, $"Hằng tháng trong năm {year}"),
            Recurrence.Quarterly => string.Create(CultureInfo.InvariantCulture, $"Hằng quý trong năm {year}"),
            Recurrence.ReportingPeriod => "Theo kỳ báo cáo định kỳ",
            Recurrence.Continuous => string.Create(CultureInfo.InvariantCulture, $"Thường xuyên trong năm {year}"),
            _ => throw new ArgumentOutOfRangeException(
                nameof(recurrence), recurrence, "Thời hạn định kỳ phải có tần suất (không được là None)."),
        };
        return new Deadline(DeadlineKind.Recurring, year, null, null, null, recurrence, WordingOr(wording, canonical));
    }

    /// <summary>
    /// Reads a deadline as written in a plan ("Trước Quý II năm 2024", "Cả năm", "trước ngày 15/12", …).
    /// <paramref name="contextYear"/> is the plan's year, used where the text gives none. A text naming several
    /// deadlines gets the latest due date among them; a dated part wins over a recurring one.
    /// </summary>
    public static bool TryParse(string? text, int contextYear, [NotNullWhen(true)] out Deadline? deadline)
    {
        deadline = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wording = NormaliseWording(text);
        var found = DeadlineParser.Read(wording, contextYear);
        if (found is null)
        {
            return false;
        }

        deadline = found.WithWording(wording);
        return true;
    }

    /// <summary>As <see cref="TryParse"/>, throwing a <see cref="FormatException"/> (Vietnamese message) on failure.</summary>
    public static Deadline Parse(string text, int contextYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, contextYear, out var deadline))
        {
            return deadline;
        }

        throw new FormatException($"Không hiểu thời hạn \"{NormaliseWording(text)}\"");
    }

    public bool IsOverdue(DateOnly today) => today > DueDate;

    /// <summary>Not overdue yet, and due at the latest <paramref name="days"/> days after <paramref name="today"/>.</summary>
    public bool IsDueWithin(DateOnly today, int days) =>
        !IsOverdue(today) && (long)DueDate.DayNumber - today.DayNumber <= days;

    public bool Equals(Deadline? other) =>
        other is not null
        && Kind == other.Kind
        && Year == other.Year
        && Quarter == other.Quarter
        && Month == other.Month
        && Date == other.Date
        && Recurrence == other.Recurrence
        && string.Equals(Wording, other.Wording, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Deadline);

    public override int GetHashCode() =>
        HashCode.Combine(Kind, Year, Quarter, Month, Date, Recurrence, StringComparer.Ordinal.GetHashCode(Wording));

    public static bool operator ==(Deadline? left, Deadline? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Deadline? left, Deadline? right) => !(left == right);

    public override string ToString() => Wording;

    internal static bool IsValidYear(int year) => year is >= MinYear and <= MaxYear;

    internal Deadline WithWording(string wording) =>
        new(Kind, Year, Quarter, Month, Date, Recurrence, wording);

    /// <summary>Trims, collapses inner whitespace to single spaces and normalises to NFC.</summary>
    internal static string NormaliseWording(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string WordingOr(string? wording, string canonical) =>
        string.IsNullOrWhiteSpace(wording) ? canonical : NormaliseWording(wording);

    private static void EnsureYear(int year, string parameterName)
    {
        if (!IsValidYear(year))
        {
            throw new ArgumentOutOfRangeException(
                parameterName, year, $"Năm phải từ {MinYear} đến {MaxYear}.");
        }
    }

    private static void EnsureQuarter(int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Quý phải từ 1 đến 4.");
        }
    }

    private DateOnly ComputeDueDate() => Kind switch
    {
        DeadlineKind.ExactDate => Date!.Value,
        DeadlineKind.BeforeDate => Date!.Value.AddDays(-1),
        DeadlineKind.Quarter => LastDayOfMonth(Year, Quarter!.Value * 3),
        DeadlineKind.BeforeQuarter => new DateOnly(Year, ((Quarter!.Value - 1) * 3) + 1, 1).AddDays(-1),
        DeadlineKind.Month => LastDayOfMonth(Year, Month!.Value),
        DeadlineKind.Year or DeadlineKind.Recurring => new DateOnly(Year, 12, 31),
        _ => throw new InvalidOperationException($"Unknown deadline kind {Kind}."),
    };

    private static DateOnly LastDayOfMonth(int year, int month) =>
        new(year, month, DateTime.DaysInMonth(year, month));
}
