using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Criteria;

/// <summary>What the import form sends besides the file.</summary>
public sealed record CriteriaSetImportInput(string? Name, IndexKind IndexKind, string? Province, int? Year, CriteriaCoverage Coverage);

/// <summary>The uploaded file: its content, name and length.</summary>
public sealed record UploadedTable(Stream Content, string FileName, long Length);

/// <summary>
/// A new criteria set from an .xlsx or .csv in the template's format. The file is read defensively
/// (<see cref="CriteriaSetImporter"/>): any problem, in the file or in its rows, is returned as Dòng | Cột | Lỗi and
/// nothing is saved. On success the set gets the default classification bands. Administrators only.
/// </summary>
public sealed class ImportCriteriaSet(CcHcDbContext db, CriteriaSetImporter importer)
{
    /// <summary>Provinces the communes are in, offered when a set is named for one.</summary>
    public async Task<IReadOnlyList<string>> ProvincesAsync(CancellationToken cancellationToken) =>
        await db.Communes.IgnoreQueryFilters().Select(c => c.Province).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);

    /// <param name="formIsValid">False when the form's own checks failed: the file is not read, every other problem is still reported.</param>
    /// <returns>The new set's id when done; otherwise the field errors, and the file's own errors beside them.</returns>
    public async Task<(CommandResult<Guid> Result, IReadOnlyList<ImportError> FileErrors)> RunAsync(
        CriteriaSetImportInput input, UploadedTable? file, bool formIsValid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
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

        if (!formIsValid || errors.Count > 0 || file is null || input.Year is null)
        {
            return (CommandResult.Invalid(errors).As<Guid>(), []);
        }

        var description = new CriteriaSetDescription(name, input.IndexKind, input.Province?.Trim() ?? string.Empty, input.Year.Value, input.Coverage);
        var imported = await importer.ImportAsync(file.Content, file.FileName, file.Length, description, cancellationToken);
        if (imported.Value is not { } set)
        {
            return (CommandResult.Invalid().As<Guid>(), imported.Errors);
        }

        set.SetClassificationBands(CriteriaSet.DefaultParIndexBands);
        db.CriteriaSets.Add(set);
        await db.SaveChangesAsync(cancellationToken);
        return (CommandResult.Done(set.Id,
            $"Đã nhập bộ tiêu chí \"{set.Name}\": {set.Fields.Count()} lĩnh vực, {set.Nodes.Count} dòng. Kiểm tra lại cây tiêu chí và ngưỡng xếp loại bên dưới."), []);
    }
}
