using System.Text;
using Microsoft.Extensions.Logging;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// Reads an uploaded table defensively: an .xlsx (its first worksheet) or a UTF-8 .csv, told apart by content, never
/// by name (a ZIP is an .xlsx, anything else must be the text of a .csv in UTF-8, UTF-16 or Windows-1258). Whatever the file holds, the answer is either the
/// data or Vietnamese messages: size, decompression and shape limits (<see cref="UploadLimits"/>) are checked on the
/// way, and every exception a malformed file can throw becomes "not a spreadsheet". Stateless; a singleton.
/// </summary>
public sealed class TabularFileReader(ILogger<TabularFileReader> logger)
{
    public const string NotASpreadsheet = "Tệp không phải bảng tính .xlsx hoặc .csv (UTF-8).";
    public const string TooLarge = "Tệp lớn hơn 5 MB.";
    public const string UnpackedTooLarge = "Tệp bảng tính quá lớn khi giải nén.";
    public const string NoData = "Tệp không có dữ liệu.";

    /// <summary>A .csv whose encoding cannot be told: exactly how to save it so that it can.</summary>
    public const string UnknownCsvEncoding =
        "Không đọc được bảng mã của tệp .csv (không phải UTF-8, UTF-16 hay Windows-1258 tiếng Việt). Mở tệp bằng Excel, chọn "
        + "Tệp (File) → Lưu thành (Save As), ở ô Kiểu tệp (Save as type) chọn \"CSV UTF-8 (Comma delimited) (*.csv)\", lưu rồi tải "
        + "tệp vừa lưu lên; hoặc lưu thành tệp .xlsx.";

    /// <summary>More errors than this are summed up in one line: the user fixes the first ones and uploads again.</summary>
    public const int MaxErrors = 100;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <param name="content">the upload; read to its end or to just past the size limit, never further</param>
    /// <param name="fileName">for the log only: the content decides the format</param>
    /// <param name="length">the declared length (IFormFile.Length); a larger one is refused before reading</param>
    public async Task<TabularReadResult> ReadAsync(Stream content, string fileName, long length, CancellationToken cancellationToken = default)
    {
        if (length > UploadLimits.MaxFileBytes)
        {
            return Refuse(fileName, TooLarge);
        }

        var bytes = await ReadAtMostAsync(content, UploadLimits.MaxFileBytes, cancellationToken);
        if (bytes is null)
        {
            return Refuse(fileName, TooLarge);
        }

        if (bytes.Length == 0)
        {
            return Refuse(fileName, NoData);
        }

        try
        {
            var sheet = bytes.AsSpan().StartsWith(ZipSignature)
                ? XlsxSheetReader.Read(bytes, cancellationToken)
                : CsvSheetReader.Read(bytes, cancellationToken);
            return Tabulate(sheet);
        }
        catch (SpreadsheetRefusedException ex)
        {
            logger.LogInformation("Upload {FileName} refused: {Reason}", fileName, ex.Error.FullText);
            return TabularReadResult.Failure([ex.Error]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // InvalidDataException, OpenXmlPackageException, FileFormatException, XmlException, InvalidOperationException,
            // ArgumentException…: whatever a malformed file makes a library throw, it is not a spreadsheet we can read.
            logger.LogInformation(ex, "Upload {FileName} is not a readable spreadsheet ({Exception})", fileName, ex.GetType().Name);
            return TabularReadResult.Failure(NotASpreadsheet);
        }
    }

    private TabularReadResult Refuse(string fileName, string message)
    {
        logger.LogInformation("Upload {FileName} refused: {Reason}", fileName, message);
        return TabularReadResult.Failure(message);
    }

    /// <summary>The whole stream, or null as soon as it holds more than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>How many rows of a title block (one filled cell each) may stand above the header row.</summary>
    public const int MaxTitleRows = 8;

    /// <summary>
    /// The header is the first row with two or more filled cells, when only rows of one cell (a title block: the
    /// commune, the document, its number — as CcHc's own exports and a clerk's sheets start) stand above it, at most
    /// <see cref="MaxTitleRows"/> of them; otherwise the first non-empty row. Title rows are not data. Cells are NFC;
    /// duplicate headers and over-long cells are errors.
    /// </summary>
    private static TabularReadResult Tabulate(RawSheet sheet)
    {
        if (sheet.Rows.Count == 0)
        {
            return TabularReadResult.Failure(NoData);
        }

        var errors = new List<ImportError>();
        var headerIndex = HeaderIndex(sheet.Rows);
        var header = sheet.Rows[headerIndex];
        var headers = header.Cells.Select(TextKeys.Clean).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in headers.Where(h => h.Length > 0))
        {
            if (!seen.Add(TextKeys.Key(name)))
            {
                errors.Add(new ImportError(header.RowNumber, name, $"cột \"{name}\" có hai lần trong dòng tiêu đề."));
            }
        }

        var rows = new List<TabularRow>(sheet.Rows.Count - 1);
        foreach (var row in sheet.Rows.Skip(headerIndex))
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var length = row.Cells[i].Length;
                if (length > UploadLimits.MaxCellCharacters)
                {
                    errors.Add(new ImportError(
                        row.RowNumber,
                        ColumnName(headers, i),
                        $"ô có {RawSheet.Thousands(length)} ký tự, quá giới hạn {RawSheet.Thousands(UploadLimits.MaxCellCharacters)} ký tự."));
                }
                else
                {
                    row.Cells[i] = row.Cells[i].Normalize(NormalizationForm.FormC);
                }
            }

            if (!ReferenceEquals(row, header))
            {
                rows.Add(new TabularRow(row.RowNumber, row.Cells));
            }
        }

        return errors.Count > 0
            ? TabularReadResult.Failure(Capped(errors))
            : TabularReadResult.Success(new TabularData(headers, rows));
    }

    private static int HeaderIndex(List<RawRow> rows)
    {
        for (var i = 0; i < rows.Count && i <= MaxTitleRows; i++)
        {
            var filled = rows[i].Cells.Count(c => !string.IsNullOrWhiteSpace(c));
            if (filled >= 2)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The header of column <paramref name="index"/>, or its letter where the header is empty.</summary>
    internal static string ColumnName(IReadOnlyList<string> headers, int index) =>
        index < headers.Count && headers[index].Length > 0 ? headers[index] : ColumnLetter(index);

    internal static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    internal static IReadOnlyList<ImportError> Capped(List<ImportError> errors)
    {
        if (errors.Count <= MaxErrors)
        {
            return errors;
        }

        var more = errors.Count - MaxErrors;
        return [.. errors.Take(MaxErrors), new ImportError(null, null, $"Còn {RawSheet.Thousands(more)} lỗi khác; hãy sửa các lỗi trên rồi tải tệp lên lại.")];
    }
}
