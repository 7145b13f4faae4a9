using CcHc.Domain.Common;

namespace CcHc.Domain.Communes;

/// <summary>
/// A commune-level unit (xã, phường, thị trấn, đặc khu): the tenant whose assessments and plans CcHc keeps. Its printed
/// names are data, because documents print them verbatim (and sometimes with the commune's own spelling). A unit of the
/// official list since 1/7/2025 has its official code (mã xã), its province's code and no district; a unit before that
/// date may have a district, which only describes it then.
/// </summary>
public sealed class Commune : Entity
{
    private Commune()
    {
        Name = Province = PlaceName = IssuingBodyName = string.Empty;
    }

    /// <param name="district">"huyện Cẩm Xuyên" for a unit before 1/7/2025 that had one; null or blank otherwise.</param>
    /// <param name="kind">the unit's type; by default read from the name's first word ("phường …"), else xã</param>
    public Commune(string name, string? district, string province, string placeName, string issuingBodyName, CommuneKind? kind = null)
    {
        Name = Require(name, "tên xã");
        District = Optional(district);
        Province = Require(province, "tỉnh");
        PlaceName = Require(placeName, "địa danh");
        IssuingBodyName = Require(issuingBodyName, "tên cơ quan ban hành");
        Kind = kind ?? CommuneKinds.FromName(Name) ?? CommuneKind.Xa;
    }

    /// <summary>
    /// A unit of the official list: "Xã Cẩm Lạc" (code 18748, tỉnh Hà Tĩnh) is named "xã Cẩm Lạc", dated "Cẩm Lạc, ngày…"
    /// and issues as "ỦY BAN NHÂN DÂN\nXÃ CẨM LẠC"; it has no district.
    /// </summary>
    public static Commune FromOfficialList(string officialCode, CommuneKind kind, string placeName, string province, string provinceCode, DateOnly validFrom)
    {
        var place = Require(placeName, "tên đơn vị");
        return new Commune(CommuneKinds.DisplayName(kind, place), null, province, place, CommuneKinds.IssuingBodyName(kind, place), kind)
        {
            OfficialCode = Require(officialCode, "mã đơn vị"),
            ProvinceCode = Require(provinceCode, "mã tỉnh"),
            ValidFrom = validFrom,
        };
    }

    /// <summary>"xã Cẩm Sơn".</summary>
    public string Name { get; private set; }

    /// <summary>"huyện Cẩm Xuyên": only for a unit before 1/7/2025 that had one; null for the units since (no districts).</summary>
    public string? District { get; private set; }

    /// <summary>xã, phường, thị trấn or đặc khu.</summary>
    public CommuneKind Kind { get; private set; }

    /// <summary>The official code (mã đơn vị hành chính cấp xã, "18748"); unique when set; null for a unit typed by hand.</summary>
    public string? OfficialCode { get; private set; }

    /// <summary>The province's official code ("42"), when known.</summary>
    public string? ProvinceCode { get; private set; }

    /// <summary>The first day the unit exists as it is (1/7/2025 for the units of the 2025 list), when known.</summary>
    public DateOnly? ValidFrom { get; private set; }

    /// <summary>The day after the unit's last day (merged, dissolved), when known; null while it exists.</summary>
    public DateOnly? ValidUntil { get; private set; }

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
    internal static Commune Restore(Guid id, string name, string? district, string province, string placeName, string issuingBodyName, string? chairmanName, Guid? officeId) =>
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
            Kind = CommuneKinds.FromName(name) ?? CommuneKind.Xa,
        };

    public void SetChairman(string? name) => ChairmanName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    public void AssignTo(OversightOffice office) => OversightOfficeId = office.Id;

    public void AssignToOffice(Guid? officeId) => OversightOfficeId = officeId;

    public void UpdateNames(string name, string? district, string province, string placeName, string issuingBodyName)
    {
        Name = Require(name, "tên xã");
        District = Optional(district);
        Province = Require(province, "tỉnh");
        PlaceName = Require(placeName, "địa danh");
        IssuingBodyName = Require(issuingBodyName, "tên cơ quan ban hành");
    }

    /// <summary>The administrator's type and code for the unit (code blank: none).</summary>
    public void SetKindAndCode(CommuneKind kind, string? officialCode)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Loại đơn vị không hợp lệ.", nameof(Kind));
        }

        Kind = kind;
        OfficialCode = Optional(officialCode);
    }

    /// <summary>
    /// The official list names the unit <paramref name="placeName"/> of type <paramref name="kind"/>: its name, dateline
    /// place and issuing body follow. The names typed by hand are replaced only when the official name or type changed,
    /// so an import of the same list leaves a commune's own spelling alone.
    /// </summary>
    public void ApplyOfficialName(CommuneKind kind, string placeName, string province, string provinceCode)
    {
        var place = Require(placeName, "tên đơn vị");
        if (kind != Kind || !string.Equals(place, PlaceName, StringComparison.Ordinal))
        {
            Kind = kind;
            PlaceName = place;
            Name = CommuneKinds.DisplayName(kind, place);
            IssuingBodyName = CommuneKinds.IssuingBodyName(kind, place);
        }

        Province = Require(province, "tỉnh");
        ProvinceCode = Require(provinceCode, "mã tỉnh");
    }

    /// <summary>The unit's validity: from its first day, until the day after its last (null while it exists).</summary>
    public void SetValidity(DateOnly? validFrom, DateOnly? validUntil)
    {
        if (validFrom is { } from && validUntil is { } until && until <= from)
        {
            throw new DomainException("Ngày hết hiệu lực phải sau ngày có hiệu lực.", nameof(ValidUntil));
        }

        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    private static string Require(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"Thiếu {what}.") : value.Trim();

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
