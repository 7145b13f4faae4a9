namespace CcHc.DemoData;

/// <summary>
/// A unit of the official list since 1/7/2025 that a seed commune merged into: its official code and province code in
/// the shipped list (don-vi-hanh-chinh-2025.csv), its name as CcHc writes it, and the seed commune (as
/// <see cref="DemoCatalog.BuildAll"/> names it) that is one of its predecessors.
/// </summary>
public sealed record DemoSuccessor(string OfficialCode, string ProvinceCode, string Name, string SeedCommuneName);

/// <summary>
/// The seed communes' successors on the map since 1/7/2025. The demo loads them from the shipped list through the
/// administrator's own import (predecessors as the list gives them, under their province's Sở Nội vụ), together with
/// every unit of Hà Tĩnh (<see cref="WholeProvinceCode"/>), so the Sở Nội vụ tỉnh Hà Tĩnh sees its real units. The seed
/// communes stay as they were, before 1/7/2025 and under their districts (<see cref="SeedValidUntil"/>).
/// </summary>
public static class DemoSuccessors
{
    /// <summary>Hà Tĩnh: the province loaded whole (69 units in the 2025 list).</summary>
    public const string WholeProvinceCode = "42";

    /// <summary>The day the map of 34 provinces took effect: the successors' first day.</summary>
    public static readonly DateOnly MapEffectiveDate = new(2025, 7, 1);

    /// <summary>
    /// The seed communes' <c>ValidUntil</c>: the day after their last day (30/6/2025), as <c>Commune.ValidUntil</c> is
    /// defined (pages print it "đến trước 01/07/2025").
    /// </summary>
    public static DateOnly SeedValidUntil => MapEffectiveDate;

    /// <summary>In seed order: Cẩm Sơn → xã Cẩm Lạc, Triệu Trạch → xã Nam Cửa Việt, Quảng Công → phường Phong Quảng, Sơn Kỳ → xã Sơn Kỳ (with Sơn Ba), Hà Bắc → xã Hà Long.</summary>
    public static IReadOnlyList<DemoSuccessor> All { get; } =
    [
        new("18748", "42", "xã Cẩm Lạc", "xã Cẩm Sơn"),
        new("19639", "44", "xã Nam Cửa Việt", "xã Triệu Trạch"),
        new("19873", "46", "phường Phong Quảng", "xã Quảng Công"),
        new("21325", "51", "xã Sơn Kỳ", "xã Sơn Kỳ"),
        new("15274", "38", "xã Hà Long", "xã Hà Bắc"),
    ];

    /// <summary>The official codes the demo loads besides <see cref="WholeProvinceCode"/>'s units.</summary>
    public static IReadOnlyList<string> Codes { get; } = All.Select(s => s.OfficialCode).ToList();

    /// <summary>Whether the demo loads the list's unit of this province and code.</summary>
    public static bool Includes(string provinceCode, string officialCode) =>
        provinceCode == WholeProvinceCode || Codes.Contains(officialCode);
}
