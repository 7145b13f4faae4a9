using System.Globalization;
using System.Text;

namespace CcHc.Infrastructure.Exports;

/// <summary>Names of the files the app hands out (exports, printed plans, reports).</summary>
public static class FileNames
{
    /// <summary>An ASCII file name ("xã Cẩm Sơn" → "xa-Cam-Son").</summary>
    public static string Slug(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var chars = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-');
        return string.Join('-', new string(chars.ToArray()).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
