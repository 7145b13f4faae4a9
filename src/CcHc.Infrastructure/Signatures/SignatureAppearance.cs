namespace CcHc.Infrastructure.Signatures;

/// <summary>What the visible signature box on the last page says, and when the signature is made.</summary>
public sealed record SignatureAppearance
{
    /// <summary>The signing organisation, shown as "Cơ quan: …".</summary>
    public required string Organisation { get; init; }

    /// <summary>The signing time: the CMS signingTime attribute, /M, and "Thời gian ký: …" in Vietnam time (UTC+7).</summary>
    public required DateTimeOffset SigningTime { get; init; }

    /// <summary>Optional /Reason, shown as "Lý do: …".</summary>
    public string? Reason { get; init; }

    /// <summary>Optional /Location, shown as "Nơi ký: …".</summary>
    public string? Location { get; init; }

    /// <summary>A TrueType font with Vietnamese glyphs; null for Liberation Serif (fonts-liberation2) or Times New Roman.</summary>
    public string? FontPath { get; init; }
}
