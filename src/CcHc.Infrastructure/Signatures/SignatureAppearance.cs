namespace CcHc.Infrastructure.Signatures;

/// <summary>What the visible signature (in the signer block, else at the foot of the last page) shows, and when the signature is made.</summary>
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

    /// <summary>
    /// The organisation's seal as a PNG (the commune's uploaded seal, see docs/decisions/0006-pdf-signatures.md), drawn
    /// in the signature; null draws a plain red seal with <see cref="SealText"/> around it.
    /// </summary>
    public byte[]? SealPng { get; init; }

    /// <summary>The name around the drawn seal (in capitals); null for <see cref="Organisation"/>.</summary>
    public string? SealText { get; init; }

    /// <summary>A TrueType font with Vietnamese glyphs; null for Liberation Serif (fonts-liberation2) or Times New Roman.</summary>
    public string? FontPath { get; init; }
}
