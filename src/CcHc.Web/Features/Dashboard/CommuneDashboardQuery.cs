using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Charts;
using CcHc.Web.Features.Tracking;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Dashboard;

/// <summary>
/// The commune dashboard: points lost per field, the tracked plan's tasks by status (<see cref="TrackedPlans"/> of the
/// latest assessment), the overdue tasks on Vietnam's today, and — when several years exist — the totals and the field
/// scores year over year. A commune's users get their own commune (asking for another is not found); a reviewer or the
/// administrator gets the communes in scope to choose from until they pick one.
/// </summary>
public sealed class CommuneDashboardQuery(CcHcDbContext db, TimeProvider clock)
{
    public async Task<CommandResult<CommuneDashboard>> LoadAsync(Guid? communeId, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        if (db.Scope.CommuneId is { } own && communeId is { } asked && asked != own)
        {
            return CommandResult.NotFound().As<CommuneDashboard>();
        }

        if ((db.Scope.CommuneId ?? communeId) is not { } id)
        {
            var choices = await db.ReachedCommunes.AsNoTracking()
                .OrderBy(c => c.Province).ThenBy(c => c.Name).ToListAsync(cancellationToken);
            return CommandResult.Done(CommuneDashboard.ChooseFrom(choices, today));
        }

        var commune = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commune is null)
        {
            return CommandResult.NotFound().As<CommuneDashboard>();
        }

        var years = await YearsAsync(id, cancellationToken);
        var dashboard = new CommuneDashboard(commune, [], years, today, null, null, null, [], DashboardCharts.None);
        // Every tracked plan of the commune, read once: the tasks section shows one of them, the index table all.
        var tracked = await TrackedPlans.Query(db).AsNoTracking().Where(p => p.CommuneId == id)
            .Include(p => p.Items).ThenInclude(i => i.Tasks)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (dashboard.Current is { } current)
        {
            var assessmentId = current.Assessment.Id;
            dashboard = await WithPlanAsync(dashboard, tracked, p => p.AssessmentId == assessmentId, today, cancellationToken);
        }
        else
        {
            // No assessment yet (xã Hà Bắc's and xã Quảng Công's plans name none): the commune's latest plan of any kind.
            dashboard = await WithPlanAsync(dashboard, tracked, p => p.CommuneId == id, today, cancellationToken);
        }

        dashboard = await WithProgressByIndexAsync(dashboard, tracked, cancellationToken);
        dashboard = dashboard with { Predecessors = await PredecessorsAsync(id, cancellationToken) };
        return CommandResult.Done(dashboard with { Charts = DashboardChartDrawer.Draw(dashboard) });
    }

    /// <summary>
    /// Progress by index over every tracked plan of the commune (tracking is per lineage, so several may run at once):
    /// an item counts for its <see cref="RemediationItem.Index"/>, else for its plan's only index; and by component,
    /// for the catalogue nodes the items link (one query, none without linked components).
    /// </summary>
    private async Task<CommuneDashboard> WithProgressByIndexAsync(CommuneDashboard dashboard, List<RemediationPlan> plans, CancellationToken cancellationToken)
    {
        if (plans.Count == 0)
        {
            return dashboard;
        }

        var items = plans.SelectMany(p => p.Items.Select(i => (Item: i, Index: i.Index ?? (p.Indices.Count == 1 ? p.Indices[0] : (IndexKind?)null)))).ToList();
        var byIndex = items.Where(x => x.Index is not null)
            .GroupBy(x => x.Index!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new IndexProgress(g.Key, g.Sum(x => x.Item.Tasks.Count(t => t.Progress == TaskProgress.Done)), g.Sum(x => x.Item.Tasks.Count)))
            .ToList();

        var linked = items.SelectMany(x => x.Item.CriterionIds).Distinct().ToList();
        var components = linked.Count == 0
            ? []
            : await (from node in db.CriterionNodes.AsNoTracking()
                     join set in db.CriteriaSets.AsNoTracking() on node.CriteriaSetId equals set.Id
                     where linked.Contains(node.Id) && set.IndexKind != IndexKind.ParIndex
                     select new { node.Id, node.Code, node.Title, node.Order, set.IndexKind }).ToListAsync(cancellationToken);
        var byComponent = components
            .OrderBy(c => c.IndexKind).ThenBy(c => c.Order)
            .Select(c =>
            {
                var serving = items.Where(x => x.Item.CriterionIds.Contains(c.Id)).ToList();
                return new ComponentProgress(c.IndexKind, c.Code.Length == 0 ? c.Title : $"{c.Code}. {c.Title}",
                    serving.Sum(x => x.Item.Tasks.Count(t => t.Progress == TaskProgress.Done)), serving.Sum(x => x.Item.Tasks.Count));
            })
            .ToList();
        return dashboard with { ByIndex = byIndex, ByComponent = byComponent };
    }

    /// <summary>
    /// The commune's predecessors with their history (the tenant filter lets the caller read it: the lineage claims).
    /// Four queries, none beyond the first when the commune has no predecessor CcHc keeps.
    /// </summary>
    private async Task<IReadOnlyList<PredecessorHistory>> PredecessorsAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var entries = await db.Set<CommunePredecessor>().AsNoTracking().Where(p => p.SuccessorId == communeId)
            .OrderBy(p => p.Order).ToListAsync(cancellationToken);
        var ids = entries.Where(e => e.PredecessorCommuneId is not null).Select(e => e.PredecessorCommuneId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return entries.Select(e => new PredecessorHistory(e.Name, e.Partial, null, null, null, [], [])).ToList();
        }

        var communes = await db.Communes.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var assessments = (await db.Assessments.AsNoTracking().Include(a => a.Scores).Where(a => ids.Contains(a.CommuneId)).OrderBy(a => a.Year).ToListAsync(cancellationToken));
        var setIds = assessments.Select(a => a.CriteriaSetId).Distinct().ToList();
        var sets = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).Where(s => setIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var plans = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.CommuneId))
            .Select(p => new { p.Id, p.CommuneId, p.LineageId, p.Kind, p.Year, p.ToYear, p.VersionNumber, p.Status, p.DocumentNumber, p.DocumentSymbol })
            .ToListAsync(cancellationToken);
        return entries.Select(e =>
        {
            // A predecessor the caller cannot read (not in its history) shows by name only.
            if (e.PredecessorCommuneId is not { } id || !communes.TryGetValue(id, out var commune))
            {
                return new PredecessorHistory(e.Name, e.Partial, null, null, null, [], []);
            }

            var years = assessments.Where(a => a.CommuneId == id)
                .Select(a => new HistoryAssessment(a.Id, a.Year, a.StatedTotal ?? a.Evaluate(sets[a.CriteriaSetId]).TotalAppraised, a.IsSample)).ToList();
            var lineages = plans.Where(p => p.CommuneId == id).GroupBy(p => p.LineageId)
                .Select(g => g.OrderByDescending(p => p.VersionNumber).First())
                .OrderBy(p => p.Year)
                .Select(p => new HistoryPlan(p.Id, p.Kind, p.Year, p.ToYear, p.VersionNumber, p.Status, DocumentNumbers.Line(p.DocumentNumber, p.DocumentSymbol)))
                .ToList();
            return new PredecessorHistory(e.Name, e.Partial, id, commune.Name, commune.ValidUntil, years, lineages);
        }).ToList();
    }

    private async Task<List<YearResult>> YearsAsync(Guid communeId, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Scores)
            .Where(a => a.CommuneId == communeId).OrderBy(a => a.Year).ToListAsync(cancellationToken);
        var setIds = assessments.Select(a => a.CriteriaSetId).Distinct().ToList();
        var sets = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).Where(s => setIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return assessments.Select(a => new YearResult(a, a.Evaluate(sets[a.CriteriaSetId]))).ToList();
    }

    /// <summary>The tasks section: the latest version of the plans <paramref name="which"/> picks, and the tracked one among <paramref name="tracked"/>.</summary>
    private async Task<CommuneDashboard> WithPlanAsync(
        CommuneDashboard dashboard, List<RemediationPlan> tracked, System.Linq.Expressions.Expression<Func<RemediationPlan, bool>> which,
        DateOnly today, CancellationToken cancellationToken)
    {
        var latest = await db.Plans.AsNoTracking().Where(which)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.VersionNumber)
            .Select(p => new PlanSummary(p.Id, p.VersionNumber, p.Status, null))
            .FirstOrDefaultAsync(cancellationToken);
        var plan = tracked.AsQueryable().Where(which)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.VersionNumber)
            .FirstOrDefault();
        if (plan is null)
        {
            return dashboard with { LatestPlan = latest };
        }

        var communeId = plan.CommuneId;
        var titles = await db.Positions.AsNoTracking().Where(p => p.CommuneId == null || p.CommuneId == communeId)
            .ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var overdue = plan.Items
            .SelectMany(item => item.Tasks
                .Where(task => TaskSchedule.Classify(item, task, today) == DueState.Overdue)
                .Select(task => (item, task, deadline: TaskSchedule.EffectiveDeadline(item, task)!)))
            .OrderBy(x => x.deadline.DueDate)
            .Select(x => new OverdueTask(x.task.Id, x.task.Description, x.item.Heading,
                x.item.LeadPositionId is { } lead && titles.TryGetValue(lead, out var title) ? title : Formatting.Unknown,
                x.deadline.DueDate, x.deadline.Wording))
            .ToList();
        return dashboard with
        {
            LatestPlan = latest,
            TrackedPlan = new PlanSummary(plan.Id, plan.VersionNumber, plan.Status, plan.NumberLine),
            Tasks = TaskTally.Of(plan, today),
            Overdue = overdue,
        };
    }
}

/// <summary>The dashboard's charts from its numbers; sample years are labelled as such wherever they appear.</summary>
internal static class DashboardChartDrawer
{
    public static DashboardCharts Draw(CommuneDashboard dashboard)
    {
        if (dashboard.Current is not { } current)
        {
            return DashboardCharts.None;
        }

        var suffix = current.Assessment.IsSample ? $" — {CommuneDashboard.SampleLabel}" : string.Empty;
        var bars = current.Evaluation.Fields.Where(f => f.Deduction is not null).Select(f => new ChartBar(f.Node.Title, f.Deduction!.Value)).ToList();
        var deductions = bars.Count == 0
            ? new HtmlString("<p class=\"text-muted\" id=\"no-deduction-figures\">Văn bản nguồn không ghi điểm theo lĩnh vực, nên chưa vẽ được biểu đồ.</p>")
            : SvgCharts.HorizontalBars("chart-deductions", $"Điểm bị trừ theo lĩnh vực, năm {current.Year}{suffix}", bars, "điểm");
        var tasks = dashboard.Tasks is { } tally
            ? SvgCharts.StackedBar(
                "chart-tasks",
                $"Nhiệm vụ theo trạng thái (kế hoạch phiên bản {dashboard.TrackedPlan!.Version})",
                [
                    new ChartSegment(TaskSchedule.Label(TaskProgress.NotStarted), tally.NotStarted, ChartColors.Secondary),
                    new ChartSegment(TaskSchedule.Label(TaskProgress.InProgress), tally.InProgress, ChartColors.Primary),
                    new ChartSegment(TaskSchedule.Label(TaskProgress.Done), tally.Done, ChartColors.Success),
                ])
            : null;
        if (dashboard.Years.Count < 2)
        {
            return new DashboardCharts(deductions, tasks, null, null);
        }

        var years = dashboard.Years;
        var sampleNote = dashboard.AnySample ? $" ({CommuneDashboard.SampleLabel})" : string.Empty;
        var totals = SvgCharts.Line(
            "chart-totals",
            $"Tổng điểm qua các năm{sampleNote}",
            years.Where(y => y.Total is not null).Select(y => new ChartBar(y.Label, y.Total!.Value)).ToList(),
            current.Evaluation.TotalMax);
        var fields = current.Evaluation.Fields;
        var fieldChart = SvgCharts.GroupedBars(
            "chart-fields",
            $"Điểm thẩm định theo lĩnh vực qua các năm{sampleNote}",
            fields.Select(f => f.Node.Title).ToList(),
            years.Select((y, i) => new ChartSeries(
                y.Label,
                fields.Select((f, index) => SameField(y.Evaluation, f, index)?.AppraisedScore).ToList(),
                ChartColors.Series[i % ChartColors.Series.Count])).ToList(),
            "điểm");
        return new DashboardCharts(deductions, tasks, totals, fieldChart);
    }

    /// <summary>The field of another year that matches a field of the current year: same title, else same position.</summary>
    private static NodeResult? SameField(AssessmentEvaluation evaluation, NodeResult field, int index) =>
        evaluation.Fields.FirstOrDefault(f => string.Equals(f.Node.Title, field.Node.Title, StringComparison.Ordinal))
        ?? (index < evaluation.Fields.Count ? evaluation.Fields[index] : null);
}
