using CcHc.Domain.Assessments;

namespace CcHc.Domain.Plans;

/// <summary>
/// Where the source's own arithmetic disagrees with itself — the findings of the assessment's evaluation (a heading's
/// deduction against its bullets, the text's total against the table's, a stated deduction against max − appraised).
/// The print follows the source; the workflow is not silent about them: the clerk sees the list when submitting, the
/// submission records it in the plan's history, and the chairman acknowledges it before approving.
/// </summary>
public static class SourceDiscrepancies
{
    /// <summary>The longest note a transition keeps (the column's length).</summary>
    public const int MaxNote = 4000;

    /// <summary>One sentence per disagreement, in document order.</summary>
    public static IReadOnlyList<string> Of(AssessmentEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Findings.Select(f => f.Message).ToList();
    }

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
