using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>
/// "Copy last year's set": the same tree and classification bands for another year (<see cref="CriteriaSet.CopyForYear"/>),
/// under a name the administrator may change. The copy opens in the editor. Administrators only.
/// </summary>
public sealed class CopyModel(CcHcDbContext db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public CriteriaSet Source { get; private set; } = default!;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nhập tên bộ tiêu chí mới.")]
        [StringLength(300, ErrorMessage = "Tối đa {1} ký tự.")]
        [Display(Name = "Tên bộ tiêu chí mới")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Nhập năm.")]
        [Range(2000, 2100, ErrorMessage = "Năm phải từ {1} đến {2}.")]
        [Display(Name = "Năm đánh giá của bộ mới")]
        public int? Year { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var year = Source.Year + 1;
        Input = new InputModel
        {
            Year = year,
            Name = Source.Name.Contains(Source.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                ? Source.Name.Replace(Source.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                : $"{Source.Name} ({year})",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var name = Input.Name?.Trim() ?? string.Empty;
        if (Input.Year is { } year && await db.CriteriaSets.AnyAsync(s => s.Name == name && s.Year == year, cancellationToken))
        {
            ModelState.AddModelError("Input.Name", $"Đã có bộ tiêu chí \"{name}\" năm {year}. Đặt tên khác.");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var copy = Source.CopyForYear(Input.Year!.Value, name);
                db.CriteriaSets.Add(copy);
                await db.SaveChangesAsync(cancellationToken);
                TempData["Message"] = $"Đã sao chép thành \"{copy.Name}\" năm {copy.Year}.";
                return RedirectToPage("Edit", new { id = copy.Id });
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var source = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return false;
        }

        Source = source;
        return true;
    }
}
