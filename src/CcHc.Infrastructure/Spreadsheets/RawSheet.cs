using System.Globalization;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// The non-empty rows of a sheet as a reader finds them, before the header is known. Enforces the row and column
/// limits while the file is being read, so a huge sheet stops early.
/// </summary>
internal sealed class RawSheet
{
    public List<RawRow> Rows { get; } = [];

    /// <summary>Adds a row (trailing empty cells dropped, an empty row skipped) or refuses the file when a limit is passed.</summary>
    public void Add(int rowNumber, List<string> cells)
    {
        while (cells.Count > 0 && string.IsNullOrWhiteSpace(cells[^1]))
        {
            cells.RemoveAt(cells.Count - 1);
        }

        if (cells.Count == 0)
        {
            return;
        }

        if (cells.Count > UploadLimits.MaxColumns)
        {
            throw TooManyColumns(rowNumber, cells.Count);
        }

        // The first row kept is the header; after it at most MaxRows data rows.
        if (Rows.Count > UploadLimits.MaxRows)
        {
            throw new SpreadsheetRefusedException(new ImportError(
                null, null, $"Tệp có hơn {Thousands(UploadLimits.MaxRows)} dòng dữ liệu; hãy chia thành nhiều tệp nhỏ hơn."));
        }

        Rows.Add(new RawRow(rowNumber, cells));
    }

    public static SpreadsheetRefusedException TooManyColumns(int rowNumber, int column) => new(new ImportError(
        rowNumber, null, $"có dữ liệu ở cột thứ {column}; bảng tính chỉ được có tối đa {UploadLimits.MaxColumns} cột."));

    /// <summary>"5.000": the Vietnamese thousands separator.</summary>
    public static string Thousands(long value) => value.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"));
}

internal sealed record RawRow(int RowNumber, List<string> Cells);

/// <summary>A file refused while it is read (a limit passed, not a spreadsheet); carries the message for the user.</summary>
internal sealed class SpreadsheetRefusedException : Exception
{
    public SpreadsheetRefusedException()
    {
        Error = new ImportError(null, null, TabularFileReader.NotASpreadsheet);
    }

    public SpreadsheetRefusedException(string message)
        : base(message)
    {
        Error = new ImportError(null, null, message);
    }

    public SpreadsheetRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new ImportError(null, null, message);
    }

    public SpreadsheetRefusedException(ImportError error)
        : base(error.FullText)
    {
        Error = error;
    }

    public ImportError Error { get; }
}
