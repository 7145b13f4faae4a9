namespace CcHc.Infrastructure.Exports;

/// <summary>The ASCII file names of every export (score sheets, plans, reports), so any browser and file system keeps them.</summary>
public static class ExportFileNames
{
    /// <summary>An ASCII file name part ("xã Cẩm Sơn" → "xa-Cam-Son").</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD);
        var chars = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-');
        return string.Join('-', new string(chars.ToArray()).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
