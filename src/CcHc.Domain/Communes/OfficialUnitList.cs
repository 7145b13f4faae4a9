using System.Text;
using System.Text.RegularExpressions;

namespace CcHc.Domain.Communes;

/// <summary>
/// One row of the official list of commune-level units (don-vi-hanh-chinh-2025.csv): the province's code and name as
/// listed ("42", "Tỉnh Hà Tĩnh"), the unit's code, type and name without its type word ("18748", xã, "Cẩm Lạc"), the
/// name as listed ("Xã Cẩm Lạc") and the text of what it was formed from.
/// </summary>
public sealed record OfficialUnit(int Row, string ProvinceCode, string ListedProvince, string Code, CommuneKind Kind, string PlaceName, string ListedName, string Lineage)
{
    /// <summary>The province as documents write it: "tỉnh Hà Tĩnh".</summary>
    public string Province => UnitWording.ProvinceName(ListedProvince);

    /// <summary>"xã Cẩm Lạc".</summary>
    public string Name => CommuneKinds.DisplayName(Kind, PlaceName);
}

/// <summary>
/// Reads the list's rows, one at a time, into <see cref="OfficialUnit"/>s or Vietnamese messages naming the column
/// at fault. Pure; the file's reading (size, encoding, limits) is the caller's.
/// </summary>
public static partial class OfficialUnitList
{
    public const string ProvinceCodeColumn = "ma_tinh";
    public const string ProvinceColumn = "ten_tinh";
    public const string CodeColumn = "ma_xa";
    public const string NameColumn = "ten_xa";
    public const string KindColumn = "loai";
    public const string LineageColumn = "truoc_sap_nhap";

    public static IReadOnlyList<string> Columns { get; } = [ProvinceCodeColumn, ProvinceColumn, CodeColumn, NameColumn, KindColumn, LineageColumn];

    /// <summary>The columns of the provinces' list (tinh-thanh-2025.csv).</summary>
    public static IReadOnlyList<string> ProvinceColumns { get; } = [ProvinceCodeColumn, ProvinceColumn, LineageColumn];

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex ProvinceCode();

    [GeneratedRegex(@"^\d{1,6}$")]
    private static partial Regex UnitCode();

    /// <summary>A row's unit, or its problems as (column, message).</summary>
    public static (OfficialUnit? Unit, IReadOnlyList<(string Column, string Message)> Errors) ReadRow(
        int row, string? provinceCode, string? province, string? code, string? name, string? kind, string? lineage)
    {
        var errors = new List<(string, string)>();
        var pCode = Clean(provinceCode);
        var pName = Clean(province);
        var uCode = Clean(code);
        var uName = Clean(name);
        var uKind = Clean(kind);
        if (!ProvinceCode().IsMatch(pCode))
        {
            errors.Add((ProvinceCodeColumn, pCode.Length == 0 ? "thiếu mã tỉnh." : $"\"{pCode}\" không phải mã tỉnh (1–3 chữ số)."));
        }

        if (pName.Length == 0)
        {
            errors.Add((ProvinceColumn, "thiếu tên tỉnh."));
        }
        else if (pName.Length > 100)
        {
            errors.Add((ProvinceColumn, "tên tỉnh dài quá 100 ký tự."));
        }

        if (!UnitCode().IsMatch(uCode))
        {
            errors.Add((CodeColumn, uCode.Length == 0 ? "thiếu mã xã." : $"\"{uCode}\" không phải mã xã (1–6 chữ số)."));
        }

        var listedKind = CommuneKinds.FromLabel(uKind);
        if (listedKind is null)
        {
            errors.Add((KindColumn, uKind.Length == 0 ? "thiếu loại đơn vị (xã, phường, đặc khu)." : $"\"{uKind}\" không phải loại đơn vị (xã, phường, thị trấn, đặc khu)."));
        }

        var nameKind = CommuneKinds.FromName(uName);
        var place = CommuneKinds.PlaceName(uName);
        if (uName.Length == 0)
        {
            errors.Add((NameColumn, "thiếu tên đơn vị."));
        }
        else if (nameKind is null || place.Length == 0)
        {
            errors.Add((NameColumn, $"\"{uName}\" không bắt đầu bằng loại đơn vị (Xã, Phường, Đặc khu…) rồi đến tên."));
        }
        else if (listedKind is { } k && nameKind != k)
        {
            errors.Add((NameColumn, $"\"{uName}\" không khớp loại \"{uKind}\"."));
        }
        else if (uName.Length > 100)
        {
            errors.Add((NameColumn, "tên đơn vị dài quá 100 ký tự."));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new OfficialUnit(row, pCode, pName, uCode, listedKind!.Value, place, uName, Clean(lineage)), []);
    }

    /// <summary>Trimmed, NFC, runs of white space as one space.</summary>
    public static string Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A unit CcHc already has under an official code.</summary>
public sealed record KnownUnit(Guid Id, string OfficialCode, CommuneKind Kind, string PlaceName, string Name);

/// <summary>What an import would do to one unit of the list.</summary>
public sealed record PlannedUnit(OfficialUnit Unit, KnownUnit? Known)
{
    public bool IsNew => Known is null;

    public bool Renamed => Known is { } k && !string.Equals(k.PlaceName, Unit.PlaceName, StringComparison.Ordinal);

    public bool KindChanged => Known is { } k && k.Kind != Unit.Kind;

    public bool Unchanged => !IsNew && !Renamed && !KindChanged;
}

/// <summary>The import's plan: every unit of the chosen province(s) with what would change, in the list's order.</summary>
public sealed record UnitImportPlan(IReadOnlyList<PlannedUnit> Units)
{
    public int NewCount => Units.Count(u => u.IsNew);

    public int RenamedCount => Units.Count(u => u.Renamed);

    public int KindChangedCount => Units.Count(u => u.KindChanged);

    public int UnchangedCount => Units.Count(u => u.Unchanged);

    public bool ChangesNothing => Units.All(u => u.Unchanged);

    /// <summary>
    /// Matches the list's units against the known ones by official code (the only key: names repeat across provinces
    /// and change), keeping those of <paramref name="provinceCode"/> (null: all).
    /// </summary>
    public static UnitImportPlan Make(IEnumerable<OfficialUnit> units, IEnumerable<KnownUnit> known, string? provinceCode)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(known);
        var byCode = known.ToDictionary(k => k.OfficialCode, StringComparer.Ordinal);
        return new UnitImportPlan(units
            .Where(u => provinceCode is null || u.ProvinceCode == provinceCode)
            .Select(u => new PlannedUnit(u, byCode.GetValueOrDefault(u.Code)))
            .ToList());
    }
}
