using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;

namespace CcHc.Domain.Plans;

/// <summary>
/// Where the source's own arithmetic disagrees with itself — the findings of the assessment's evaluation (a heading's
/// deduction against its bullets, the text's total against the table's, a stated deduction against max − appraised).
/// The print follows the source; the workflow is not silent about them: the clerk sees the list when submitting, the
/// submission records it in the plan's history, and the chairman acknowledges it before approving.
/// </summary>
public static partial class SourceDiscrepancies
{
    /// <summary>The longest note a transition keeps (the column's length).</summary>
    public const int MaxNote = 4000;

    /// <summary>One sentence per disagreement, in document order.</summary>
    public static IReadOnlyList<string> Of(AssessmentEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Findings.Select(f => f.Message).ToList();
    }

    /// <summary>
    /// The evaluation's disagreements and the plan's own: an appendix that cites its document by another number or
    /// date than the document has (seed 001: "Số: 10/UBND" dated 15/02/2023, its appendix "(Đính kèm Công văn số
    /// 10/UBND ngày 14/02/2023 của UBND xã)"). Both are printed as the source has them.
    /// </summary>
    public static IReadOnlyList<string> Of(RemediationPlan plan, AssessmentEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. Of(evaluation), .. CitationMismatch(plan) is { } m ? new[] { m } : []];
    }

    /// <summary>
    /// The sentence saying how the appendix's citation ("… số 10/UBND ngày 14/02/2023 …") differs from the document's
    /// number and date; null when it cites neither, when they agree, or while the plan has no number or date yet.
    /// </summary>
    public static string? CitationMismatch(RemediationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.AppendixCaption is not { } caption || plan.DocumentNumber is null || plan.IssueDate is not { } issued)
        {
            return null;
        }

        var differences = new List<string>();
        var own = plan.NumberLine["Số: ".Length..];
        if (CitedNumber().Match(caption) is { Success: true } number
            && !string.Equals(number.Groups[1].Value, own, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add($"số {number.Groups[1].Value} (văn bản mang số {own})");
        }

        if (CitedDate().Match(caption) is { Success: true } date
            && DateOnly.TryParseExact(date.Groups[1].Value, ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var cited)
            && cited != issued)
        {
            differences.Add($"ngày {VietnameseNumbers.Date(cited)} (văn bản ban hành ngày {VietnameseNumbers.Date(issued)})");
        }

        return differences.Count == 0 ? null
            : $"Phụ lục ghi \"{caption}\": {string.Join(", ", differences)}; văn bản in đúng như văn bản nguồn.";
    }

    [GeneratedRegex(@"số\s+(\d+[^\s,;)]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CitedNumber();

    [GeneratedRegex(@"ngày\s+(\d{1,2}/\d{1,2}/\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex CitedDate();

    /// <summary>The submission's note in the history: the list as the clerk submitted it, or null when there is none.</summary>
    public static string? SubmitNote(IReadOnlyList<string> discrepancies)
    {
        ArgumentNullException.ThrowIfNull(discrepancies);
        if (discrepancies.Count == 0)
        {
            return null;
        }

        var note = $"Trình kèm {discrepancies.Count} chỗ số liệu của văn bản nguồn không khớp (văn bản in theo văn bản nguồn): "
            + string.Join(" ", discrepancies.Select((d, i) => $"({i + 1}) {d}"));
        return note.Length <= MaxNote ? note : note[..(MaxNote - 1)] + "…";
    }

    /// <summary>The approval's note in the history: what the chairman acknowledged.</summary>
    public static string AcknowledgedNote(int count) =>
        $"Chủ tịch đã xem và xác nhận {count} chỗ số liệu của văn bản nguồn không khớp trước khi phê duyệt.";

    public const string AcknowledgementRequired =
        "Văn bản nguồn có số liệu không khớp: hãy xem danh sách và đánh dấu xác nhận đã xem trước khi phê duyệt.";
}

/// <summary>What the chairman was shown when approving: how many source discrepancies, and whether they acknowledged them.</summary>
public sealed record SourceReview(int Shown, bool Acknowledged)
{
    /// <summary>Nothing was listed (an assessment whose figures agree with themselves).</summary>
    public static SourceReview None { get; } = new(0, false);
}
