namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>The column headers of the criteria-set and score files, as the template and the exports write them.</summary>
public static class SpreadsheetColumns
{
    public const string Code = "Mã";
    public const string Title = "Nội dung";
    public const string Level = "Cấp";
    public const string MaxScore = "Điểm tối đa";
    public const string Appraised = "Điểm thẩm định";
    public const string SelfAssessed = "Điểm tự đánh giá";
    public const string StatedDeduction = "Điểm bị trừ theo văn bản";
    public const string Reason = "Nguyên nhân";

    /// <summary>A criteria set: one row per node, in document order.</summary>
    public static IReadOnlyList<string> CriteriaSet { get; } = [Code, Title, Level, MaxScore];

    /// <summary>An assessment: the criteria-set columns and the scores.</summary>
    public static IReadOnlyList<string> Assessment { get; } = [Code, Title, Level, MaxScore, Appraised, SelfAssessed, StatedDeduction, Reason];

    /// <summary>"Thiếu cột "Cấp"." for each required column the file lacks.</summary>
    internal static List<ImportError> Missing(TabularData data, IEnumerable<string> required) =>
        required.Where(c => !data.HasColumn(c)).Select(c => new ImportError(null, c, $"Thiếu cột \"{c}\".")).ToList();
}
