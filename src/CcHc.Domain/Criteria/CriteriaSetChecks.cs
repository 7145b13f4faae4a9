using System.Globalization;
using CcHc.Domain.Common;

namespace CcHc.Domain.Criteria;

/// <summary>One row of a criteria set as a file gives it (the row as the spreadsheet numbers it), before it is a tree.</summary>
public sealed record CriterionRow(int RowNumber, string Code, string Title, int Level, decimal? MaxScore);

/// <summary>
/// One problem of a row (null: of the whole set), an error (nothing is saved) or a warning (shown in a preview that the
/// person importing confirms). <see cref="Column"/> names the spreadsheet column where there is one.
/// </summary>
public sealed record RowFinding(FindingSeverity Severity, int? Row, string? Column, string Message)
{
    public bool IsError => Severity == FindingSeverity.Error;

    /// <summary>"Dòng 12: …" (or "Dòng 12, cột Cấp: …"), the bare message for the whole set.</summary>
    public string Text => (Row, Column) switch
    {
        (null, _) => Message,
        ({ } row, null) => $"Dòng {row}: {Message}",
        ({ } row, { } column) => $"Dòng {row}, cột {column}: {Message}",
    };
}

/// <summary>
/// The checks of a criteria set read from a file, by row, before anything is built. A row's parent is the nearest row
/// above with a smaller level.
/// <list type="bullet">
/// <item>The first row must be a field (level 1); a code may appear once (case-insensitive): errors.</item>
/// <item>A level that jumps (level 4 right under a level-1 row): an error in a complete set, where the levels between
/// must exist; a warning in a set of the deducted criteria only (<see cref="CriteriaCoverage.DeductedOnly"/>), which
/// lists the criteria a decision names and may skip their parents, as the seeds' appendices do.</item>
/// <item>A child whose maximum is above its parent's: an error (it can never be right).</item>
/// <item>Children whose maxima add up to more than their parent's: a warning on the parent's row, not an error:
/// criteria tables often list alternative scoring levels ("đạt 100%: 1 điểm; dưới 100%: 0,5 điểm") as sub-rows, only
/// one of which is scored, and a decision may print a mistake that the set has to keep as printed.</item>
/// </list>
/// </summary>
public static class CriteriaSetChecks
{
    public const string CodeColumn = "Mã";
    public const string LevelColumn = "Cấp";
    public const string MaxScoreColumn = "Điểm tối đa";

    public static IReadOnlyList<RowFinding> Check(IReadOnlyList<CriterionRow> rows, CriteriaCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var findings = new List<RowFinding>();
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ancestors = new Stack<CriterionRow>();
        var children = new Dictionary<CriterionRow, List<CriterionRow>>();
        foreach (var row in rows)
        {
            if (row.Code.Length > 0 && !codes.TryAdd(row.Code, row.RowNumber))
            {
                findings.Add(new RowFinding(FindingSeverity.Error, row.RowNumber, CodeColumn, $"mã \"{row.Code}\" trùng với dòng {codes[row.Code]}."));
            }

            while (ancestors.Count > 0 && ancestors.Peek().Level >= row.Level)
            {
                ancestors.Pop();
            }

            var parent = ancestors.Count > 0 ? ancestors.Peek() : null;
            if (parent is null && row.Level > 1)
            {
                findings.Add(new RowFinding(
                    FindingSeverity.Error, row.RowNumber, LevelColumn,
                    ReferenceEquals(row, rows[0])
                        ? $"dòng tiêu chí đầu tiên phải là một lĩnh vực (cấp 1), không phải cấp {row.Level}."
                        : $"cấp {row.Level} nhưng không có dòng nào ở trên có cấp nhỏ hơn; một lĩnh vực phải ở cấp 1."));
            }
            else if (parent is not null)
            {
                CheckJump(row, parent, coverage, findings);
                CheckAboveParent(row, parent, findings);
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(row);
            }

            ancestors.Push(row);
        }

        foreach (var (parent, list) in children)
        {
            CheckChildrenSum(parent, list, findings);
        }

        return findings.OrderBy(f => f.Row ?? int.MaxValue).ThenByDescending(f => f.IsError).ToList();
    }

    private static void CheckJump(CriterionRow row, CriterionRow parent, CriteriaCoverage coverage, List<RowFinding> findings)
    {
        if (row.Level <= parent.Level + 1)
        {
            return;
        }

        var missing = Enumerable.Range(parent.Level + 1, row.Level - parent.Level - 1).Select(l => l.ToString(CultureInfo.InvariantCulture));
        var missingText = string.Join(", ", missing);
        var where = $"cấp {row.Level} ngay dưới dòng {parent.RowNumber} ({Name(parent)}, cấp {parent.Level}): thiếu cấp {missingText} ở giữa";
        findings.Add(coverage == CriteriaCoverage.DeductedOnly
            ? new RowFinding(FindingSeverity.Warning, row.RowNumber, LevelColumn,
                where + ". Bộ chỉ gồm các tiêu chí bị trừ điểm nên vẫn nhận; kiểm tra lại cấp nếu văn bản có ghi tiêu chí cha.")
            : new RowFinding(FindingSeverity.Error, row.RowNumber, LevelColumn,
                where + ". Thêm dòng tiêu chí của cấp còn thiếu, hoặc sửa lại cấp của dòng này."));
    }

    private static void CheckAboveParent(CriterionRow row, CriterionRow parent, List<RowFinding> findings)
    {
        if (row.MaxScore is { } max && parent.MaxScore is { } parentMax && max > parentMax)
        {
            findings.Add(new RowFinding(
                FindingSeverity.Error, row.RowNumber, MaxScoreColumn,
                $"điểm tối đa {VietnameseNumbers.Score(max)} lớn hơn điểm tối đa {VietnameseNumbers.Score(parentMax)} của tiêu chí cha ở dòng {parent.RowNumber} ({Name(parent)})."));
        }
    }

    private static void CheckChildrenSum(CriterionRow parent, List<CriterionRow> children, List<RowFinding> findings)
    {
        if (parent.MaxScore is not { } parentMax)
        {
            return;
        }

        var sum = children.Sum(c => c.MaxScore ?? 0m);
        if (sum > parentMax)
        {
            findings.Add(new RowFinding(
                FindingSeverity.Warning, parent.RowNumber, MaxScoreColumn,
                $"{children.Count} tiêu chí con (dòng {children[0].RowNumber}–{children[^1].RowNumber}) có tổng điểm tối đa {VietnameseNumbers.Score(sum)}, "
                + $"lớn hơn điểm tối đa {VietnameseNumbers.Score(parentMax)} của dòng này. Đúng khi đó là các mức điểm chỉ chọn một; nếu không, sửa lại điểm."));
        }
    }

    private static string Name(CriterionRow row) => row.Code.Length > 0 ? $"\"{row.Code}\"" : $"\"{Shorten(row.Title)}\"";

    private static string Shorten(string title) => title.Length <= 40 ? title : title[..40] + "…";
}
