using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;

namespace CcHc.DemoData;

/// <summary>
/// xã Cẩm Lạc 2025: MADE-UP figures so the demo shows a unit of the 2025 map with a year's result (nothing of 2025 is
/// published for it). The criteria tree of Cẩm Sơn 2023 copied for 2025 and named as sample data, an assessment only
/// (no rank among the province's units, no plan). Marked <see cref="Assessment.MarkAsSample"/>: every page that shows
/// it says "Dữ liệu mẫu — không phải kết quả công bố".
/// </summary>
public static class CamLac2025Sample
{
    public const int Year = 2025;

    public const string CriteriaSetName = "Chỉ số CCHC năm 2025 – xã Cẩm Lạc (dữ liệu mẫu)";

    /// <summary>Appraised score of each of the 8 fields, in the order of the 2023 table (maxima 11, 7, 14,5, 6, 16,5, 13,5, 20, 11,5).</summary>
    public static IReadOnlyList<decimal> FieldScores { get; } = [9.5m, 6.5m, 12.5m, 5.5m, 14m, 12.25m, 15.5m, 9m];

    /// <param name="camLacId">xã Cẩm Lạc's id (official code 18748).</param>
    public static DemoPriorYear Build(Guid camLacId)
    {
        var tree = CamSon2023.Build(new StandardPositions()).CriteriaSet;
        var set = tree.CopyForYear(Year, CriteriaSetName);

        // Bands of its own: the copy shares the seed's band objects, which the seed's set may already own in the same unit of work.
        set.SetClassificationBands(tree.ClassificationBands.Select(b => new ClassificationBand(b.Label, b.MinPercent)).ToList());
        var assessment = new Assessment(camLacId, set, Year, new SourceDecision("Dữ liệu mẫu/QĐ-UBND", new DateOnly(2026, 1, 20), "UBND tỉnh Hà Tĩnh (dữ liệu mẫu)"));
        var fields = set.Fields.ToList();
        for (var i = 0; i < fields.Count; i++)
        {
            assessment.RecordScore(fields[i], FieldScores[i]);
        }

        var total = FieldScores.Sum();
        assessment.SetResult(total, null, set.Classify(total, 100m));
        assessment.MarkAsSample();
        return new DemoPriorYear(set, assessment);
    }
}
