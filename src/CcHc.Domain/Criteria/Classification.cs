namespace CcHc.Domain.Criteria;

/// <summary>
/// "Xếp loại" of a score: the criteria set's bands (<see cref="ClassificationBand"/>) read against the scale of the
/// index. The scale is the sum of the fields' maxima when the set lists every field with its maximum
/// (<see cref="CriteriaCoverage.Complete"/>); a set that lists only the criteria that lost points (the seeds') cannot
/// add up its maximum, so the index's nominal scale stands in (the PAR INDEX of a commune: 100 points).
/// </summary>
public static class Classification
{
    /// <summary>The nominal scale of an index's total: 100 points for the PAR INDEX; null where CcHc does not know one.</summary>
    public static decimal? NominalScale(IndexKind kind) => kind == IndexKind.ParIndex ? 100m : null;

    /// <summary>The maximum a total is read against (see the type's summary); null when unknown.</summary>
    public static decimal? ScaleOf(CriteriaSet set, decimal? fieldsMax) =>
        set.Coverage == CriteriaCoverage.Complete && fieldsMax is > 0 ? fieldsMax : NominalScale(set.IndexKind);

    /// <summary>
    /// The class of <paramref name="total"/> under the set's bands: e.g. 85,08 of 100 → "Khá" with the default bands;
    /// null without a total, a scale or bands.
    /// </summary>
    public static string? Of(CriteriaSet set, decimal? total, decimal? fieldsMax) =>
        total is { } t && ScaleOf(set, fieldsMax) is { } max ? set.Classify(t, max) : null;

    /// <summary>The band's lower bound for a class label (to sort classes lowest to highest); null when the set has no such band.</summary>
    public static decimal? LevelOf(CriteriaSet set, string? label) =>
        label is null ? null : set.ClassificationBands.FirstOrDefault(b => string.Equals(b.Label, label, StringComparison.OrdinalIgnoreCase))?.MinPercent;
}
