namespace CcHc.Domain.Communes;

/// <summary>The groups an office ranks its units in since 1 July 2025 (Hải Phòng ranks phường apart from xã and đặc khu).</summary>
public enum CommuneGroup
{
    /// <summary>Xã (and, before 2025, thị trấn).</summary>
    Xa,

    /// <summary>Phường.</summary>
    Phuong,

    /// <summary>Đặc khu.</summary>
    DacKhu,
}

/// <summary>
/// The one place a commune's group is decided (the office overview's group filter reads nothing else): the unit's
/// official type (<see cref="Commune.Kind"/>); a thị trấn (before 2025) ranks with the xã.
/// </summary>
public static class CommuneGroups
{
    public static IReadOnlyList<CommuneGroup> All { get; } = [CommuneGroup.Xa, CommuneGroup.Phuong, CommuneGroup.DacKhu];

    public static CommuneGroup Of(Commune commune)
    {
        ArgumentNullException.ThrowIfNull(commune);
        return commune.Kind switch
        {
            CommuneKind.Phuong => CommuneGroup.Phuong,
            CommuneKind.DacKhu => CommuneGroup.DacKhu,
            _ => CommuneGroup.Xa,
        };
    }

    public static string Label(CommuneGroup group) => group switch
    {
        CommuneGroup.Phuong => "Phường",
        CommuneGroup.DacKhu => "Đặc khu",
        _ => "Xã",
    };

    /// <summary>A query-string value ("Phuong"); null for blank or unknown values (then every group).</summary>
    public static CommuneGroup? Parse(string? value) =>
        value is { Length: > 0 } text && !int.TryParse(text, out _) && Enum.TryParse<CommuneGroup>(text, out var group) && Enum.IsDefined(group) ? group : null;
}
