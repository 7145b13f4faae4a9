using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Assessments;

/// <summary>
/// The score sheet: the decision's details and an editable table of the criteria tree, grouped by field, with max,
/// appraised, deduction and the source's stated deduction, running totals and the rule findings beside the numbers.
/// Input errors (malformed numbers, scores out of range) block saving and are shown on their cell; nothing is
/// half-saved. The source's own inconsistencies are shown, not blocked.
/// A criteria tree of up to <see cref="Security.FormLimits.MaxCriteria"/> rows posts in one form (5 values a row).
/// </summary>
[RequestFormLimits(ValueCountLimit = Security.FormLimits.ScoreSheetValueCount)]
public sealed class ScoresModel(CcHcDbContext db) : PageModel
{
    [BindProperty]
    public AssessmentInfoInput Info { get; set; } = new();

    [BindProperty]
    public List<ScoreInput> Rows { get; set; } = [];

    [BindProperty]
    public Guid Stamp { get; set; }

    public Assessment Assessment { get; private set; } = default!;

    public CriteriaSet CriteriaSet { get; private set; } = default!;

    public AssessmentEvaluation Evaluation { get; private set; } = default!;

    public string CommuneName { get; private set; } = string.Empty;

    public bool Locked { get; private set; }

    public bool MayEdit => User.IsInRole(AppRoles.Clerk) && !Locked;

    public Guid? PlanId { get; private set; }

    public string? Conflict { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public sealed class ScoreInput
    {
        public Guid NodeId { get; set; }

        [StringLength(12)]
        public string? Appraised { get; set; }

        [StringLength(12)]
        public string? SelfAssessed { get; set; }

        [StringLength(12)]
        public string? StatedDeduction { get; set; }

        [StringLength(2000, ErrorMessage = "Nguyên nhân tối đa {1} ký tự.")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, track: false, cancellationToken))
        {
            return NotFound();
        }

        Info = AssessmentInfoInput.From(Assessment);
        Rows = CriteriaSet.Nodes.Select(n => ToInput(n, Assessment.ScoreOf(n.Id))).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, track: true, cancellationToken))
        {
            return NotFound();
        }

        if (!User.IsInRole(AppRoles.Clerk))
        {
            return Forbid();
        }

        if (Locked)
        {
            ModelState.AddModelError(string.Empty, AssessmentAccess.LockedMessage);
            return Refused();
        }

        var (decision, rank, total) = Info.Validate(ModelState, nameof(Info));
        var nodes = CriteriaSet.Nodes.ToDictionary(n => n.Id);
        var parsed = new List<(CriterionNode Node, decimal? Appraised, decimal? Self, decimal? Stated, string? Reason, int Index)>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (!nodes.TryGetValue(row.NodeId, out var node))
            {
                ModelState.AddModelError($"Rows[{i}].Appraised", "Tiêu chí không thuộc bộ tiêu chí của kết quả này.");
                continue;
            }

            parsed.Add((node, Score(row.Appraised, $"Rows[{i}].Appraised"), Score(row.SelfAssessed, $"Rows[{i}].SelfAssessed"),
                Score(row.StatedDeduction, $"Rows[{i}].StatedDeduction"), row.Reason, i));
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.Entry(Assessment).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = Stamp;
                Assessment.UpdateDecision(decision!);
                Assessment.SetResult(total, rank, Info.Classification);
                foreach (var (node, appraised, self, stated, reason, index) in parsed)
                {
                    try
                    {
                        Assessment.RecordScore(node, appraised, stated, self, reason);
                    }
                    catch (DomainException ex)
                    {
                        ModelState.AddModelError($"Rows[{index}].Appraised", ex.Message);
                    }
                }

                if (ModelState.IsValid)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    var findings = Assessment.Evaluate(CriteriaSet).Findings.Count;
                    Message = findings == 0 ? "Đã lưu bảng điểm." : $"Đã lưu bảng điểm. Có {findings} điểm cần lưu ý (xem cột Lưu ý).";
                    return RedirectToPage(new { id });
                }
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                var last = await db.AuditEntries.AsNoTracking()
                    .Where(a => a.RootId == id.ToString())
                    .OrderByDescending(a => a.Id).Select(a => new { a.UserName, a.At }).FirstOrDefaultAsync(cancellationToken);
                Conflict = $"{last?.UserName ?? "Người khác"} đã lưu bảng điểm này"
                    + (last is null ? string.Empty : $" lúc {Formatting.DateTime(last.At.ToOffset(TimeSpan.FromHours(7)))}")
                    + ". Bảng điểm bạn nhập chưa được lưu và vẫn còn bên dưới; bấm Lưu lần nữa để ghi đè, hoặc mở lại trang để xem bản của người kia.";
                db.ChangeTracker.Clear();
                Stamp = await db.ConcurrencyTokenAsync<CcHc.Domain.Assessments.Assessment>(id, cancellationToken);
                ModelState.Remove(nameof(Stamp));
                Response.StatusCode = StatusCodes.Status409Conflict;
                await LoadAsync(id, track: false, cancellationToken);
                return Page();
            }
        }

        return Refused();
    }

    /// <summary>"Tạo kế hoạch từ kết quả": a draft plan with every deducted criterion, or the existing plan.</summary>
    public async Task<IActionResult> OnPostCreatePlanAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, track: false, cancellationToken))
        {
            return NotFound();
        }

        if (!User.IsInRole(AppRoles.Clerk))
        {
            return Forbid();
        }

        if (PlanId is { } existing)
        {
            return RedirectToPage("/Plans/Details", new { id = existing });
        }

        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == Assessment.CommuneId, cancellationToken);
        var plan = PlanDrafter.Draft(commune, Assessment, Evaluation);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Đã tạo dự thảo kế hoạch với {plan.Items.Count} nội dung khắc phục. Bổ sung nguyên nhân, nhiệm vụ, chủ trì cho từng nội dung.";
        return RedirectToPage("/Plans/Details", new { id = plan.Id });
    }

    private PageResult Refused()
    {
        db.ChangeTracker.Clear();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private decimal? Score(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (VietnameseNumbers.TryParseScore(text, out var value))
        {
            return value;
        }

        ModelState.AddModelError(key, $"\"{text.Trim()}\" không phải là số điểm (ví dụ 1,43).");
        return null;
    }

    private async Task<bool> LoadAsync(Guid id, bool track, CancellationToken cancellationToken)
    {
        var assessments = track ? db.Assessments : db.Assessments.AsNoTracking();
        var assessment = await assessments.Include(a => a.Scores).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return false;
        }

        Assessment = assessment;
        CriteriaSet = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleAsync(s => s.Id == assessment.CriteriaSetId, cancellationToken);
        Evaluation = assessment.Evaluate(CriteriaSet);
        CommuneName = await db.Communes.Where(c => c.Id == assessment.CommuneId).Select(c => c.Name).SingleAsync(cancellationToken);
        Locked = await AssessmentAccess.IsLockedAsync(db, id, cancellationToken);
        PlanId = await db.Plans.Where(p => p.AssessmentId == id).OrderByDescending(p => p.VersionNumber).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (!track)
        {
            Stamp = await db.ConcurrencyTokenAsync<CcHc.Domain.Assessments.Assessment>(id, cancellationToken);
        }
        return true;
    }

    private static ScoreInput ToInput(CriterionNode node, CriterionScore? score) => new()
    {
        NodeId = node.Id,
        Appraised = score?.AppraisedScore is { } a ? VietnameseNumbers.Score(a) : null,
        SelfAssessed = score?.SelfAssessedScore is { } s ? VietnameseNumbers.Score(s) : null,
        StatedDeduction = score?.StatedDeduction is { } d ? VietnameseNumbers.Score(d) : null,
        Reason = score?.Reason,
    };
}
