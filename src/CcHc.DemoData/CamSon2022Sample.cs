using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;

namespace CcHc.DemoData;

/// <summary>A prior year kept for a demo commune: its criteria set and its assessment (no plan).</summary>
public sealed record DemoPriorYear(CriteriaSet CriteriaSet, Assessment Assessment);

/// <summary>
/// xã Cẩm Sơn 2022: MADE-UP figures so the dashboard has a year to compare with (seed 000 says 2023 ranked "tăng 20
/// bậc so với năm 2022", i.e. 23/23 the year before, and prints nothing else of 2022). The same criteria tree as 2023,
/// somewhat lower field scores, an assessment only. Marked <see cref="Assessment.MarkAsSample"/>: every page that
/// shows it says "Dữ liệu mẫu — không phải kết quả công bố".
/// </summary>
public static class CamSon2022Sample
{
    public const int Year = 2022;

    /// <summary>Appraised score of each of the 8 fields, in the order of the 2023 table (maxima 11, 7, 14,5, 6, 16,5, 13,5, 20, 11,5).</summary>
    public static IReadOnlyList<decimal> FieldScores { get; } = [8.5m, 6m, 12.25m, 5m, 13.75m, 12m, 12.75m, 8m];

    public static DemoPriorYear Build(DemoCommune camSon2023)
    {
        ArgumentNullException.ThrowIfNull(camSon2023);
        var set = camSon2023.CriteriaSet.CopyForYear(Year, "Chỉ số CCHC năm 2022 – xã Cẩm Sơn (dữ liệu mẫu)");
        var assessment = new Assessment(
            camSon2023.Commune.Id, set, Year, new SourceDecision("Dữ liệu mẫu/QĐ-UBND", new DateOnly(2022, 12, 28), "UBND huyện Cẩm Xuyên (dữ liệu mẫu)"));
        var fields = set.Fields.ToList();
        for (var i = 0; i < fields.Count; i++)
        {
            assessment.RecordScore(fields[i], FieldScores[i]);
        }

        var total = FieldScores.Sum();
        assessment.SetResult(total, new Rank(23, 23), set.Classify(total, 100m));
        assessment.MarkAsSample();
        return new DemoPriorYear(set, assessment);
    }
}
