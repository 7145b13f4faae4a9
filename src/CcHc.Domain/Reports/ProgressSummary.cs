using CcHc.Domain.Common;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Reports;

/// <summary>One task as a progress report shows it, as it stood at the period's cut-off.</summary>
/// <param name="InPeriod">Notes dated within the period (lead and supporting positions), oldest first.</param>
/// <param name="Before">The latest lead note dated before the period, if any ("đã thực hiện trước kỳ").</param>
/// <param name="EvidenceFileNames">Files uploaded before the cut-off and not withdrawn before it.</param>
public sealed record TaskProgressLine(
    int ItemNumber,
    string ItemHeading,
    Guid TaskId,
    string Description,
    Deadline? Deadline,
    TaskProgress Status,
    DueState DueState,
    IReadOnlyList<DatedNote> InPeriod,
    DatedNote? Before,
    IReadOnlyList<string> EvidenceFileNames,
    bool AtRisk,
    string? RiskReason);

/// <summary>
/// The figures of a periodic progress report (báo cáo định kỳ): each task of an issued plan version as it stood at
/// the end of a <see cref="ReportingPeriod"/> (Vietnam time, end of the last day). Pure: the same inputs give the same
/// summary, so the page, the PDF, the workbook and the Word file agree.
/// <list type="bullet">
/// <item>What was done: notes dated within the period, and the latest lead note dated before it. A note dated after the
/// period's last day is not in the report.</item>
/// <item>Status at the cut-off: the lead's latest status dated on or before the last day (as the results report does).</item>
/// <item>Evidence: files uploaded before the cut-off instant and not withdrawn before it (a file withdrawn after the
/// cut-off is still listed: it was evidence when the period ended).</item>
/// <item>At risk: not done and overdue at the cut-off, or due within <see cref="AtRiskHorizonDays"/> days after it.</item>
/// </list>
/// </summary>
public sealed class ProgressSummary
{
    /// <summary>A task not done and due within this many days after the period's end is "at risk" (nguy cơ chậm).</summary>
    public const int AtRiskHorizonDays = 30;

    private ProgressSummary(ReportingPeriod period, IReadOnlyList<TaskProgressLine> tasks)
    {
        Period = period;
        Tasks = tasks;
    }

    public ReportingPeriod Period { get; }

    public IReadOnlyList<TaskProgressLine> Tasks { get; }

    public int TasksTotal => Tasks.Count;

    public int TasksDone => Tasks.Count(t => t.Status == TaskProgress.Done);

    public int TasksInProgress => Tasks.Count(t => t.Status == TaskProgress.InProgress);

    public int TasksNotStarted => Tasks.Count(t => t.Status == TaskProgress.NotStarted);

    public int TasksOverdue => Tasks.Count(t => t.DueState == DueState.Overdue);

    public int TasksAtRisk => Tasks.Count(t => t.AtRisk);

    /// <summary>Tasks with at least one note dated within the period.</summary>
    public int TasksReportedInPeriod => Tasks.Count(t => t.InPeriod.Count > 0);

    public static ProgressSummary Build(
        RemediationPlan plan,
        ReportingPeriod period,
        IEnumerable<TaskNote> notes,
        IEnumerable<EvidenceFile> evidence,
        IEnumerable<EvidenceWithdrawal> withdrawals)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(withdrawals);
        plan.EnsureIssued();

        var end = period.End;
        var cutOff = period.CutOff;
        var planNotes = notes.Where(n => n.PlanId == plan.Id).ToList();
        var byTask = planNotes.Where(n => n.Date <= end).ToLookup(n => n.TaskId);
        var leadNotes = planNotes.Where(n => n.Role == TaskRole.Lead).ToList();
        var movedLater = leadNotes.Where(n => n.Progress is not null && n.Date > end).Select(n => n.TaskId).ToHashSet();
        var statusAtEnd = leadNotes
            .Where(n => n.Progress is not null && n.Date <= end)
            .GroupBy(n => n.TaskId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Date).ThenByDescending(n => n.At).First().Progress!.Value);
        var withdrawnBefore = withdrawals.Where(w => w.PlanId == plan.Id && w.At < cutOff).Select(w => w.EvidenceFileId).ToHashSet();
        var files = evidence
            .Where(f => f.PlanId == plan.Id && f.UploadedAt < cutOff && !withdrawnBefore.Contains(f.Id))
            .OrderBy(f => f.UploadedAt)
            .ToLookup(f => f.TaskId, f => f.FileName);

        // A task whose log moved after the period stands where its log put it on the last day; a task whose log
        // never moved after it stands where it is (its stored status, which the log produced).
        TaskProgress StatusOf(PlanTask task) =>
            !movedLater.Contains(task.Id) ? task.Progress : statusAtEnd.GetValueOrDefault(task.Id, TaskProgress.NotStarted);

        var lines = new List<TaskProgressLine>();
        var number = 0;
        foreach (var item in plan.Items)
        {
            number++;
            foreach (var task in item.Tasks.OrderBy(t => t.Order))
            {
                var status = StatusOf(task);
                var deadline = TaskSchedule.EffectiveDeadline(item, task);
                var due = TaskSchedule.Classify(status, deadline, end);
                var taskNotes = byTask[task.Id].Where(n => n.Text.Length > 0).ToList();
                var inPeriod = taskNotes.Where(n => n.Date >= period.Start)
                    .OrderBy(n => n.Date).ThenBy(n => n.At)
                    .Select(n => new DatedNote(n.Date, n.Text, n.AuthorName)).ToList();
                var before = taskNotes.Where(n => n.Date < period.Start && n.Role == TaskRole.Lead)
                    .OrderByDescending(n => n.Date).ThenByDescending(n => n.At)
                    .Select(n => new DatedNote(n.Date, n.Text, n.AuthorName)).FirstOrDefault();
                var risk = RiskOf(status, deadline, end);
                lines.Add(new TaskProgressLine(number, item.Heading, task.Id, task.Description, deadline, status, due, inPeriod, before,
                    files[task.Id].ToList(), risk is not null, risk));
            }
        }

        return new ProgressSummary(period, lines);
    }

    /// <summary>Why a task is at risk at the period's end, or null: done, no deadline, or due later than the horizon.</summary>
    public static string? RiskOf(TaskProgress status, Deadline? deadline, DateOnly periodEnd)
    {
        if (status == TaskProgress.Done || deadline is null)
        {
            return null;
        }

        if (deadline.IsOverdue(periodEnd))
        {
            return $"quá hạn (hạn {VietnameseNumbers.Date(deadline.DueDate)}), {TaskSchedule.Label(status).ToLower(VietnameseNumbers.Culture)}";
        }

        return deadline.DueDate.DayNumber - periodEnd.DayNumber <= AtRiskHorizonDays
            ? $"đến hạn ngày {VietnameseNumbers.Date(deadline.DueDate)}, {TaskSchedule.Label(status).ToLower(VietnameseNumbers.Culture)}"
            : null;
    }
}
