using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Criteria;
using CcHc.Web.Features;
using CcHc.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Assessments;

/// <summary>Start the assessment of the clerk's commune for a year (<see cref="CreateAssessment"/>).</summary>
public sealed class CreateModel(CreateAssessment createAssessment) : PageModel
{
    [BindProperty]
    public AssessmentInfoInput Input { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Chọn bộ tiêu chí.")]
    [Display(Name = "Bộ tiêu chí")]
    public Guid? CriteriaSetId { get; set; }

    public IReadOnlyList<CriteriaSet> Sets => Form.Sets;

    public string CommuneName => Form.CommuneName;

    /// <summary>Why the year cannot be started and whom to ask (no criteria set for the province and year), or null.</summary>
    public string? MissingSet => Form.MissingSet;

    /// <summary>The years that have a criteria set for the commune's province.</summary>
    public IReadOnlyList<int> Years => Form.Years;

    /// <summary>The year the clerk wants to start, from the dashboard's or the empty state's links.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? RequestedYear { get; set; }

    private AssessmentCreationForm Form { get; set; } = new(Guid.Empty, string.Empty, [], 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var form = await createAssessment.FormAsync(User, cancellationToken, RequestedYear);
        return await this.AnswerAsync(form, () =>
        {
            Form = form.Value!;
            Input.Year = Form.DefaultYear;
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var form = await createAssessment.FormAsync(User, cancellationToken);
        if (form.Value is null)
        {
            return await this.AnswerAsync(form, Page, () => Task.FromResult<IActionResult>(Page()));
        }

        Form = form.Value;
        var result = await createAssessment.RunAsync(Form, CriteriaSetId, Input, ModelState.IsValid, cancellationToken);
        return await this.AnswerAsync(result, () => RedirectToPage("Scores", new { id = result.Value }), () => Task.FromResult<IActionResult>(Page()));
    }
}
