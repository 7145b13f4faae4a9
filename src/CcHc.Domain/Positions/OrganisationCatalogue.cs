namespace CcHc.Domain.Positions;

/// <summary>
/// The organisations the seeds name as leads or supporters (seed 004: "Công an xã", "Trạm y tế xã", "MTTQ", "Trung tâm
/// học tập cộng đồng", the schools, "Đài truyền thanh xã", "các thôn") and the đoàn thể every commune has. They are only
/// suggestions: the clerk adds each one deliberately, nothing is added to a commune on its own.
/// </summary>
public static class OrganisationCatalogue
{
    public static IReadOnlyList<string> Suggested { get; } =
    [
        "Công an xã",
        "Trạm y tế xã",
        "Ủy ban MTTQ Việt Nam xã",
        "Đoàn Thanh niên",
        "Hội Phụ nữ",
        "Hội Nông dân",
        "Hội Cựu chiến binh",
        "Trung tâm học tập cộng đồng",
        "Trường Mầm non",
        "Trường Tiểu học",
        "Trường THCS",
        "Đài truyền thanh xã",
        "Bưu điện xã",
        "Các thôn",
    ];
}
