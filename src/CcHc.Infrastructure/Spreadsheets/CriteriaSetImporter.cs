using System.Globalization;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>What the administrator types beside the file: the new set's name, index, province, year and coverage.</summary>
public sealed record CriteriaSetDescription(string Name, IndexKind IndexKind, string Province, int Year, CriteriaCoverage Coverage);

/// <summary>
/// A criteria set from a table with the columns Mã, Nội dung, Cấp, Điểm tối đa (any order, other columns ignored),
/// one row per node in document order. A row's parent is the nearest row above with a smaller level. The set's checks
/// (<see cref="CriteriaSetChecks"/>: duplicate codes, a level that jumps, a child above its parent, children adding up
/// to more) come back by row as errors or warnings. Every error of the file is reported with its row and column, and
/// the set is built only when there is none. Stateless; a singleton.
/// </summary>
public sealed class CriteriaSetImporter(TabularFileReader reader)
{
    /// <summary>The deepest level accepted (the seeds go to 4: "7.3.7.2").</summary>
    public const int MaxLevel = 9;

    /// <summary>Database lengths of a node's code and title.</summary>
    public const int MaxCodeLength = 32;

    public const int MaxTitleLength = 1000;

    public async Task<ImportResult<CriteriaSet>> ImportAsync(
        Stream content, string fileName, long length, CriteriaSetDescription description, CancellationToken cancellationToken = default)
    {
        var read = await reader.ReadAsync(content, fileName, length, cancellationToken);
        return read.Data is { } data ? Import(data, description) : ImportResult.Failure<CriteriaSet>(read.Errors);
    }

    public static ImportResult<CriteriaSet> Import(TabularData data, CriteriaSetDescription description)
    {
        var read = ReadRows(data);
        return read.Rows is { } rows ? Import(rows, description) : ImportResult.Failure<CriteriaSet>(read.Errors);
    }

    /// <summary>
    /// The rows of a table, each cell checked (code and title lengths, a whole level, scores); every cell error is
    /// reported and no row is returned when there is one.
    /// </summary>
    public static (IReadOnlyList<CriterionRow>? Rows, IReadOnlyList<ImportError> Errors) ReadRows(TabularData data)
    {
        var missing = SpreadsheetColumns.Missing(data, SpreadsheetColumns.CriteriaSet);
        if (missing.Count > 0)
        {
            return (null, missing);
        }

        if (data.Rows.Count == 0)
        {
            return (null, [new ImportError(null, null, "Tệp chỉ có dòng tiêu đề, chưa có tiêu chí nào.")]);
        }

        var errors = new List<ImportError>();
        var rows = new List<CriterionRow>(data.Rows.Count);
        var everyRow = new List<CriterionRow>(data.Rows.Count);
        foreach (var row in data.Rows)
        {
            var code = TextKeys.Clean(row.Cell(SpreadsheetColumns.Code));
            var title = TextKeys.Clean(row.Cell(SpreadsheetColumns.Title));
            var level = ParseLevel(row, errors);
            var max = ParseScore(row, SpreadsheetColumns.MaxScore, errors);
            var parsed = new CriterionRow(row.RowNumber, code, title, level ?? 0, max);
            errors.AddRange(CellErrors(parsed with { Level = level ?? 1 }));
            everyRow.Add(parsed with { Level = level ?? 1 });
            if (level is not null)
            {
                rows.Add(parsed);
            }
        }

        if (errors.Count == 0)
        {
            return (rows, []);
        }

        // Duplicate codes are reported beside the cells' errors, so that one upload shows them all; the tree's own
        // checks wait for rows whose every level is known.
        errors.AddRange(CriteriaSetChecks.Check(everyRow, CriteriaCoverage.Complete)
            .Where(f => f.IsError && f.Column == CriteriaSetChecks.CodeColumn)
            .Select(f => new ImportError(f.Row, f.Column, f.Message)));
        return (null, TabularFileReader.Capped([.. errors.OrderBy(e => e.Row ?? int.MaxValue)]));
    }

    /// <summary>
    /// A set from rows already read (from a file, or carried by a preview the person importing confirms): each row's
    /// cells checked again, then the set's own checks (<see cref="CriteriaSetChecks"/>): errors refuse the whole set,
    /// warnings come back beside it.
    /// </summary>
    public static ImportResult<CriteriaSet> Import(IReadOnlyList<CriterionRow> rows, CriteriaSetDescription description)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(description);
        if (rows.Count == 0)
        {
            return ImportResult.Failure<CriteriaSet>([new ImportError(null, null, "Tệp chỉ có dòng tiêu đề, chưa có tiêu chí nào.")]);
        }

        if (rows.Count > UploadLimits.MaxRows)
        {
            return ImportResult.Failure<CriteriaSet>([new ImportError(null, null, $"Quá {RawSheet.Thousands(UploadLimits.MaxRows)} dòng tiêu chí.")]);
        }

        var errors = rows.SelectMany(CellErrors).ToList();
        var findings = errors.Count == 0 ? CriteriaSetChecks.Check(rows, description.Coverage) : [];
        errors.AddRange(findings.Where(f => f.IsError).Select(f => new ImportError(f.Row, f.Column, f.Message)));
        if (errors.Count > 0)
        {
            return ImportResult.Failure<CriteriaSet>(TabularFileReader.Capped(errors));
        }

        var warnings = findings.Where(f => !f.IsError).Select(f => new ImportError(f.Row, f.Column, f.Message)).ToList();
        var built = Build(rows, description);
        return built.Value is { } set ? ImportResult.Success(set, TabularFileReader.Capped(warnings)) : built;
    }

    private static ImportResult<CriteriaSet> Build(IReadOnlyList<CriterionRow> rows, CriteriaSetDescription description)
    {
        CriteriaSet set;
        try
        {
            set = new CriteriaSet(description.Name, description.IndexKind, description.Province, description.Year, description.Coverage);
        }
        catch (DomainException ex)
        {
            return ImportResult.Failure<CriteriaSet>([new ImportError(null, null, ex.Message)]);
        }

        var errors = new List<ImportError>();
        var ancestors = new Stack<CriterionNode>();
        foreach (var row in rows)
        {
            var level = row.Level;
            while (ancestors.Count > 0 && ancestors.Peek().Level >= level)
            {
                ancestors.Pop();
            }

            try
            {
                ancestors.Push(set.AddNode(ancestors.Count > 0 ? ancestors.Peek() : null, row.Code, row.Title, row.MaxScore, level));
            }
            catch (DomainException ex)
            {
                errors.Add(new ImportError(row.RowNumber, null, ex.Message));
            }
        }

        return errors.Count > 0 ? ImportResult.Failure<CriteriaSet>(errors) : ImportResult.Success(set);
    }

    /// <summary>The checks of one row's cells that do not need the others: lengths, a title, a level in range, a score that is one.</summary>
    private static IEnumerable<ImportError> CellErrors(CriterionRow row)
    {
        if (row.Code.Length > MaxCodeLength)
        {
            yield return new ImportError(row.RowNumber, SpreadsheetColumns.Code, $"mã dài {row.Code.Length} ký tự, tối đa {MaxCodeLength} ký tự.");
        }

        if (row.Title.Length == 0)
        {
            yield return new ImportError(row.RowNumber, SpreadsheetColumns.Title, "chưa có nội dung tiêu chí.");
        }
        else if (row.Title.Length > MaxTitleLength)
        {
            yield return new ImportError(row.RowNumber, SpreadsheetColumns.Title, $"nội dung dài {RawSheet.Thousands(row.Title.Length)} ký tự, tối đa {RawSheet.Thousands(MaxTitleLength)} ký tự.");
        }

        // ParseLevel has reported a file's bad level; a row carried by a preview is checked here.
        if (row.Level is < 1 or > MaxLevel)
        {
            yield return new ImportError(row.RowNumber, SpreadsheetColumns.Level, $"cấp {row.Level} không hợp lệ (1 đến {MaxLevel}).");
        }

        if (row.MaxScore is < 0 or > 9999.99m || (row.MaxScore is { } m && decimal.Round(m, 2) != m))
        {
            yield return new ImportError(row.RowNumber, SpreadsheetColumns.MaxScore, "điểm tối đa phải từ 0 đến 9.999,99, tối đa 2 chữ số thập phân.");
        }
    }

    private static int? ParseLevel(TabularRow row, List<ImportError> errors)
    {
        var text = row.Cell(SpreadsheetColumns.Level)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new ImportError(row.RowNumber, SpreadsheetColumns.Level, "chưa có cấp (1 = lĩnh vực, 2 = tiêu chí, 3 = tiêu chí thành phần…)."));
            return null;
        }

        if (!VietnameseNumbers.TryParseScore(text, out var value) || value != decimal.Truncate(value) || value < 1)
        {
            errors.Add(new ImportError(row.RowNumber, SpreadsheetColumns.Level, $"\"{text}\" không phải là cấp (một số nguyên 1, 2, 3…)."));
            return null;
        }

        if (value > MaxLevel)
        {
            errors.Add(new ImportError(row.RowNumber, SpreadsheetColumns.Level, $"cấp {value.ToString(CultureInfo.InvariantCulture)} quá sâu; tối đa là cấp {MaxLevel}."));
            return null;
        }

        return (int)value;
    }

    /// <summary>An optional score: empty is unknown (null); anything that is not a score is an error naming the cell.</summary>
    internal static decimal? ParseScore(TabularRow row, string column, List<ImportError> errors)
    {
        var text = row.Cell(column)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (VietnameseNumbers.TryParseScore(text, out var value))
        {
            return value;
        }

        errors.Add(new ImportError(row.RowNumber, column, $"\"{text}\" không phải là số điểm."));
        return null;
    }
}
