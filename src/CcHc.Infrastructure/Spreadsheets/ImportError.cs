namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// One problem of an uploaded file, where the user can find it: the row as Excel numbers it (header = 1), the column
/// by its header (or letter), and a Vietnamese message. <see cref="Message"/> is the bare message for a table
/// "Dòng | Cột | Lỗi"; <see cref="FullText"/> reads on its own: "Dòng 4, cột Điểm thẩm định: "1,2,3" không phải là số điểm.".
/// </summary>
public sealed record ImportError(int? Row, string? Column, string Message)
{
    public string FullText => (Row, Column) switch
    {
        (null, _) => Message,
        ({ } row, null) => $"Dòng {row}: {Message}",
        ({ } row, { } column) => $"Dòng {row}, cột {column}: {Message}",
    };

    public override string ToString() => FullText;
}

/// <summary>What an import produced: a value when the file had no error, otherwise every error found and no value.</summary>
public sealed class ImportResult<T>
    where T : class
{
    internal ImportResult(T? value, IReadOnlyList<ImportError> errors, IReadOnlyList<ImportError>? warnings = null)
    {
        Value = value;
        Errors = errors;
        Warnings = warnings ?? [];
    }

    public T? Value { get; }

    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>What the person importing should look at before the value is saved (a preview they confirm); never blocks.</summary>
    public IReadOnlyList<ImportError> Warnings { get; }

    public bool Succeeded => Value is not null;
}

/// <summary>Makes <see cref="ImportResult{T}"/>s.</summary>
public static class ImportResult
{
    public static ImportResult<T> Success<T>(T value)
        where T : class => new(value, []);

    public static ImportResult<T> Success<T>(T value, IReadOnlyList<ImportError> warnings)
        where T : class => new(value, [], warnings);

    public static ImportResult<T> Failure<T>(IReadOnlyList<ImportError> errors)
        where T : class =>
        errors.Count == 0 ? throw new ArgumentException("A failed import needs at least one error.", nameof(errors)) : new(null, errors);
}
