namespace CcHc.Domain.Communes;

/// <summary>
/// The default words documents use for a unit's superiors. A unit before 1/7/2025 with a district answers to "UBND
/// huyện …" and its Phòng Nội vụ (the seeds print exactly that); a unit without a district (every unit since, with two
/// tiers of local government) answers to the province's people's committee and its Sở Nội vụ. Never a district the
/// unit did not have.
/// </summary>
public static class UnitWording
{
    /// <summary>"UBND huyện Cẩm Xuyên" or, without a district, "UBND tỉnh Hà Tĩnh".</summary>
    public static string SuperiorCommittee(Commune commune)
    {
        ArgumentNullException.ThrowIfNull(commune);
        return $"UBND {commune.District ?? commune.Province}";
    }

    /// <summary>The Nội vụ office as a recipient line names it: "Phòng Nội vụ" under a district, otherwise "Sở Nội vụ".</summary>
    public static string OversightRecipient(Commune commune)
    {
        ArgumentNullException.ThrowIfNull(commune);
        return commune.District is null ? "Sở Nội vụ" : "Phòng Nội vụ";
    }

    /// <summary>Where the unit is, as a page shows it: "huyện Cẩm Xuyên, tỉnh Hà Tĩnh" or "tỉnh Hà Tĩnh".</summary>
    public static string Locality(Commune commune)
    {
        ArgumentNullException.ThrowIfNull(commune);
        return commune.District is null ? commune.Province : $"{commune.District}, {commune.Province}";
    }

    /// <summary>The province's oversight office as it is named: "Sở Nội vụ tỉnh Hà Tĩnh".</summary>
    public static string ProvincialOfficeName(string province) => $"Sở Nội vụ {province.Trim()}";

    /// <summary>
    /// A province as documents write it, from the list's heading form: "Tỉnh Hà Tĩnh" → "tỉnh Hà Tĩnh", "Thành Phố Huế" →
    /// "thành phố Huế", "Thủ Đô Hà Nội" → "thành phố Hà Nội".
    /// </summary>
    public static string ProvinceName(string listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var name = string.Join(' ', listed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var (prefix, label) in new[] { ("thủ đô ", "thành phố "), ("thành phố ", "thành phố "), ("tỉnh ", "tỉnh ") })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return label + name[prefix.Length..];
            }
        }

        return name;
    }
}
