using CcHc.Domain.Common;

namespace CcHc.Domain.Communes;

/// <summary>
/// The day an oversight office sets by which its communes issue (and so send) their plan answering one year's results:
/// one per office and results year. The office overview lists the communes late against it ("Chưa nộp đúng hạn").
/// </summary>
public sealed class SubmissionDueDate : Entity
{
    private SubmissionDueDate()
    {
    }

    public SubmissionDueDate(Guid officeId, int year, DateOnly dueDate)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException($"Năm {year} không hợp lệ.");
        }

        OfficeId = officeId;
        Year = year;
        Move(dueDate);
    }

    public Guid OfficeId { get; private set; }

    /// <summary>The results year the plans answer (the overview's year): plans for the year after.</summary>
    public int Year { get; private set; }

    public DateOnly DueDate { get; private set; }

    public void Move(DateOnly dueDate)
    {
        if (dueDate.Year < Year || dueDate.Year > Year + 2)
        {
            throw new DomainException($"Hạn nộp kế hoạch cho kết quả năm {Year} phải trong các năm {Year}–{Year + 2}.");
        }

        DueDate = dueDate;
    }

    /// <summary>
    /// Late: the due date has passed and no version of the commune's plan was issued on or before it (a plan is sent to
    /// the office when issued). Before the due date nobody is late.
    /// </summary>
    public static bool IsLate(DateOnly dueDate, DateOnly today, IEnumerable<DateOnly?> issueDates) =>
        today > dueDate && !issueDates.Any(d => d is { } issued && issued <= dueDate);
}
