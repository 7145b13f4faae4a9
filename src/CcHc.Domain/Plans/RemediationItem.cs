using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;

namespace CcHc.Domain.Plans;

/// <summary>
/// Nội dung khắc phục: one or more deducted criteria with the cause, the tasks and solutions, the lead (chủ trì) and
/// supporting (phối hợp) positions and a deadline — or a statement that the commune cannot remedy it, with the reason.
/// </summary>
public sealed class RemediationItem : Entity
{
    private readonly List<PlanTask> _tasks = [];
    private List<Guid> _criterionIds = [];
    private List<Guid> _supportPositionIds = [];
    private List<Guid> _coLeadPositionIds = [];
    private List<string> _personIds = [];

    private RemediationItem()
    {
        Heading = string.Empty;
    }

    internal RemediationItem(Guid planId, int order, ItemContent content)
    {
        PlanId = planId;
        Order = order;
        Heading = string.Empty;
        Apply(content);
    }

    public Guid PlanId { get; private set; }

    public int Order { get; private set; }

    /// <summary>The block's heading as printed: "Công tác chỉ đạo, điều hành cải cách hành chính".</summary>
    public string Heading { get; private set; }

    /// <summary>The index the item serves (a multi-index plan groups and counts its items by it); null: the plan's only index.</summary>
    public IndexKind? Index { get; private set; }

    /// <summary>
    /// The group heading printed above consecutive items that share it (seed 004: "Chỉ số Cải cách hành chính và chỉ
    /// số hài lòng."); null: no group, or the field's title in the grouped layout.
    /// </summary>
    public string? GroupHeading { get; private set; }

    /// <summary>The field (lĩnh vực) the item is grouped under.</summary>
    public Guid? FieldId { get; private set; }

    /// <summary>The deducted criteria this item answers; linking a node covers its whole subtree.</summary>
    public IReadOnlyList<Guid> CriterionIds => _criterionIds;

    public string? Cause { get; private set; }

    /// <summary>The first (or only) lead: "Chủ trì thực hiện: Công chức Văn phòng - Thống kê, …".</summary>
    public Guid? LeadPositionId { get; private set; }

    /// <summary>Further leads named beside the first: "Chủ trì thực hiện: Công chức Văn phòng - Thống kê, Tư pháp - Hộ tịch".</summary>
    public IReadOnlyList<Guid> CoLeadPositionIds => _coLeadPositionIds;

    /// <summary>Every lead in the order printed: the first, then the co-leads.</summary>
    public IReadOnlyList<Guid> LeadPositionIds => LeadPositionId is { } lead ? [lead, .. _coLeadPositionIds] : [.. _coLeadPositionIds];

    /// <summary>
    /// The deduction part as the source states it (seed 000: "Điểm số bị trừ: 1,87 điểm, trong đó:" then one line per
    /// criterion, "Thực hiện Kế hoạch CCHC đạt: 1,43/1,5 điểm (bị trừ 0,7 điểm)"): printed as written, line by line. Null:
    /// the print composes it from the assessment (<see cref="PlanWording"/>).
    /// </summary>
    public string? DeductionWording { get; private set; }

    /// <summary>The lead line as the source words it ("Chuyên trách công nghệ thông tin, công chức Văn hóa - xã hội phụ trách lĩnh vực văn hóa thông tin"); null: the leads' titles.</summary>
    public string? LeadWording { get; private set; }

    /// <summary>The support line as the source words it; null: the supports' titles.</summary>
    public string? SupportWording { get; private set; }

    public IReadOnlyList<Guid> SupportPositionIds => _supportPositionIds;

    /// <summary>
    /// People the item names by account (accounts of the commune), beside the positions: they lead its tasks and report
    /// on them (<see cref="Tracking.TaskAudience"/>). Not printed: the document names positions.
    /// </summary>
    public IReadOnlyList<string> PersonIds => _personIds;

    public Deadline? Deadline { get; private set; }

    public bool NotRemediable { get; private set; }

    public string? NotRemediableReason { get; private set; }

    public IReadOnlyList<PlanTask> Tasks => _tasks.OrderBy(t => t.Order).ToList();

    /// <summary>
    /// Where the item was carried from, when the clerk chose to carry a predecessor's open tasks into this plan
    /// (<see cref="RemediationPlan.CarryOver"/>): "Kế hoạch số 27/KH-UBND ngày 05/02/2024 của xã Cẩm Sơn, mục 1". Shown on
    /// the plan's page, never printed (the document says what the commune writes).
    /// </summary>
    public string? CarriedFrom { get; private set; }

    internal void MarkCarriedFrom(string source) => CarriedFrom = source;

    /// <summary>Derived from the tasks: done when all are done, started when any has moved.</summary>
    public TaskProgress Progress =>
        _tasks.Count > 0 && _tasks.TrueForAll(t => t.Progress == TaskProgress.Done) ? TaskProgress.Done
        : _tasks.Exists(t => t.Progress != TaskProgress.NotStarted) ? TaskProgress.InProgress
        : TaskProgress.NotStarted;

    internal void MoveTo(int order) => Order = order;

    internal void Apply(ItemContent content)
    {
        if (string.IsNullOrWhiteSpace(content.Heading))
        {
            throw new DomainException("Nội dung khắc phục cần có tiêu đề.");
        }

        if (content.NotRemediable && string.IsNullOrWhiteSpace(content.NotRemediableReason))
        {
            throw new DomainException("Cần nêu lý do xã không thể tự khắc phục.");
        }

        var coLeads = content.CoLeadPositionIds ?? [];
        if (content.LeadPositionId is null && coLeads.Count > 0)
        {
            throw new DomainException("Chọn đơn vị chủ trì trước khi thêm đơn vị cùng chủ trì.");
        }

        if (content.Index is { } index && !Enum.IsDefined(index))
        {
            throw new DomainException("Chỉ số không hợp lệ.", nameof(Index));
        }

        Heading = content.Heading.Trim();
        Index = content.Index;
        GroupHeading = Clean(content.GroupHeading);
        FieldId = content.FieldId;
        _criterionIds = content.CriterionIds.Distinct().ToList();
        Cause = Clean(content.Cause);
        LeadPositionId = content.LeadPositionId;
        _coLeadPositionIds = coLeads.Distinct().Where(id => id != content.LeadPositionId).ToList();
        _supportPositionIds = content.SupportPositionIds.Distinct()
            .Where(id => id != content.LeadPositionId && !_coLeadPositionIds.Contains(id)).ToList();
        _personIds = (content.PersonIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        DeductionWording = CleanLines(content.DeductionWording);
        LeadWording = Clean(content.LeadWording);
        SupportWording = Clean(content.SupportWording);
        Deadline = content.Deadline;
        NotRemediable = content.NotRemediable;
        NotRemediableReason = content.NotRemediable ? content.NotRemediableReason!.Trim() : null;

        var kept = new List<PlanTask>();
        var order = 0;
        foreach (var line in content.Tasks)
        {
            if (string.IsNullOrWhiteSpace(line.Description))
            {
                continue;
            }

            var existing = line.Id is { } id ? _tasks.Find(t => t.Id == id) : null;
            if (existing is null)
            {
                existing = new PlanTask(Id, order, line.Description.Trim(), line.Deadline);
            }
            else
            {
                existing.Update(order, line.Description.Trim(), line.Deadline);
            }

            kept.Add(existing);
            order++;
        }

        _tasks.RemoveAll(t => !kept.Contains(t));
        foreach (var task in kept.Where(t => !_tasks.Contains(t)))
        {
            _tasks.Add(task);
        }
    }

    internal RemediationItem CopyFor(Guid planId)
    {
        var copy = new RemediationItem
        {
            PlanId = planId,
            Order = Order,
            Heading = Heading,
            Index = Index,
            GroupHeading = GroupHeading,
            FieldId = FieldId,
            _criterionIds = [.. _criterionIds],
            Cause = Cause,
            LeadPositionId = LeadPositionId,
            _supportPositionIds = [.. _supportPositionIds],
            _coLeadPositionIds = [.. _coLeadPositionIds],
            _personIds = [.. _personIds],
            DeductionWording = DeductionWording,
            LeadWording = LeadWording,
            SupportWording = SupportWording,
            Deadline = Deadline,
            NotRemediable = NotRemediable,
            NotRemediableReason = NotRemediableReason,
            CarriedFrom = CarriedFrom,
        };
        copy._tasks.AddRange(Tasks.Select(t => t.CopyFor(copy.Id)));
        return copy;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Each line trimmed, blank lines dropped; null when nothing is left.</summary>
    private static string? CleanLines(string? text) =>
        Clean(string.Join('\n', (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)));
}
