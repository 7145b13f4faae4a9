using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Criteria;
using CcHc.Web.Features;
using CcHc.Web.Features.Criteria;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>"Copy last year's set" (<see cref="CopyCriteriaSet"/>); the copy opens in the editor. Administrators, and the reviewer of the set's province (Features/Authorization/CriteriaSetAuthorization).</summary>
public sealed class CopyModel(CopyCriteriaSet copyCriteriaSet) : PageModel
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
        if (await copyCriteriaSet.ProposeAsync(id, cancellationToken) is not { } proposal)
        {
            return NotFound();
        }

        Source = proposal.Source;
        Input = new InputModel { Name = proposal.Name, Year = proposal.Year };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await copyCriteriaSet.RunAsync(id, Input.Name, Input.Year, ModelState.IsValid, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Edit", new { id = result.Value });
        }, async () =>
        {
            if (await copyCriteriaSet.ProposeAsync(id, cancellationToken) is not { } proposal)
            {
                return NotFound();
            }

            Source = proposal.Source;
            return Page();
        });
    }
}
