using System.Text;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// A sheet as rows of text: the header row's names (trimmed, NFC) and the non-empty data rows below it. Cells are
/// looked up by header, case-insensitively, so the order of columns is free and extra columns are ignored.
/// </summary>
public sealed class TabularData
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    public TabularData(IReadOnlyList<string> headers, IReadOnlyList<TabularRow> rows)
    {
        Headers = headers.Select(TextKeys.Clean).ToList();
        for (var i = 0; i < Headers.Count; i++)
        {
            if (Headers[i].Length > 0)
            {
                _columns.TryAdd(TextKeys.Key(Headers[i]), i);
            }
        }

        Rows = rows.Select(r => r with { Table = this }).ToList();
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<TabularRow> Rows { get; }

    public bool HasColumn(string header) => ColumnIndex(header) is not null;

    /// <summary>The 0-based index of the first column named <paramref name="header"/>, or null.</summary>
    public int? ColumnIndex(string header) => _columns.TryGetValue(TextKeys.Key(header), out var index) ? index : null;
}

/// <summary>One data row: its number as Excel shows it (header = 1) and its cells in column order.</summary>
public sealed record TabularRow(int RowNumber, IReadOnlyList<string> Cells)
{
    internal TabularData? Table { get; init; }

    /// <summary>The cell under <paramref name="header"/> ("" where the row stops short), or null when there is no such column.</summary>
    public string? Cell(string header)
    {
        if (Table?.ColumnIndex(header) is not { } index)
        {
            return null;
        }

        return index < Cells.Count ? Cells[index] : string.Empty;
    }
}

/// <summary>What <see cref="TabularFileReader"/> read: the data, or the reasons the file is refused.</summary>
public sealed class TabularReadResult
{
    private TabularReadResult(TabularData? data, IReadOnlyList<ImportError> errors)
    {
        Data = data;
        Errors = errors;
    }

    public TabularData? Data { get; }

    public IReadOnlyList<ImportError> Errors { get; }

    public bool Succeeded => Data is not null;

    public static TabularReadResult Success(TabularData data) => new(data, []);

    public static TabularReadResult Failure(IReadOnlyList<ImportError> errors) => new(null, errors);

    public static TabularReadResult Failure(string message) => new(null, [new ImportError(null, null, message)]);
}

/// <summary>How headers and titles are compared: trimmed, inner spaces collapsed, NFC, case-insensitive.</summary>
public static class TextKeys
{
    /// <summary>Trimmed, NFC, runs of white space as one space.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var normalized = text.Trim().Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        var space = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A comparison key: <see cref="Clean"/> in upper case (invariant).</summary>
    public static string Key(string? text) => Clean(text).ToUpperInvariant();
}
