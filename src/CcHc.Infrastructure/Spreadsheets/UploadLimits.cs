namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// What an uploaded spreadsheet may hold. The request limits of the upload pages derive from these, and the reader
/// checks every one of them again, so a file is refused with a Vietnamese message whichever way it arrives.
/// </summary>
public static class UploadLimits
{
    /// <summary>5 MB: the largest file accepted.</summary>
    public const long MaxFileBytes = 5L * 1024 * 1024;

    /// <summary>The largest multipart request an upload page reads: the file plus its form fields.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (256L * 1024);

    /// <summary>Data rows (the header row not counted, empty rows skipped).</summary>
    public const int MaxRows = 5_000;

    /// <summary>Columns, counted up to the last non-empty cell of a row.</summary>
    public const int MaxColumns = 30;

    /// <summary>Characters in one cell.</summary>
    public const int MaxCellCharacters = 4_000;

    /// <summary>
    /// Characters in one XML part of an .xlsx (OpenXml SDK <c>OpenSettings.MaxCharactersInPart</c>): a decompression
    /// bomb stops here instead of filling the server's memory.
    /// </summary>
    public const long MaxCharactersInPart = 10_000_000;

    /// <summary>The sum of the uncompressed sizes a ZIP's directory declares, checked before the package is opened.</summary>
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;

    /// <summary>Entries in the ZIP of an .xlsx (a real one has a dozen or so).</summary>
    public const int MaxZipEntries = 1_000;
}
