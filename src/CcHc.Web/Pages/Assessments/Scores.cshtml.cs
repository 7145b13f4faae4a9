using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.Web.Features;
using CcHc.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Assessments;

/// <summary>
/// The score sheet: the decision's details and an editable table of the criteria tree, grouped by field, with max,
/// appraised, deduction and the source's stated deduction, running totals and the rule findings beside the numbers.
/// Read with <see cref="ScoreSheetQuery"/>, saved with <see cref="RecordScores"/>, the plan drafted with
/// <see cref="DraftPlanFromAssessment"/>. A criteria tree of up to <see cref="Security.FormLimits.MaxCriteria"/> rows
/// posts in one form (5 values a row).
/// </summary>
[RequestFormLimits(ValueCountLimit = Security.FormLimits.ScoreSheetValueCount)]
public sealed class ScoresModel(ScoreSheetQuery sheets, RecordScores recordScores, DraftPlanFromAssessment draftPlan) : PageModel
{
    [BindProperty]
    public AssessmentInfoInput Info { get; set; } = new();

    [BindProperty]
    public List<ScoreInput> Rows { get; set; } = [];

    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    public ScoreSheet Sheet { get; private set; } = default!;

    public Assessment Assessment => Sheet.Assessment;

    public CriteriaSet CriteriaSet => Sheet.CriteriaSet;

    public AssessmentEvaluation Evaluation => Sheet.Evaluation;

    public ConcurrencyConflict? Conflict { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var sheet = await sheets.LoadAsync(id, User, cancellationToken);
        return await this.AnswerAsync(sheet, () =>
        {
            Sheet = sheet.Value!;
            Info = AssessmentInfoInput.From(Assessment);
            Rows = CriteriaSet.Nodes.Select(n => ScoreInput.From(n, Assessment.ScoreOf(n.Id))).ToList();
            ConcurrencyToken = Sheet.ConcurrencyToken;
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await recordScores.RunAsync(new ScoreSheetInput(id, ConcurrencyToken, Info, Rows), ModelState.IsValid, User, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(new { id });
        }, () => RedisplayAsync(id, result, cancellationToken));
    }

    /// <summary>"Tạo kế hoạch từ kết quả": a draft plan with every deducted criterion, or the existing plan.</summary>
    public async Task<IActionResult> OnPostCreatePlanAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await draftPlan.RunAsync(id, User, cancellationToken);
        return await this.AnswerAsync(result, () =>
        {
            if (result.Message is not null)
            {
                TempData[nameof(Message)] = result.Message;
            }

            return RedirectToPage("/Plans/Details", new { id = result.Value });
        }, () => RedisplayAsync(id, result, cancellationToken));
    }

    /// <summary>The sheet as stored with the clerk's input on top; after a conflict the next save is based on what is stored now.</summary>
    private async Task<IActionResult> RedisplayAsync(Guid id, CommandResult result, CancellationToken cancellationToken)
    {
        var sheet = await sheets.LoadAsync(id, User, cancellationToken);
        if (sheet.Value is null)
        {
            return NotFound();
        }

        Sheet = sheet.Value;
        Conflict = result.Conflict;
        if (result.Status == CommandStatus.Stale)
        {
            ModelState.Remove(nameof(ConcurrencyToken));
            ConcurrencyToken = Sheet.ConcurrencyToken;
        }

        return Page();
    }
}
