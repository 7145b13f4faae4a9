using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.Communes;

/// <summary>Creates (no id) or renames an upper-level Nội vụ office. Administrators only. Office names are unique.</summary>
public sealed class EditOfficeModel(CcHcDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nhập tên cơ quan.")]
        [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Tên cơ quan (như văn bản ghi, ví dụ: Phòng Nội vụ huyện Cẩm Xuyên)")]
        public string Name { get; set; } = string.Empty;

        [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Huyện (để trống nếu là Sở Nội vụ)")]
        public string? District { get; set; }

        [Required(ErrorMessage = "Nhập tỉnh.")]
        [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Tỉnh")]
        public string Province { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (id is null)
        {
            return Page();
        }

        var office = await db.OversightOffices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (office is null)
        {
            return NotFound();
        }

        Input = new InputModel { Name = office.Name, District = office.District, Province = office.Province };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        OversightOffice? office = null;
        if (id is not null)
        {
            office = await db.OversightOffices.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (office is null)
            {
                return NotFound();
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (office is null)
            {
                office = new OversightOffice(Input.Name, Input.District, Input.Province);
                db.OversightOffices.Add(office);
            }
            else
            {
                office.Rename(Input.Name, Input.District, Input.Province);
            }

            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = IsNew ? $"Đã thêm {office.Name}." : $"Đã lưu {office.Name}.";
            return RedirectToPage("Index");
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var name = Input.Name.Trim();
            if (!await db.OversightOffices.IgnoreQueryFilters().AnyAsync(o => o.Id != id && o.Name == name, cancellationToken))
            {
                throw;
            }

            ModelState.AddModelError("Input.Name", $"Đã có cơ quan tên \"{name}\". Tên cơ quan Nội vụ không được trùng.");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
