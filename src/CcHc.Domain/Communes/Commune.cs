using CcHc.Domain.Common;

namespace CcHc.Domain.Communes;

/// <summary>
/// A commune (xã, phường, thị trấn): the tenant whose assessments and plans CcHc keeps. Its printed names are data,
/// because documents print them verbatim (and sometimes with the commune's own spelling).
/// </summary>
public sealed class Commune : Entity
{
    private Commune()
    {
        Name = District = Province = PlaceName = IssuingBodyName = string.Empty;
    }

    public Commune(string name, string district, string province, string placeName, string issuingBodyName)
    {
        Name = Require(name, "tên xã");
        District = Require(district, "huyện");
        Province = Require(province, "tỉnh");
        PlaceName = Require(placeName, "địa danh");
        IssuingBodyName = Require(issuingBodyName, "tên cơ quan ban hành");
    }

    /// <summary>"xã Cẩm Sơn".</summary>
    public string Name { get; private set; }

    /// <summary>"huyện Cẩm Xuyên".</summary>
    public string District { get; private set; }

    /// <summary>"tỉnh Hà Tĩnh".</summary>
    public string Province { get; private set; }

    /// <summary>The place name of the dateline: "Cẩm Sơn, ngày 05 tháng 02 năm 2024".</summary>
    public string PlaceName { get; private set; }

    /// <summary>The issuing body as the header prints it, one line per header line: "ỦY BAN NHÂN DÂN\nXÃ CẨM SƠN".</summary>
    public string IssuingBodyName { get; private set; }

    /// <summary>The chairman's name as the signature block prints it.</summary>
    public string? ChairmanName { get; private set; }

    public Guid? OversightOfficeId { get; private set; }

    /// <summary>The commune as an issued version's snapshot recorded it (<see cref="Plans.IssuedSnapshot"/>).</summary>
    internal static Commune Restore(Guid id, string name, string district, string province, string placeName, string issuingBodyName, string? chairmanName, Guid? officeId) =>
        new()
        {
            Id = id,
            Name = name,
            District = district,
            Province = province,
            PlaceName = placeName,
            IssuingBodyName = issuingBodyName,
            ChairmanName = chairmanName,
            OversightOfficeId = officeId,
        };

    public void SetChairman(string? name) => ChairmanName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    public void AssignTo(OversightOffice office) => OversightOfficeId = office.Id;

    public void AssignToOffice(Guid? officeId) => OversightOfficeId = officeId;

    public void UpdateNames(string name, string district, string province, string placeName, string issuingBodyName)
    {
        Name = Require(name, "tên xã");
        District = Require(district, "huyện");
        Province = Require(province, "tỉnh");
        PlaceName = Require(placeName, "địa danh");
        IssuingBodyName = Require(issuingBodyName, "tên cơ quan ban hành");
    }

    private static string Require(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"Thiếu {what}.") : value.Trim();
}
