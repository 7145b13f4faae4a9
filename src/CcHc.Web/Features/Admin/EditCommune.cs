using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Admin;

/// <summary>A commune's fields as the administrator types them.</summary>
public sealed class CommuneInput
{
    [Required(ErrorMessage = "Nhập tên xã.")]
    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Tên xã (như văn bản ghi, ví dụ: xã Cẩm Sơn)")]
    public string Name { get; set; } = string.Empty;

    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Huyện (chỉ với đơn vị trước 01/7/2025; để trống nếu không có)")]
    public string? District { get; set; }

    [Display(Name = "Loại đơn vị")]
    public CommuneKind Kind { get; set; } = CommuneKind.Xa;

    [StringLength(10, ErrorMessage = "Tối đa {1} ký tự.")]
    [RegularExpression(@"^\s*\d{1,6}\s*$", ErrorMessage = "Mã đơn vị gồm 1–6 chữ số.")]
    [Display(Name = "Mã đơn vị hành chính (nếu có, ví dụ: 18748)")]
    public string? OfficialCode { get; set; }

    [Required(ErrorMessage = "Nhập tỉnh.")]
    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Tỉnh (ví dụ: tỉnh Hà Tĩnh)")]
    public string Province { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập địa danh.")]
    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Địa danh (dòng ngày tháng, ví dụ: Cẩm Sơn)")]
    public string PlaceName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập tên cơ quan ban hành.")]
    [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Cơ quan ban hành (mỗi dòng một dòng của tiêu đề)")]
    public string IssuingBodyName { get; set; } = string.Empty;

    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Chủ tịch UBND xã (người ký)")]
    public string? ChairmanName { get; set; }

    [Display(Name = "Cơ quan Nội vụ theo dõi")]
    public Guid? OversightOfficeId { get; set; }

    public static CommuneInput From(Commune c) => new()
    {
        Name = c.Name,
        District = c.District,
        Kind = c.Kind,
        OfficialCode = c.OfficialCode,
        Province = c.Province,
        PlaceName = c.PlaceName,
        IssuingBodyName = c.IssuingBodyName,
        ChairmanName = c.ChairmanName,
        OversightOfficeId = c.OversightOfficeId,
    };

    /// <summary>Header lines one per line, without stray blanks or Windows line ends.</summary>
    public string IssuingBodyLines() =>
        string.Join('\n', IssuingBodyName.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>What the commune form shows: the stored values (none for a new commune), the offices, the concurrency token.</summary>
public sealed record CommuneEditor(CommuneInput? Stored, IReadOnlyList<OversightOffice> Offices, Guid ConcurrencyToken);

/// <summary>
/// Creates a commune (no id) or edits one, through the domain's methods: its printed names, the chairman who signs,
/// the office that oversees it. A save based on a stale read is a conflict with what the other person saved; a name
/// already used in the same district and province is a field error. Administrators only (the /Admin folder's policy).
/// </summary>
public sealed class EditCommune(CcHcDbContext db)
{
    /// <summary>The form for a new commune (<paramref name="id"/> null) or a stored one; null when there is no such commune.</summary>
    public async Task<CommuneEditor?> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        var offices = await db.OversightOffices.AsNoTracking().OrderBy(o => o.Province).ThenBy(o => o.Name).ToListAsync(cancellationToken);
        if (id is null)
        {
            return new CommuneEditor(null, offices, Guid.Empty);
        }

        var commune = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return commune is null
            ? null
            : new CommuneEditor(CommuneInput.From(commune), offices, await db.ConcurrencyTokenAsync<Commune>(commune.Id, cancellationToken));
    }

    /// <param name="formIsValid">False when the form's own checks failed: nothing is saved, every other problem is still reported.</param>
    public async Task<CommandResult> SaveAsync(Guid? id, CommuneInput input, Guid concurrencyToken, bool formIsValid, CancellationToken cancellationToken)
    {
        var offices = await db.OversightOffices.AsNoTracking().ToListAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (input.OversightOfficeId is { } officeId && offices.All(o => o.Id != officeId))
        {
            errors.Add(new FieldError("Input.OversightOfficeId", "Cơ quan Nội vụ đã chọn không còn tồn tại."));
        }

        Commune? commune = null;
        if (id is not null && (commune = await db.Communes.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)) is null)
        {
            return CommandResult.NotFound();
        }

        if (!CommuneKinds.All.Contains(input.Kind))
        {
            errors.Add(new FieldError("Input.Kind", "Loại đơn vị không hợp lệ."));
        }

        if (formIsValid && await IsDuplicateAsync(id, input, cancellationToken))
        {
            errors.Add(DuplicateName(input));
        }

        if (formIsValid && input.OfficialCode?.Trim() is { Length: > 0 } code
            && await db.Communes.IgnoreQueryFilters().AnyAsync(c => c.Id != id && c.OfficialCode == code, cancellationToken))
        {
            errors.Add(new FieldError("Input.OfficialCode", $"Mã đơn vị {code} đã dùng cho một đơn vị khác."));
        }

        if (!formIsValid || errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        try
        {
            if (commune is null)
            {
                commune = new Commune(input.Name, input.District, input.Province, input.PlaceName, input.IssuingBodyLines(), input.Kind);
                db.Communes.Add(commune);
            }
            else
            {
                db.Entry(commune).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = concurrencyToken;
                commune.UpdateNames(input.Name, input.District, input.Province, input.PlaceName, input.IssuingBodyLines());
            }

            commune.SetKindAndCode(input.Kind, input.OfficialCode);
            commune.SetChairman(input.ChairmanName);
            commune.AssignToOffice(input.OversightOfficeId);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(id is null ? $"Đã thêm {commune.Name}." : $"Đã lưu {commune.Name}.");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => $"Input.{field}");
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            return current is null
                ? CommandResult.Invalid(FieldError.ForForm("Xã này vừa bị người khác xóa; không lưu được thay đổi."))
                : CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, current.Id, Differences(CommuneInput.From(current), input, offices), cancellationToken));
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await IsDuplicateAsync(id, input, cancellationToken))
            {
                throw;
            }

            return CommandResult.Invalid(DuplicateName(input));
        }
    }

    /// <summary>"Đã có xã Cẩm Sơn thuộc huyện Cẩm Xuyên, tỉnh Hà Tĩnh." (without a district: "thuộc tỉnh Hà Tĩnh").</summary>
    private static FieldError DuplicateName(CommuneInput input)
    {
        var where = string.IsNullOrWhiteSpace(input.District) ? input.Province.Trim() : $"{input.District.Trim()}, {input.Province.Trim()}";
        return new FieldError("Input.Name", $"Đã có {input.Name.Trim()} thuộc {where}. Mỗi xã chỉ khai báo một lần.");
    }

    private Task<bool> IsDuplicateAsync(Guid? id, CommuneInput input, CancellationToken cancellationToken)
    {
        var name = input.Name.Trim();
        var district = string.IsNullOrWhiteSpace(input.District) ? null : input.District.Trim();
        var province = input.Province.Trim();
        return db.Communes.IgnoreQueryFilters().AnyAsync(
            c => c.Id != id && c.Name == name && c.District == district && c.Province == province, cancellationToken);
    }

    private static IEnumerable<(string, string, string)> Differences(CommuneInput theirs, CommuneInput yours, IReadOnlyList<OversightOffice> offices)
    {
        string Office(Guid? officeId) => offices.FirstOrDefault(o => o.Id == officeId)?.Name ?? string.Empty;
        yield return ("Tên xã", theirs.Name, yours.Name);
        yield return ("Huyện", theirs.District ?? string.Empty, yours.District ?? string.Empty);
        yield return ("Loại đơn vị", CommuneKinds.Label(theirs.Kind), CommuneKinds.Label(yours.Kind));
        yield return ("Mã đơn vị", theirs.OfficialCode ?? string.Empty, yours.OfficialCode ?? string.Empty);
        yield return ("Tỉnh", theirs.Province, yours.Province);
        yield return ("Địa danh", theirs.PlaceName, yours.PlaceName);
        yield return ("Cơ quan ban hành", theirs.IssuingBodyName, yours.IssuingBodyLines());
        yield return ("Chủ tịch UBND xã", theirs.ChairmanName ?? string.Empty, yours.ChairmanName ?? string.Empty);
        yield return ("Cơ quan Nội vụ theo dõi", Office(theirs.OversightOfficeId), Office(yours.OversightOfficeId));
    }
}
