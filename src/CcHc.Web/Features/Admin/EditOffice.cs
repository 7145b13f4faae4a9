using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Admin;

/// <summary>An upper-level Nội vụ office's fields as the administrator types them.</summary>
public sealed class OfficeInput
{
    [Required(ErrorMessage = "Nhập tên cơ quan.")]
    [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Tên cơ quan (như văn bản ghi, ví dụ: Sở Nội vụ tỉnh Hà Tĩnh)")]
    public string Name { get; set; } = string.Empty;

    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Huyện (chỉ với Phòng Nội vụ trước 01/7/2025; để trống nếu là Sở Nội vụ)")]
    public string? District { get; set; }

    [Required(ErrorMessage = "Nhập tỉnh.")]
    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Tỉnh")]
    public string Province { get; set; } = string.Empty;

    public static OfficeInput From(OversightOffice office) => new() { Name = office.Name, District = office.District, Province = office.Province };
}

/// <summary>The office form: the stored values (none for a new office) and the concurrency token they were read with.</summary>
public sealed record OfficeEditor(OfficeInput? Stored, Guid ConcurrencyToken);

/// <summary>
/// Creates (no id) or renames an upper-level Nội vụ office. Office names are unique: a name already used is a field
/// error. A save based on a stale read is a conflict with what the other person saved. Administrators only (the /Admin
/// folder's policy).
/// </summary>
public sealed class EditOffice(CcHcDbContext db)
{
    public async Task<OfficeEditor?> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return new OfficeEditor(null, Guid.Empty);
        }

        var office = await db.OversightOffices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return office is null ? null : new OfficeEditor(OfficeInput.From(office), await db.ConcurrencyTokenAsync<OversightOffice>(office.Id, cancellationToken));
    }

    /// <param name="formIsValid">False when the form's own checks failed: nothing is saved.</param>
    public async Task<CommandResult> SaveAsync(Guid? id, OfficeInput input, Guid concurrencyToken, bool formIsValid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        OversightOffice? office = null;
        if (id is not null && (office = await db.OversightOffices.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)) is null)
        {
            return CommandResult.NotFound();
        }

        if (!formIsValid)
        {
            return CommandResult.Invalid();
        }

        try
        {
            if (office is null)
            {
                office = new OversightOffice(input.Name, input.District, input.Province);
                db.OversightOffices.Add(office);
            }
            else
            {
                db.Entry(office).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = concurrencyToken;
                office.Rename(input.Name, input.District, input.Province);
            }

            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done(id is null ? $"Đã thêm {office.Name}." : $"Đã lưu {office.Name}.");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => $"Input.{field}");
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.OversightOffices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            return current is null
                ? CommandResult.Invalid(FieldError.ForForm("Cơ quan này vừa bị người khác xóa; không lưu được thay đổi."))
                : CommandResult.Stale(await ConcurrencyConflict.DescribeAsync(db, current.Id, Differences(OfficeInput.From(current), input), cancellationToken));
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var name = input.Name.Trim();
            if (!await db.OversightOffices.IgnoreQueryFilters().AnyAsync(o => o.Id != id && o.Name == name, cancellationToken))
            {
                throw;
            }

            return CommandResult.Invalid(new FieldError("Input.Name", $"Đã có cơ quan tên \"{name}\". Tên cơ quan Nội vụ không được trùng."));
        }
    }

    private static IEnumerable<(string, string, string)> Differences(OfficeInput theirs, OfficeInput yours)
    {
        yield return ("Tên cơ quan", theirs.Name, yours.Name);
        yield return ("Huyện", theirs.District ?? string.Empty, yours.District ?? string.Empty);
        yield return ("Tỉnh", theirs.Province, yours.Province);
    }
}
