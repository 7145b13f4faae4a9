using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Reports;

/// <summary>A dated entry of "kết quả thực hiện": the lead's latest note on a task.</summary>
public sealed record DatedNote(DateOnly Date, string Text, string AuthorName);

/// <summary>A deducted criterion an item answers, with the points it lost (null: the source gives none).</summary>
public sealed record CoveredCriterion(Guid CriterionId, string DisplayName, decimal? Deduction);

/// <summary>One task of an item as the report shows it, with where it stands against its deadline on the report date.</summary>
public sealed record TaskResult(
    Guid TaskId,
    string Description,
    Deadline? Deadline,
    TaskProgress Progress,
    DueState DueState,
    DatedNote? LatestLeadNote,
    IReadOnlyList<string> EvidenceFileNames)
{
    public bool IsOverdue => DueState == DueState.Overdue;
}

/// <summary>One remediation item in the report: what it answers, where it stands, what was done and what proves it.</summary>
public sealed record ItemResult(
    int Number,
    Guid ItemId,
    string Heading,
    Guid? LeadPositionId,
    IReadOnlyList<CoveredCriterion> Criteria,
    TaskProgress Status,
    bool NotRemediable,
    string? NotRemediableReason,
    IReadOnlyList<TaskResult> Tasks,
    IReadOnlyList<DatedNote> Results,
    IReadOnlyList<string> EvidenceFileNames)
{
    /// <summary>The known points of the deducted criteria this item answers.</summary>
    public decimal PointsCovered => Criteria.Sum(c => c.Deduction ?? 0m);

    /// <summary>Some criterion it answers has no number in the source: <see cref="PointsCovered"/> is incomplete.</summary>
    public bool HasUnknownPoints => Criteria.Any(c => c.Deduction is null);

    /// <summary>"Điểm còn nguy cơ bị trừ": the item is not done, or the commune cannot remedy it.</summary>
    public bool AtRisk => NotRemediable || Status != TaskProgress.Done;

    public int OverdueTasks => Tasks.Count(t => t.IsOverdue);
}

/// <summary>
/// The figures of the results report (Báo cáo kết quả khắc phục), computed from an issued plan version, its
/// assessment's evaluation and the tracking (progress log and evidence) as of a report date — cut off at that date:
/// nothing dated after it is listed, and a task whose status moved after it is counted as its log stood that day. Pure: the same inputs
/// give the same summary, so the preview, the PDF and the workbook agree.
/// <para>
/// Points are counted over the deducted criteria that no deducted child explains further (as the completeness rule
/// does), so a criterion answered by two items counts once. A criterion's points are secured when every item that
/// answers it is done and none is marked not remediable; all other deducted points — uncovered ones included —
/// remain at risk. Items marked not remediable are counted apart from done / in progress / not started.
/// </para>
/// </summary>
public sealed class ResultsSummary
{
    private ResultsSummary(DateOnly asOf, IReadOnlyList<ItemResult> items, decimal pointsDeducted, decimal pointsSecured, int unknownDeductions)
    {
        AsOf = asOf;
        Items = items;
        PointsDeducted = pointsDeducted;
        PointsSecured = pointsSecured;
        UnknownDeductions = unknownDeductions;
    }

    /// <summary>The day the figures are taken (overdue is judged against it).</summary>
    public DateOnly AsOf { get; }

    public IReadOnlyList<ItemResult> Items { get; }

    public int ItemsDone => Items.Count(i => !i.NotRemediable && i.Status == TaskProgress.Done);

    public int ItemsInProgress => Items.Count(i => !i.NotRemediable && i.Status == TaskProgress.InProgress);

    public int ItemsNotStarted => Items.Count(i => !i.NotRemediable && i.Status == TaskProgress.NotStarted);

    public int ItemsNotRemediable => Items.Count(i => i.NotRemediable);

    public int ItemsAtRisk => Items.Count(i => i.AtRisk);

    public int TasksTotal => Items.Sum(i => i.Tasks.Count);

    public int TasksDone => Items.Sum(i => i.Tasks.Count(t => t.Progress == TaskProgress.Done));

    public int TasksOverdue => Items.Sum(i => i.OverdueTasks);

    /// <summary>All known deducted points of the assessment (over the criteria the plan had to answer).</summary>
    public decimal PointsDeducted { get; }

    /// <summary>Points answered by done items only ("điểm đã khắc phục").</summary>
    public decimal PointsSecured { get; }

    /// <summary>Known points that remain at risk: not answered, answered by an unfinished item, or not remediable.</summary>
    public decimal PointsAtRisk => PointsDeducted - PointsSecured;

    /// <summary>Deducted criteria whose points the source does not give: they are in no sum above.</summary>
    public int UnknownDeductions { get; }

    public static ResultsSummary Build(
        RemediationPlan plan,
        AssessmentEvaluation evaluation,
        IEnumerable<TaskNote> notes,
        IEnumerable<EvidenceFile> evidence,
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(evidence);
        plan.EnsureIssued();
        if (evaluation.AssessmentId != (plan.AssessmentId ?? Guid.Empty))
        {
            throw new DomainException("Kết quả đánh giá không khớp với kế hoạch.");
        }

        // The report never reports past its own date: entries dated after it, and files uploaded after it, are not
        // listed, and a task that moved after it stands where its log put it on that day.
        var leadNotes = notes.Where(n => n.PlanId == plan.Id && n.Role == TaskRole.Lead).ToList();
        var latestLeadNote = leadNotes
            .Where(n => n.Text.Length > 0 && n.Date <= asOf)
            .GroupBy(n => n.TaskId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Date).ThenByDescending(n => n.At).First());
        var files = evidence
            .Where(f => f.PlanId == plan.Id && DateOnly.FromDateTime(VietnamTime.ToVietnam(f.UploadedAt).DateTime) <= asOf)
            .OrderBy(f => f.UploadedAt)
            .ToLookup(f => f.TaskId, f => f.FileName);
        var movedLater = leadNotes.Where(n => n.Progress is not null && n.Date > asOf).Select(n => n.TaskId).ToHashSet();
        var statusOnTheDay = leadNotes
            .Where(n => n.Progress is not null && n.Date <= asOf && movedLater.Contains(n.TaskId))
            .GroupBy(n => n.TaskId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Date).ThenByDescending(n => n.At).First().Progress!.Value);

        TaskProgress TaskStatus(PlanTask task) =>
            !movedLater.Contains(task.Id) ? task.Progress : statusOnTheDay.GetValueOrDefault(task.Id, TaskProgress.NotStarted);

        // RemediationItem.Progress's rule, over the tasks' statuses on the report date.
        TaskProgress ItemStatus(RemediationItem item) =>
            item.Tasks.Count > 0 && item.Tasks.All(t => TaskStatus(t) == TaskProgress.Done) ? TaskProgress.Done
            : item.Tasks.Any(t => TaskStatus(t) != TaskProgress.NotStarted) ? TaskProgress.InProgress
            : TaskProgress.NotStarted;

        var leaves = evaluation.DeductedLeaves().ToList();
        var set = evaluation.CriteriaSet;
        var items = plan.Items;
        var coveredBy = new Dictionary<Guid, List<RemediationItem>>();
        foreach (var leaf in leaves)
        {
            coveredBy[leaf.Node.Id] = items.Where(i => Answers(i, leaf.Node.Id)).ToList();
        }

        bool Answers(RemediationItem item, Guid nodeId)
        {
            for (var node = set.Find(nodeId); node is not null; node = node.ParentId is { } pid ? set.Find(pid) : null)
            {
                if (item.CriterionIds.Contains(node.Id))
                {
                    return true;
                }
            }

            return false;
        }

        var results = items.Select((item, index) =>
        {
            var tasks = item.Tasks.Select(t => new TaskResult(
                t.Id,
                t.Description,
                TaskSchedule.EffectiveDeadline(item, t),
                TaskStatus(t),
                TaskSchedule.Classify(TaskStatus(t), TaskSchedule.EffectiveDeadline(item, t), asOf),
                latestLeadNote.GetValueOrDefault(t.Id) is { } n ? new DatedNote(n.Date, n.Text, n.AuthorName) : null,
                files[t.Id].ToList())).ToList();
            var criteria = leaves
                .Where(l => coveredBy[l.Node.Id].Contains(item))
                .Select(l => new CoveredCriterion(l.Node.Id, l.Node.DisplayName, l.Deduction))
                .ToList();
            return new ItemResult(
                index + 1,
                item.Id,
                item.Heading,
                item.LeadPositionId,
                criteria,
                ItemStatus(item),
                item.NotRemediable,
                item.NotRemediableReason,
                tasks,
                tasks.Select(t => t.LatestLeadNote).OfType<DatedNote>().OrderBy(n => n.Date).ToList(),
                tasks.SelectMany(t => t.EvidenceFileNames).ToList());
        }).ToList();

        var secured = leaves
            .Where(l => coveredBy[l.Node.Id] is { Count: > 0 } answering
                && answering.TrueForAll(i => !i.NotRemediable && ItemStatus(i) == TaskProgress.Done))
            .Sum(l => l.Deduction ?? 0m);
        return new ResultsSummary(asOf, results, leaves.Sum(l => l.Deduction ?? 0m), secured, leaves.Count(l => l.Deduction is null));
    }
}
