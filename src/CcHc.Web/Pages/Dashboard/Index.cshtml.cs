using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Charts;
using CcHc.Web.Features.Plans;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Dashboard;

/// <summary>
/// Tổng quan of one commune for its latest assessment year: points lost per field, the tracked plan's tasks by status
/// (latest issued version), the overdue tasks and those due soon, and — when several years exist — the totals and the
/// field scores year over year. A commune's users see their own commune; a reviewer or the administrator picks one of
/// the communes in scope (?communeId=). Every number comes from the domain (<see cref="AssessmentEvaluation"/>,
/// <see cref="TaskSchedule"/>, <see cref="TaskTally"/>); sample years are labelled as such wherever they appear.
/// </summary>
public sealed class IndexModel(CcHcDbContext db, TimeProvider clock) : PageModel
{
    public const string SampleLabel = "Dữ liệu mẫu — không phải kết quả công bố";

    private static readonly string[] Readers = [AppRoles.Clerk, AppRoles.Chairman, AppRoles.Staff, AppRoles.Reviewer, AppRoles.Administrator];

    [BindProperty(SupportsGet = true)]
    public Guid? CommuneId { get; set; }

    public Commune? Commune { get; private set; }

    /// <summary>For a reviewer or the administrator without ?communeId=: the communes to choose from.</summary>
    public IReadOnlyList<Commune> Choices { get; private set; } = [];

    /// <summary>Every assessment of the commune, oldest first, with its evaluation.</summary>
    public IReadOnlyList<YearResult> Years { get; private set; } = [];

    public YearResult? Current => Years.Count > 0 ? Years[^1] : null;

    public DateOnly Today { get; private set; }

    /// <summary>The latest version of the current year's plan (any status); null without a plan.</summary>
    public RemediationPlanSummary? LatestPlan { get; private set; }

    /// <summary>The tracked plan: the latest issued version of the current year's plan.</summary>
    public RemediationPlanSummary? TrackedPlan { get; private set; }

    public TaskTally? Tasks { get; private set; }

    public IReadOnlyList<OverdueTask> Overdue { get; private set; } = [];

    public HtmlString? DeductionChart { get; private set; }

    public HtmlString? TaskChart { get; private set; }

    public HtmlString? TotalsChart { get; private set; }

    public HtmlString? FieldsChart { get; private set; }

    public bool AnySample => Years.Any(y => y.Assessment.IsSample);

    public sealed record YearResult(Assessment Assessment, AssessmentEvaluation Evaluation)
    {
        public int Year => Assessment.Year;

        public decimal? Total => Assessment.StatedTotal ?? Evaluation.TotalAppraised;

        /// <summary>"2022 (dữ liệu mẫu)" for a sample year, else "2023".</summary>
        public string Label => Assessment.IsSample ? $"{Year} (dữ liệu mẫu)" : Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record RemediationPlanSummary(Guid Id, int Version, PlanStatus Status, string? NumberLine);

    public sealed record OverdueTask(Guid TaskId, string Description, string Item, string Lead, DateOnly DueDate, string Wording);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Readers.Any(User.IsInRole))
        {
            return Forbid();
        }

        Guid communeId;
        if (db.Scope.CommuneId is { } own)
        {
            if (CommuneId is { } asked && asked != own)
            {
                return NotFound();
            }

            communeId = own;
        }
        else if (CommuneId is { } chosen)
        {
            communeId = chosen;
        }
        else
        {
            Choices = await db.Communes.AsNoTracking().OrderBy(c => c.Province).ThenBy(c => c.Name).ToListAsync(cancellationToken);
            return Page();
        }

        Commune = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == communeId, cancellationToken);
        if (Commune is null)
        {
            return NotFound();
        }

        Today = VietnamTime.Today(clock);
        await LoadYearsAsync(communeId, cancellationToken);
        if (Current is { } current)
        {
            await LoadPlanAsync(current, cancellationToken);
        }

        DrawCharts();
        return Page();
    }

    private async Task LoadYearsAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Scores)
            .Where(a => a.CommuneId == communeId).OrderBy(a => a.Year).ToListAsync(cancellationToken);
        var setIds = assessments.Select(a => a.CriteriaSetId).Distinct().ToList();
        var sets = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).Where(s => setIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        Years = assessments.Select(a => new YearResult(a, a.Evaluate(sets[a.CriteriaSetId]))).ToList();
    }

    private async Task LoadPlanAsync(YearResult current, CancellationToken cancellationToken)
    {
        var versions = await db.Plans.AsNoTracking().Where(p => p.AssessmentId == current.Assessment.Id)
            .OrderByDescending(p => p.VersionNumber)
            .Select(p => new { p.Id, p.VersionNumber, p.Status })
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return;
        }

        LatestPlan = new RemediationPlanSummary(versions[0].Id, versions[0].VersionNumber, versions[0].Status, null);
        var issued = versions.FirstOrDefault(v => v.Status == PlanStatus.Issued);
        if (issued is null || await PlanView.LoadAsync(db, issued.Id, track: false, cancellationToken) is not { } view)
        {
            return;
        }

        var plan = view.Plan;
        TrackedPlan = new RemediationPlanSummary(plan.Id, plan.VersionNumber, plan.Status, plan.NumberLine);
        Tasks = TaskTally.Of(plan, Today);
        Overdue = plan.Items
            .SelectMany(item => item.Tasks
                .Where(task => TaskSchedule.Classify(item, task, Today) == DueState.Overdue)
                .Select(task => (item, task, deadline: TaskSchedule.EffectiveDeadline(item, task)!)))
            .OrderBy(x => x.deadline.DueDate)
            .Select(x => new OverdueTask(x.task.Id, x.task.Description, x.item.Heading, view.PositionTitle(x.item.LeadPositionId), x.deadline.DueDate, x.deadline.Wording))
            .ToList();
    }

    private void DrawCharts()
    {
        if (Current is not { } current)
        {
            return;
        }

        var suffix = current.Assessment.IsSample ? $" — {SampleLabel}" : string.Empty;
        var bars = current.Evaluation.Fields.Where(f => f.Deduction is not null).Select(f => new ChartBar(f.Node.Title, f.Deduction!.Value)).ToList();
        DeductionChart = bars.Count == 0
            ? new HtmlString("<p class=\"text-muted\" id=\"no-deduction-figures\">Văn bản nguồn không ghi điểm theo lĩnh vực, nên chưa vẽ được biểu đồ.</p>")
            : SvgCharts.HorizontalBars("chart-deductions", $"Điểm bị trừ theo lĩnh vực, năm {current.Year}{suffix}", bars, "điểm");

        if (Tasks is { } tasks)
        {
            TaskChart = SvgCharts.StackedBar(
                "chart-tasks",
                $"Nhiệm vụ theo trạng thái (kế hoạch phiên bản {TrackedPlan!.Version})",
                [
                    new ChartSegment(TaskSchedule.Label(TaskProgress.NotStarted), tasks.NotStarted, ChartColors.Secondary),
                    new ChartSegment(TaskSchedule.Label(TaskProgress.InProgress), tasks.InProgress, ChartColors.Primary),
                    new ChartSegment(TaskSchedule.Label(TaskProgress.Done), tasks.Done, ChartColors.Success),
                ]);
        }

        if (Years.Count < 2)
        {
            return;
        }

        var sampleNote = AnySample ? $" ({SampleLabel})" : string.Empty;
        TotalsChart = SvgCharts.Line(
            "chart-totals",
            $"Tổng điểm qua các năm{sampleNote}",
            Years.Where(y => y.Total is not null).Select(y => new ChartBar(y.Label, y.Total!.Value)).ToList(),
            current.Evaluation.TotalMax);
        var fields = current.Evaluation.Fields;
        FieldsChart = SvgCharts.GroupedBars(
            "chart-fields",
            $"Điểm thẩm định theo lĩnh vực qua các năm{sampleNote}",
            fields.Select(f => f.Node.Title).ToList(),
            Years.Select((y, i) => new ChartSeries(
                y.Label,
                fields.Select((f, index) => SameField(y.Evaluation, f, index)?.AppraisedScore).ToList(),
                ChartColors.Series[i % ChartColors.Series.Count])).ToList(),
            "điểm");
    }

    /// <summary>The field of another year that matches a field of the current year: same title, else same position.</summary>
    private static NodeResult? SameField(AssessmentEvaluation evaluation, NodeResult field, int index) =>
        evaluation.Fields.FirstOrDefault(f => string.Equals(f.Node.Title, field.Node.Title, StringComparison.Ordinal))
        ?? (index < evaluation.Fields.Count ? evaluation.Fields[index] : null);
}
