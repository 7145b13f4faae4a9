namespace CcHc.Domain.Positions;

/// <summary>The commune-level civil-servant titles seen in the seed documents (Nghị định 33/2023/NĐ-CP's list).</summary>
public static class PositionCatalogue
{
    public const string OfficeStatistics = "Công chức Văn phòng - Thống kê";
    public const string JusticeCivilStatus = "Công chức Tư pháp - Hộ tịch";
    public const string FinanceAccounting = "Công chức Tài chính - Kế toán";
    public const string CultureSociety = "Công chức Văn hóa - Xã hội";
    public const string LandConstruction = "Công chức Địa chính - Xây dựng - Đô thị và Môi trường";
    public const string MilitaryCommander = "Chỉ huy trưởng Ban Chỉ huy Quân sự";
    public const string Chairman = "Chủ tịch UBND xã";
    public const string ViceChairman = "Phó Chủ tịch UBND xã";
    public const string AllStaff = "Toàn thể cán bộ, công chức";

    /// <summary>In the order a form lists them.</summary>
    public static IReadOnlyList<string> StandardTitles { get; } =
    [
        OfficeStatistics,
        JusticeCivilStatus,
        FinanceAccounting,
        CultureSociety,
        LandConstruction,
        MilitaryCommander,
        Chairman,
        ViceChairman,
        AllStaff,
    ];
}
