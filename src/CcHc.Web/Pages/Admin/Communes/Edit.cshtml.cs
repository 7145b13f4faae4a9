using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.Communes;

/// <summary>
/// Creates a commune (no id) or edits one, through the domain's methods: its printed names, the chairman who signs,
/// the office that oversees it. Administrators only. A save based on a stale read is refused and shows what the other
/// person saved, keeping the administrator's input; a name already used in the same district and province is a field
/// message.
/// </summary>
public sealed class EditModel(CcHcDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public Guid Stamp { get; set; }

    public bool IsNew { get; private set; }

    public IReadOnlyList<OversightOffice> Offices { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nhập tên xã.")]
        [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Tên xã (như văn bản ghi, ví dụ: xã Cẩm Sơn)")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Nhập huyện.")]
        [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Huyện (ví dụ: huyện Cẩm Xuyên)")]
        public string District { get; set; } = string.Empty;

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

        public static InputModel From(Commune c) => new()
        {
            Name = c.Name,
            District = c.District,
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

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadOfficesAsync(cancellationToken);
        IsNew = id is null;
        if (id is null)
        {
            return Page();
        }

        var commune = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commune is null)
        {
            return NotFound();
        }

        Input = InputModel.From(commune);
        Stamp = await StampOfAsync(commune.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadOfficesAsync(cancellationToken);
        IsNew = id is null;
        if (Input.OversightOfficeId is { } officeId && Offices.All(o => o.Id != officeId))
        {
            ModelState.AddModelError("Input.OversightOfficeId", "Cơ quan Nội vụ đã chọn không còn tồn tại.");
        }

        Commune? commune = null;
        if (id is not null)
        {
            commune = await db.Communes.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (commune is null)
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
            if (commune is null)
            {
                commune = new Commune(Input.Name, Input.District, Input.Province, Input.PlaceName, Input.IssuingBodyLines());
                db.Communes.Add(commune);
            }
            else
            {
                db.Entry(commune).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = Stamp;
                commune.UpdateNames(Input.Name, Input.District, Input.Province, Input.PlaceName, Input.IssuingBodyLines());
            }

            commune.SetChairman(Input.ChairmanName);
            commune.AssignToOffice(Input.OversightOfficeId);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = IsNew ? $"Đã thêm {commune.Name}." : $"Đã lưu {commune.Name}.";
            return RedirectToPage("Index");
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (current is null)
            {
                ModelState.AddModelError(string.Empty, "Xã này vừa bị người khác xóa; không lưu được thay đổi.");
            }
            else
            {
                Conflict = await ConcurrencyConflict.DescribeAsync(db, current.Id, Compare(InputModel.From(current), Input), cancellationToken);

                // The next save is based on what is now stored, so the administrator can reapply their change deliberately.
                Stamp = await StampOfAsync(current.Id, cancellationToken);
                ModelState.Remove(nameof(Stamp));
            }
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await IsDuplicateAsync(id, cancellationToken))
            {
                throw;
            }

            ModelState.AddModelError("Input.Name", $"Đã có {Input.Name.Trim()} thuộc {Input.District.Trim()}, {Input.Province.Trim()}. Mỗi xã chỉ khai báo một lần.");
        }

        Response.StatusCode = Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Page();
    }

    private Task<bool> IsDuplicateAsync(Guid? id, CancellationToken cancellationToken)
    {
        var name = Input.Name.Trim();
        var district = Input.District.Trim();
        var province = Input.Province.Trim();
        return db.Communes.IgnoreQueryFilters().AnyAsync(
            c => c.Id != id && c.Name == name && c.District == district && c.Province == province, cancellationToken);
    }

    private Task<Guid> StampOfAsync(Guid id, CancellationToken cancellationToken) =>
        db.ConcurrencyTokenAsync<CcHc.Domain.Communes.Commune>(id, cancellationToken);

    private async Task LoadOfficesAsync(CancellationToken cancellationToken) =>
        Offices = await db.OversightOffices.AsNoTracking().OrderBy(o => o.Province).ThenBy(o => o.Name).ToListAsync(cancellationToken);

    private IEnumerable<(string, string, string)> Compare(InputModel theirs, InputModel yours)
    {
        string Office(Guid? officeId) => Offices.FirstOrDefault(o => o.Id == officeId)?.Name ?? string.Empty;
        yield return ("Tên xã", theirs.Name, yours.Name);
        yield return ("Huyện", theirs.District, yours.District);
        yield return ("Tỉnh", theirs.Province, yours.Province);
        yield return ("Địa danh", theirs.PlaceName, yours.PlaceName);
        yield return ("Cơ quan ban hành", theirs.IssuingBodyName, yours.IssuingBodyLines());
        yield return ("Chủ tịch UBND xã", theirs.ChairmanName ?? string.Empty, yours.ChairmanName ?? string.Empty);
        yield return ("Cơ quan Nội vụ theo dõi", Office(theirs.OversightOfficeId), Office(yours.OversightOfficeId));
    }
}
