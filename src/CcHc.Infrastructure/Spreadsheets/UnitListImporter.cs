using System.IO.Compression;
using System.Reflection;
using CcHc.Domain.Communes;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>The official list read whole: its units in the file's order, and the provinces' list shipped with CcHc.</summary>
public sealed record OfficialUnitFile(IReadOnlyList<OfficialUnit> Units, IReadOnlyDictionary<string, string?> FormedFromByProvince)
{
    /// <summary>The provinces the file lists, by code, in the file's order: (code, name as documents write it).</summary>
    public IReadOnlyList<(string Code, string Name)> Provinces =>
        Units.GroupBy(u => u.ProvinceCode).Select(g => (g.Key, g.First().Province)).ToList();
}

/// <summary>A province of the shipped list (tinh-thanh-2025.csv).</summary>
public sealed record ShippedProvince(string Code, string Name, string? FormedFrom);

/// <summary>
/// Reads the official list of commune-level units (columns ma_tinh, ten_tinh, ma_xa, ten_xa, loai, truoc_sap_nhap; any
/// order, other columns ignored) from the copy shipped in this assembly or from an upload of a later version, through
/// <see cref="TabularFileReader"/> (5 MB, 5,000 rows, UTF-8 or .xlsx). Every row's problem is reported as "Dòng 17, cột
/// ma_xa: …" and the list is returned only when there is none; the file is read under a time budget. Stateless; a
/// singleton. The shipped files and their licence: Seeding/AdministrativeUnits/README.md.
/// </summary>
public sealed class UnitListImporter(TabularFileReader reader)
{
    public const string UnitsResource = "CcHc.Infrastructure.Seeding.AdministrativeUnits.don-vi-hanh-chinh-2025.csv";
    public const string ProvincesResource = "CcHc.Infrastructure.Seeding.AdministrativeUnits.tinh-thanh-2025.csv";

    /// <summary>The shipped list's name as the page shows it.</summary>
    public const string ShippedFileName = "don-vi-hanh-chinh-2025.csv";

    /// <summary>How long reading and checking a file may take before it is refused.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    /// <summary>The shipped list's bytes.</summary>
    public static byte[] ShippedUnits() => Resource(UnitsResource);

    public Task<ImportResult<OfficialUnitFile>> ReadShippedAsync(CancellationToken cancellationToken) =>
        ReadAsync(ShippedUnits(), ShippedFileName, cancellationToken);

    public async Task<ImportResult<OfficialUnitFile>> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var read = await reader.ReadAsync(stream, fileName, content.Length, budget.Token);
            if (read.Data is not { } data)
            {
                return ImportResult.Failure<OfficialUnitFile>(read.Errors);
            }

            var provinces = await ProvincesAsync(budget.Token);
            return Parse(data, provinces.ToDictionary(p => p.Code, p => p.FormedFrom, StringComparer.Ordinal), budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ImportResult.Failure<OfficialUnitFile>([new ImportError(null, null, "Tệp quá phức tạp để đọc trong thời gian cho phép; hãy chia thành các tệp nhỏ hơn.")]);
        }
    }

    public static ImportResult<OfficialUnitFile> Parse(TabularData data, IReadOnlyDictionary<string, string?> formedFrom, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var missing = SpreadsheetColumns.Missing(data, OfficialUnitList.Columns.Where(c => c != OfficialUnitList.LineageColumn));
        if (missing.Count > 0)
        {
            return ImportResult.Failure<OfficialUnitFile>(missing);
        }

        if (data.Rows.Count == 0)
        {
            return ImportResult.Failure<OfficialUnitFile>([new ImportError(null, null, "Tệp chỉ có dòng tiêu đề, chưa có đơn vị nào.")]);
        }

        var errors = new List<ImportError>();
        var units = new List<OfficialUnit>(data.Rows.Count);
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var provinceNames = new Dictionary<string, (string Name, int Row)>(StringComparer.Ordinal);
        foreach (var row in data.Rows)
        {
            if ((row.RowNumber & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (unit, rowErrors) = OfficialUnitList.ReadRow(
                row.RowNumber,
                row.Cell(OfficialUnitList.ProvinceCodeColumn),
                row.Cell(OfficialUnitList.ProvinceColumn),
                row.Cell(OfficialUnitList.CodeColumn),
                row.Cell(OfficialUnitList.NameColumn),
                row.Cell(OfficialUnitList.KindColumn),
                row.Cell(OfficialUnitList.LineageColumn));
            errors.AddRange(rowErrors.Select(e => new ImportError(row.RowNumber, e.Column, e.Message)));
            if (unit is null)
            {
                continue;
            }

            if (!codes.TryAdd(unit.Code, row.RowNumber))
            {
                errors.Add(new ImportError(row.RowNumber, OfficialUnitList.CodeColumn, $"mã xã {unit.Code} trùng với dòng {codes[unit.Code]}."));
                continue;
            }

            if (!provinceNames.TryAdd(unit.ProvinceCode, (unit.ListedProvince, row.RowNumber))
                && provinceNames[unit.ProvinceCode].Name != unit.ListedProvince)
            {
                var first = provinceNames[unit.ProvinceCode];
                errors.Add(new ImportError(row.RowNumber, OfficialUnitList.ProvinceColumn,
                    $"mã tỉnh {unit.ProvinceCode} đã ghi là \"{first.Name}\" ở dòng {first.Row}, ở đây là \"{unit.ListedProvince}\"."));
                continue;
            }

            units.Add(unit);
        }

        return errors.Count > 0
            ? ImportResult.Failure<OfficialUnitFile>(TabularFileReader.Capped(errors))
            : ImportResult.Success(new OfficialUnitFile(units, formedFrom));
    }

    /// <summary>
    /// The shipped provinces' list: code, name as documents write it ("tỉnh Hà Tĩnh") and what the province was formed
    /// from ("giữ nguyên", "tỉnh Quảng Bình và tỉnh Quảng Trị").
    /// </summary>
    public async Task<IReadOnlyList<ShippedProvince>> ProvincesAsync(CancellationToken cancellationToken)
    {
        var bytes = Resource(ProvincesResource);
        using var stream = new MemoryStream(bytes, writable: false);
        var read = await reader.ReadAsync(stream, "tinh-thanh-2025.csv", bytes.Length, cancellationToken);
        var data = read.Data ?? throw new InvalidOperationException("The shipped provinces' list cannot be read: " + string.Join("; ", read.Errors));
        return data.Rows.Select(r => new ShippedProvince(
                OfficialUnitList.Clean(r.Cell(OfficialUnitList.ProvinceCodeColumn)),
                UnitWording.ProvinceName(OfficialUnitList.Clean(r.Cell(OfficialUnitList.ProvinceColumn))),
                OfficialUnitList.Clean(r.Cell(OfficialUnitList.LineageColumn)) is { Length: > 0 } f ? f : null))
            .ToList();
    }

    /// <summary>A file's bytes, gzip-compressed: how the preview hands an upload on to the apply step.</summary>
    public static byte[] Pack(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    /// <summary>The bytes <see cref="Pack"/> made, or null when they are not a gzip stream or unpack past the upload limit.</summary>
    public static byte[]? Unpack(byte[] packed)
    {
        try
        {
            using var input = new MemoryStream(packed, writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (output.Length + read > UploadLimits.MaxFileBytes)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
