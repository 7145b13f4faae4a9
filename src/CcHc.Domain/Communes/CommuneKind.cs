namespace CcHc.Domain.Communes;

/// <summary>The type of a commune-level unit (đơn vị hành chính cấp xã).</summary>
public enum CommuneKind
{
    /// <summary>xã</summary>
    Xa = 0,

    /// <summary>phường</summary>
    Phuong = 1,

    /// <summary>thị trấn (only before 1/7/2025)</summary>
    ThiTran = 2,

    /// <summary>đặc khu (since 1/7/2025)</summary>
    DacKhu = 3,
}

/// <summary>The Vietnamese words of <see cref="CommuneKind"/> and the names made of them.</summary>
public static class CommuneKinds
{
    public static IReadOnlyList<CommuneKind> All { get; } = [CommuneKind.Xa, CommuneKind.Phuong, CommuneKind.ThiTran, CommuneKind.DacKhu];

    /// <summary>"xã", "phường", "thị trấn", "đặc khu": as a name in running text starts ("xã Cẩm Lạc").</summary>
    public static string Label(CommuneKind kind) => kind switch
    {
        CommuneKind.Xa => "xã",
        CommuneKind.Phuong => "phường",
        CommuneKind.ThiTran => "thị trấn",
        CommuneKind.DacKhu => "đặc khu",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind a label names ("xã", "Phường", "đặc khu"…), or null.</summary>
    public static CommuneKind? FromLabel(string? label)
    {
        var key = label?.Trim().ToLowerInvariant();
        return All.Cast<CommuneKind?>().FirstOrDefault(k => Label(k!.Value) == key);
    }

    /// <summary>The kind a name starts with ("Phường Ba Đình" → phường), or null when it starts with no type word.</summary>
    public static CommuneKind? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var lower = name.Trim().ToLowerInvariant();

        // Longest first: "thị trấn" and "đặc khu" before "xã".
        foreach (var kind in All.OrderByDescending(k => Label(k).Length))
        {
            var label = Label(kind);
            if (lower.StartsWith(label + " ", StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The name without its type word: "Xã Cẩm Lạc" → "Cẩm Lạc" (the dateline's place name).</summary>
    public static string PlaceName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return FromName(trimmed) is { } kind ? trimmed[(Label(kind).Length + 1)..].Trim() : trimmed;
    }

    /// <summary>The name as documents write it in running text: "xã Cẩm Lạc", "phường Phong Quảng".</summary>
    public static string DisplayName(CommuneKind kind, string placeName) => $"{Label(kind)} {placeName.Trim()}";

    /// <summary>The issuing body of the unit's documents, one line per header line: "ỦY BAN NHÂN DÂN\nXÃ CẨM LẠC".</summary>
    public static string IssuingBodyName(CommuneKind kind, string placeName) =>
        "ỦY BAN NHÂN DÂN\n" + DisplayName(kind, placeName).ToUpperInvariant();
}
