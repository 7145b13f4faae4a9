using System.Globalization;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>What the administrator types beside the file: the new set's name, index, province, year and coverage.</summary>
public sealed record CriteriaSetDescription(string Name, IndexKind IndexKind, string Province, int Year, CriteriaCoverage Coverage);

/// <summary>
/// A criteria set from a table with the columns Mã, Nội dung, Cấp, Điểm tối đa (any order, other columns ignored),
/// one row per node in document order. A row's parent is the nearest row above with a smaller level; a level may jump
/// (a level-3 row right under a field, as the seeds do). Every error of the file is reported with its row and column,
/// and the set is built only when there is none. Stateless; a singleton.
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
        var missing = SpreadsheetColumns.Missing(data, SpreadsheetColumns.CriteriaSet);
        if (missing.Count > 0)
        {
            return ImportResult.Failure<CriteriaSet>(missing);
        }

        if (data.Rows.Count == 0)
        {
            return ImportResult.Failure<CriteriaSet>([new ImportError(null, null, "Tệp chỉ có dòng tiêu đề, chưa có tiêu chí nào.")]);
        }

        var errors = new List<ImportError>();
        var rows = new List<NodeRow>(data.Rows.Count);
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in data.Rows)
        {
            var parsed = Parse(row, errors);
            if (parsed.Code.Length > 0 && !codes.TryAdd(parsed.Code, row.RowNumber))
            {
                errors.Add(new ImportError(row.RowNumber, SpreadsheetColumns.Code, $"mã \"{parsed.Code}\" trùng với dòng {codes[parsed.Code]}."));
            }

            if (rows.Count == 0 && parsed.Level is > 1)
            {
                errors.Add(new ImportError(row.RowNumber, SpreadsheetColumns.Level, $"dòng tiêu chí đầu tiên phải là một lĩnh vực (cấp 1), không phải cấp {parsed.Level}."));
            }

            rows.Add(parsed);
        }

        if (errors.Count > 0)
        {
            return ImportResult.Failure<CriteriaSet>(TabularFileReader.Capped(errors));
        }

        return Build(rows, description);
    }

    private static ImportResult<CriteriaSet> Build(List<NodeRow> rows, CriteriaSetDescription description)
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
            var level = row.Level!.Value;
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

    private static NodeRow Parse(TabularRow row, List<ImportError> errors)
    {
        var code = TextKeys.Clean(row.Cell(SpreadsheetColumns.Code));
        if (code.Length > MaxCodeLength)
        {
            errors.Add(new ImportError(row.RowNumber, SpreadsheetColumns.Code, $"mã dài {code.Length} ký tự, tối đa {MaxCodeLength} ký tự."));
        }

        var title = TextKeys.Clean(row.Cell(SpreadsheetColumns.Title));
        if (title.Length == 0)
        {
            errors.Add(new ImportError(row.RowNumber, SpreadsheetColumns.Title, "chưa có nội dung tiêu chí."));
        }
        else if (title.Length > MaxTitleLength)
        {
            errors.Add(new ImportError(row.RowNumber, SpreadsheetColumns.Title, $"nội dung dài {RawSheet.Thousands(title.Length)} ký tự, tối đa {RawSheet.Thousands(MaxTitleLength)} ký tự."));
        }

        var level = ParseLevel(row, errors);
        var max = ParseScore(row, SpreadsheetColumns.MaxScore, errors);
        return new NodeRow(row.RowNumber, code, title, level, max);
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

    private sealed record NodeRow(int RowNumber, string Code, string Title, int? Level, decimal? MaxScore);
}
