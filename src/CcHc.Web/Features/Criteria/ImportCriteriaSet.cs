using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Features.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Criteria;

/// <summary>
/// What the import form sends besides the file. <see cref="PreviewRows"/> and <see cref="AcceptedWarnings"/> come
/// back from a preview the person importing confirms: the rows read from the file, and the warnings they saw.
/// </summary>
public sealed record CriteriaSetImportInput(
    string? Name, IndexKind IndexKind, string? Province, int? Year, CriteriaCoverage Coverage,
    string? PreviewRows = null, string? AcceptedWarnings = null);

/// <summary>The uploaded file: its content, name and length.</summary>
public sealed record UploadedTable(Stream Content, string FileName, long Length);

/// <summary>
/// A file with warnings only, shown before anything is saved: the warnings by row, the size of the set, and what the
/// confirmation sends back (the rows as JSON and a key of the warnings shown).
/// </summary>
public sealed record CriteriaSetPreview(IReadOnlyList<ImportError> Warnings, int Fields, int Nodes, string Rows, string WarningsKey);

/// <summary>The outcome: the command's result, the file's own errors by row, or a preview to confirm.</summary>
public sealed record CriteriaSetImportOutcome(CommandResult<Guid> Result, IReadOnlyList<ImportError> FileErrors, CriteriaSetPreview? Preview = null);

/// <summary>
/// A new criteria set from an .xlsx or .csv in the template's format. The file is read defensively
/// (<see cref="CriteriaSetImporter"/>) and checked row by row (<see cref="CriteriaSetChecks"/>): any error, in the
/// file or its rows, is returned as Dòng | Cột | Lỗi and nothing is saved; a set with warnings only is previewed and
/// saved when the person importing confirms it (every check runs again on the confirmed rows). A second set with the
/// same index, province, year and content is refused. Who may: an administrator, or the reviewer of the set's
/// province (<see cref="CriteriaSetOperations"/>); the set then gets the default classification bands.
/// </summary>
public sealed class ImportCriteriaSet(CcHcDbContext db, TabularFileReader reader)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Provinces the communes are in, offered when a set is named for one.</summary>
    public async Task<IReadOnlyList<string>> ProvincesAsync(CancellationToken cancellationToken) =>
        await db.Communes.IgnoreQueryFilters().Select(c => c.Province).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);

    /// <summary>The province a reviewer imports for (its office's), or null for an administrator, who may choose.</summary>
    public async Task<string?> FixedProvinceAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reach = await CriteriaSetOperations.ReachAsync(db, user, cancellationToken);
        return reach.All ? null : reach.Province ?? string.Empty;
    }

    /// <param name="formIsValid">False when the form's own checks failed: the file is not read, every other problem is still reported.</param>
    public async Task<CriteriaSetImportOutcome> RunAsync(
        CriteriaSetImportInput input, UploadedTable? file, bool formIsValid, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var province = input.Province?.Trim() ?? string.Empty;
        if (!(await CriteriaSetOperations.ReachAsync(db, user, cancellationToken)).Allows(province))
        {
            return new(CommandResult.Forbidden().As<Guid>(), []);
        }

        var errors = new List<FieldError>();
        if (!CriteriaSetLabels.IndexKinds.Contains(input.IndexKind) || !CriteriaSetLabels.Coverages.Contains(input.Coverage))
        {
            errors.Add(FieldError.ForForm("Chỉ số hoặc phạm vi không hợp lệ."));
        }

        var name = input.Name?.Trim() ?? string.Empty;
        if (input.Year is { } year && await db.CriteriaSets.AnyAsync(s => s.Name == name && s.Year == year, cancellationToken))
        {
            errors.Add(new FieldError("Input.Name", $"Đã có bộ tiêu chí \"{name}\" năm {year}. Đặt tên khác, hoặc sửa bộ đã có."));
        }

        var confirming = !string.IsNullOrEmpty(input.PreviewRows);
        if (!confirming && file is null)
        {
            errors.Add(new FieldError("Input.File", "Chọn tệp .xlsx hoặc .csv."));
        }

        if (!formIsValid || errors.Count > 0 || input.Year is null)
        {
            return new(CommandResult.Invalid(errors).As<Guid>(), []);
        }

        IReadOnlyList<CriterionRow>? rows = confirming ? PreviewedRows(input.PreviewRows!) : null;
        if (confirming && rows is null)
        {
            return new(CommandResult.Invalid(new FieldError("Input.File", "Bản xem trước không đọc được; tải tệp lên lại.")).As<Guid>(), []);
        }

        if (!confirming)
        {
            var read = await reader.ReadAsync(file!.Content, file.FileName, file.Length, cancellationToken);
            (rows, var fileErrors) = read.Data is { } data ? CriteriaSetImporter.ReadRows(data) : (null, read.Errors);
            if (rows is null)
            {
                return new(CommandResult.Invalid().As<Guid>(), fileErrors);
            }
        }

        var description = new CriteriaSetDescription(name, input.IndexKind, province, input.Year.Value, input.Coverage);
        var imported = CriteriaSetImporter.Import(rows!, description);
        if (imported.Value is not { } set)
        {
            return new(CommandResult.Invalid().As<Guid>(), imported.Errors);
        }

        if (await SameSetAsync(set, cancellationToken) is { } same)
        {
            return new(CommandResult.Invalid().As<Guid>(),
            [
                new ImportError(null, null,
                    $"Đã có bộ tiêu chí \"{same.Name}\" giống hệt: cùng chỉ số, {(same.Province.Length == 0 ? "dùng cho mọi tỉnh" : same.Province)}, năm {same.Year} "
                    + $"và cùng {set.Nodes.Count} dòng tiêu chí. Không nhập lần thứ hai; muốn thay đổi thì sửa bộ đã có."),
            ]);
        }

        var warningsKey = Key(imported.Warnings);
        if (imported.Warnings.Count > 0 && !string.Equals(input.AcceptedWarnings, warningsKey, StringComparison.Ordinal))
        {
            return new(CommandResult.Invalid().As<Guid>(), [], new CriteriaSetPreview(
                imported.Warnings, set.Fields.Count(), set.Nodes.Count, JsonSerializer.Serialize(rows, Json), warningsKey));
        }

        set.SetClassificationBands(CriteriaSet.DefaultParIndexBands);
        db.CriteriaSets.Add(set);
        await db.SaveChangesAsync(cancellationToken);
        return new(CommandResult.Done(set.Id,
            $"Đã nhập bộ tiêu chí \"{set.Name}\": {set.Fields.Count()} lĩnh vực, {set.Nodes.Count} dòng"
            + (imported.Warnings.Count > 0 ? $" (đã xác nhận {imported.Warnings.Count} cảnh báo)" : string.Empty)
            + ". Kiểm tra lại cây tiêu chí và ngưỡng xếp loại bên dưới."), []);
    }

    /// <summary>A stored set with the same index, province, year and tree, or null (the sets of that index and year, with their nodes).</summary>
    private async Task<CriteriaSet?> SameSetAsync(CriteriaSet set, CancellationToken cancellationToken)
    {
        var candidates = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes)
            .Where(s => s.IndexKind == set.IndexKind && s.Year == set.Year)
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(set.HasSameContentAs);
    }

    private static List<CriterionRow>? PreviewedRows(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<CriterionRow>>(json, Json) is { Count: > 0 } rows
                && rows.All(r => r is { Code: not null, Title: not null })
                ? rows
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Key(IReadOnlyList<ImportError> warnings) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', warnings.Select(w => w.FullText)))))[..16];
}
