namespace CcHc.DemoData;

/// <summary>The seed documents' communes, in seed order. Every call builds fresh objects with new ids.</summary>
public static class DemoCatalog
{
    /// <summary>
    /// xã Cẩm Sơn 2023 (seed 000), xã Triệu Trạch 2022 (seed 001, a công văn), xã Quảng Công 2020 (seed 002, an
    /// improvement plan), xã Sơn Kỳ 2023 (seed 003), xã Hà Bắc 2023 (seed 004, a multi-index plan 2023–2025). Each is
    /// a unit before 1/7/2025, under its district, valid until 30/6/2025 (<see cref="DemoSuccessors.SeedValidUntil"/>):
    /// every one was merged into a unit of the 2025 map (<see cref="DemoSuccessors"/>).
    /// </summary>
    public static IReadOnlyList<DemoCommune> BuildAll(StandardPositions positions)
    {
        IReadOnlyList<DemoCommune> all =
        [
            CamSon2023.Build(positions),
            TrieuTrach2022.Build(positions),
            QuangCong2020.Build(positions),
            SonKy2023.Build(positions),
            HaBac2023.Build(positions),
        ];
        foreach (var demo in all)
        {
            demo.Commune.SetValidity(null, DemoSuccessors.SeedValidUntil);
        }

        return all;
    }

    /// <summary>
    /// Sample prior years (made-up figures, <c>IsSample</c>) of the communes <see cref="BuildAll"/> returned:
    /// xã Cẩm Sơn 2022, so the dashboard can compare years.
    /// </summary>
    public static IReadOnlyList<DemoPriorYear> PriorYears(IReadOnlyList<DemoCommune> communes) =>
        communes.Where(d => d.Commune.Name == "xã Cẩm Sơn").Select(CamSon2022Sample.Build).ToList();
}
