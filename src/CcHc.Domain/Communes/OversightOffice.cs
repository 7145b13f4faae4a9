using CcHc.Domain.Common;

namespace CcHc.Domain.Communes;

/// <summary>
/// The upper-level Nội vụ office (Phòng Nội vụ of a district, since 2025 the province's Sở Nội vụ) that oversees a set
/// of communes: it reads their plans, downloads their signed exports and follows progress.
/// </summary>
public sealed class OversightOffice : Entity
{
    private OversightOffice()
    {
        Name = string.Empty;
        Province = string.Empty;
    }

    public OversightOffice(string name, string? district, string province)
    {
        Name = Require(name, "tên cơ quan");
        District = string.IsNullOrWhiteSpace(district) ? null : district.Trim();
        Province = Require(province, "tỉnh");
    }

    /// <summary>As printed: "Phòng Nội vụ huyện Cẩm Xuyên".</summary>
    public string Name { get; private set; }

    /// <summary>"huyện Cẩm Xuyên"; null for a provincial office.</summary>
    public string? District { get; private set; }

    public string Province { get; private set; }

    public void Rename(string name, string? district, string province)
    {
        Name = Require(name, "tên cơ quan");
        District = string.IsNullOrWhiteSpace(district) ? null : district.Trim();
        Province = Require(province, "tỉnh");
    }

    private static string Require(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"Thiếu {field}.") : value.Trim();
}
