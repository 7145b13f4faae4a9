using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;

namespace CcHc.Domain.Plans;

/// <summary>
/// One version of a commune's plan: a remediation plan after one PAR assessment (the name is the first kind CcHc
/// made), an improvement plan, or a plan maintaining several indices over a period (<see cref="PlanKind"/>), issued as
/// a Kế hoạch or a công văn (<see cref="DocumentForm"/>). It guards its own workflow: only a draft can be edited,
/// submission needs a complete plan, and an issued version never changes.
/// </summary>
public sealed class RemediationPlan : Entity
{
    private readonly List<RemediationItem> _items = [];
    private readonly List<PlanTransition> _transitions = [];
    private List<string> _legalBases = [];
    private List<string> _recipients = [];
    private List<string> _addressees = [];
    private List<IndexKind> _indices = [];
    private List<Guid> _furtherAssessmentIds = [];

    private RemediationPlan()
    {
        DocumentSymbol = PlaceName = Summary = Preamble = Purpose = Requirements = ResultsIntro = string.Empty;
        Organisation = Closing = SignerAuthority = SignerTitle = SignerName = string.Empty;
    }

    /// <summary>A remediation plan (Kế hoạch) for the year after <paramref name="assessment"/>.</summary>
    public RemediationPlan(Guid communeId, Assessment assessment, PlanHeader header)
        : this(communeId, PlanSetup.RemediationFor(assessment.Year), assessment, header)
    {
    }

    /// <summary>
    /// A plan of any kind. A remediation plan rests on its assessment; an improvement or multi-index plan may rest on
    /// one (its low scores must then be answered) or on none (seed 002 names no score).
    /// </summary>
    public RemediationPlan(Guid communeId, PlanSetup setup, Assessment? assessment, PlanHeader header)
        : this()
    {
        ArgumentNullException.ThrowIfNull(setup);
        setup = setup.Validated();
        if (assessment is not null && assessment.CommuneId != communeId)
        {
            throw new DomainException("Kết quả đánh giá không thuộc xã này.");
        }

        if (setup.Kind == PlanKind.Remediation && assessment is null)
        {
            throw new DomainException("Kế hoạch khắc phục cần kết quả đánh giá mà nó khắc phục.", nameof(AssessmentId));
        }

        CommuneId = communeId;
        AssessmentId = assessment?.Id;
        Kind = setup.Kind;
        Form = setup.Form;
        Year = setup.FromYear;
        ToYear = setup.ToYear;
        _indices = [.. setup.Indices];
        VersionNumber = 1;
        LineageId = Id;
        Status = PlanStatus.Draft;
        ApplyHeader(header);
    }

    public Guid CommuneId { get; private set; }

    /// <summary>The assessment the plan rests on: always for a remediation plan, optional for the other kinds.</summary>
    public Guid? AssessmentId { get; private set; }

    /// <summary>
    /// The further assessments an improvement or multi-index plan rests on beside <see cref="AssessmentId"/>: a SIPAS
    /// survey, a DDCI ranking, another year's PAR result. Their low components must be answered as the main one's are.
    /// </summary>
    public IReadOnlyList<Guid> FurtherAssessmentIds => _furtherAssessmentIds;

    /// <summary>Every assessment the plan rests on: the main one first, then the further ones.</summary>
    public IReadOnlyList<Guid> AssessmentIds => AssessmentId is { } main ? [main, .. _furtherAssessmentIds] : _furtherAssessmentIds;

    public PlanKind Kind { get; private set; }

    public DocumentForm Form { get; private set; }

    /// <summary>
    /// The first year the plan is carried out in (a remediation plan: the assessment's year + 1); deadlines without a
    /// year use it.
    /// </summary>
    public int Year { get; private set; }

    /// <summary>The last year of the period (seed 004: 2025); equal to <see cref="Year"/> for a one-year plan.</summary>
    public int ToYear { get; private set; }

    /// <summary>The indices the plan names, in catalogue order; completeness asks a task with a lead and a deadline for each.</summary>
    public IReadOnlyList<IndexKind> Indices => _indices;

    public PlanSetup Setup => new(Kind, Form, Year, ToYear, _indices);

    /// <summary>The id of version 1, shared by every later version: the tracked version is the latest issued one of a lineage.</summary>
    public Guid LineageId { get; private set; }

    /// <summary>1 for the first version; a change of an issued plan starts version N+1.</summary>
    public int VersionNumber { get; private set; }

    public Guid? PreviousVersionId { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>"27" of "Số: 27/KH-UBND"; set when issued.</summary>
    public string? DocumentNumber { get; private set; }

    public DateOnly? IssueDate { get; private set; }

    /// <summary>The chairman's comment of the last return, shown to the clerk until the plan is submitted again.</summary>
    public string? ReturnComment { get; private set; }

    public string DocumentSymbol { get; private set; }

    public string PlaceName { get; private set; }

    public string Summary { get; private set; }

    public IReadOnlyList<string> LegalBases => _legalBases;

    public string Preamble { get; private set; }

    public string Purpose { get; private set; }

    public string Requirements { get; private set; }

    public string ResultsIntro { get; private set; }

    public string Organisation { get; private set; }

    public string Closing { get; private set; }

    public IReadOnlyList<string> Recipients => _recipients;

    /// <summary>Kính gửi, one addressee per line (the letter form).</summary>
    public IReadOnlyList<string> Addressees => _addressees;

    /// <summary>The plan this one replaces, as the commune cites it (seed 004: "Kế hoạch số 80/ KH – UBND ngày 21/9/2022 …"); null: none.</summary>
    public string? ReplacesWording { get; private set; }

    /// <summary>The appendix's citation as the source prints it (<see cref="PlanHeader.AppendixCaption"/>); null: composed.</summary>
    public string? AppendixCaption { get; private set; }

    public string SignerAuthority { get; private set; }

    public string SignerTitle { get; private set; }

    public string SignerName { get; private set; }

    public PlanLayout Layout { get; private set; }

    public IReadOnlyList<RemediationItem> Items => _items.OrderBy(i => i.Order).ToList();

    public IReadOnlyList<PlanTransition> Transitions => _transitions.OrderBy(t => t.At).ToList();

    public bool IsEditable => IsEditableIn(Status);

    /// <summary>Only a draft is edited; every other state is read-only until a workflow step reopens it.</summary>
    public static bool IsEditableIn(PlanStatus status) => status == PlanStatus.Draft;

    /// <summary>
    /// Whether the clerk's edit buttons apply in a state: a draft, and a returned plan — editing a returned plan first
    /// reopens it as a draft (<see cref="ReopenForEditing"/>), the step "Tiếp tục soạn thảo" taken on the way.
    /// </summary>
    public static bool OpensForEditingIn(PlanStatus status) => status is PlanStatus.Draft or PlanStatus.Returned;

    /// <summary>
    /// Before an edit: a returned plan resumes drafting (recorded as that step, by the editor); a draft stays as it is;
    /// any other state is refused with the same message as an edit.
    /// </summary>
    /// <returns>Whether the plan was reopened.</returns>
    public bool ReopenForEditing(Actor actor, DateTimeOffset at)
    {
        if (Status == PlanStatus.Returned)
        {
            ResumeDrafting(actor, at);
            return true;
        }

        EnsureEditable();
        return false;
    }

    public PlanHeader Header => new()
    {
        DocumentSymbol = DocumentSymbol,
        PlaceName = PlaceName,
        Summary = Summary,
        LegalBases = _legalBases,
        Preamble = Preamble,
        Purpose = Purpose,
        Requirements = Requirements,
        ResultsIntro = ResultsIntro,
        Organisation = Organisation,
        Closing = Closing,
        Recipients = _recipients,
        Addressees = _addressees,
        ReplacesWording = ReplacesWording,
        AppendixCaption = AppendixCaption,
        SignerAuthority = SignerAuthority,
        SignerTitle = SignerTitle,
        SignerName = SignerName,
        Layout = Layout,
    };

    /// <summary>"Số: 27/KH-UBND"; numbers under 10 get a leading zero; blank while not issued.</summary>
    public string NumberLine => DocumentNumbers.Line(DocumentNumber, DocumentSymbol);

    public void UpdateHeader(PlanHeader header)
    {
        EnsureEditable();
        ApplyHeader(header);
    }

    /// <summary>
    /// A draft's form, period and indices may change; its kind may not (a remediation plan is made from its
    /// assessment, the other kinds from a blank page).
    /// </summary>
    public void UpdateSetup(PlanSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        EnsureEditable();
        setup = setup.Validated();
        if (setup.Kind != Kind)
        {
            throw new DomainException("Không đổi được loại kế hoạch; hãy tạo kế hoạch mới.", nameof(PlanSetup.Kind));
        }

        Form = setup.Form;
        Year = setup.FromYear;
        ToYear = setup.ToYear;
        _indices = [.. setup.Indices];
    }

    /// <summary>
    /// Names the further assessments a draft improvement or multi-index plan rests on (replacing the previous choice):
    /// the commune's own, each once, never the main assessment. A remediation plan rests on the one it remediates.
    /// </summary>
    public void RestOn(IEnumerable<Assessment> further)
    {
        ArgumentNullException.ThrowIfNull(further);
        EnsureEditable();
        var chosen = further.ToList();
        if (chosen.Count > 0 && Kind == PlanKind.Remediation)
        {
            throw new DomainException("Kế hoạch khắc phục chỉ dựa trên kết quả đánh giá mà nó khắc phục.", nameof(FurtherAssessmentIds));
        }

        if (chosen.Any(a => a.CommuneId != CommuneId))
        {
            throw new DomainException("Kết quả đánh giá không thuộc xã này.", nameof(FurtherAssessmentIds));
        }

        if (chosen.Any(a => a.Year > ToYear))
        {
            throw new DomainException($"Kết quả đánh giá sau năm {ToYear} không làm căn cứ cho kế hoạch này được.", nameof(FurtherAssessmentIds));
        }

        _furtherAssessmentIds = chosen.Select(a => a.Id).Where(id => id != AssessmentId).Distinct().ToList();
    }

    /// <summary>
    /// Carries chosen open tasks of a predecessor's issued plan into this draft — a deliberate choice, never done on
    /// its own: one item per source item, in the source's order, with the source's heading, group, index (when this plan
    /// names it), the shared titles as leads and supporters (a predecessor's own titles and organisations are not this
    /// commune's) and no deadline (the new period's is the clerk's to set, so completeness asks for it). Each item records
    /// where it came from.
    /// </summary>
    /// <param name="sourceName">The source as the item records it: "Kế hoạch số 27/KH-UBND ngày 05/02/2024 của xã Cẩm Sơn".</param>
    /// <param name="isShared">Whether a position id is a title every commune shares (the standard catalogue).</param>
    public IReadOnlyList<RemediationItem> CarryOver(RemediationPlan source, string sourceName, IReadOnlyCollection<Guid> taskIds, Func<Guid, bool> isShared)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(taskIds);
        ArgumentNullException.ThrowIfNull(isShared);
        EnsureEditable();
        if (source.Status != PlanStatus.Issued)
        {
            throw new DomainException("Chỉ chuyển được nhiệm vụ của kế hoạch đã ban hành.");
        }

        if (source.CommuneId == CommuneId)
        {
            throw new DomainException("Kế hoạch nguồn phải là của đơn vị tiền thân, không phải của chính xã.");
        }

        var chosen = source.Items.SelectMany(i => i.Tasks.Select(t => (Item: i, Task: t))).Where(x => taskIds.Contains(x.Task.Id)).ToList();
        if (chosen.Count == 0 || chosen.Count != taskIds.Distinct().Count())
        {
            throw new DomainException("Chọn ít nhất một nhiệm vụ của kế hoạch nguồn.", nameof(RemediationItem.Tasks));
        }

        if (chosen.FirstOrDefault(x => x.Task.Progress == TaskProgress.Done) is { Task: { } done })
        {
            throw new DomainException($"Nhiệm vụ \"{done.Description}\" đã hoàn thành; chỉ chuyển nhiệm vụ chưa hoàn thành.", nameof(RemediationItem.Tasks));
        }

        var added = new List<RemediationItem>();
        foreach (var group in chosen.GroupBy(x => x.Item).OrderBy(g => g.Key.Order))
        {
            var from = group.Key;
            var content = new ItemContent(
                from.Heading,
                null,
                [],
                null,
                from.LeadPositionId is { } lead && isShared(lead) ? lead : null,
                from.SupportPositionIds.Where(isShared).ToList(),
                null,
                group.OrderBy(x => x.Task.Order).Select(x => new TaskContent(x.Task.Description)).ToList(),
                Index: from.Index is { } index && _indices.Contains(index) ? index : null,
                GroupHeading: from.GroupHeading);
            var item = AddItem(content);
            item.MarkCarriedFrom($"{sourceName}, mục {from.Order + 1} ({from.Heading})");
            added.Add(item);
        }

        return added;
    }

    public RemediationItem AddItem(ItemContent content)
    {
        EnsureEditable();
        var item = new RemediationItem(Id, _items.Count, content);
        _items.Add(item);
        return item;
    }

    public RemediationItem UpdateItem(Guid itemId, ItemContent content)
    {
        EnsureEditable();
        var item = FindItem(itemId);
        item.Apply(content);
        return item;
    }

    public void RemoveItem(Guid itemId)
    {
        EnsureEditable();
        _items.Remove(FindItem(itemId));
        Renumber(Items);
    }

    /// <summary>Moves an item to a new 0-based position in the plan's order.</summary>
    public void MoveItem(Guid itemId, int newIndex)
    {
        EnsureEditable();
        var ordered = Items.ToList();
        var item = FindItem(itemId);
        ordered.Remove(item);
        ordered.Insert(Math.Clamp(newIndex, 0, ordered.Count), item);
        Renumber(ordered);
    }

    public RemediationItem FindItem(Guid itemId) =>
        _items.Find(i => i.Id == itemId) ?? throw new DomainException("Không tìm thấy nội dung khắc phục.");

    public PlanTask FindTask(Guid taskId) =>
        _items.SelectMany(i => i.Tasks).FirstOrDefault(t => t.Id == taskId) ?? throw new DomainException("Không tìm thấy nhiệm vụ.");

    /// <summary>
    /// Progress and results are recorded only on an issued version: a draft's tasks have not been assigned yet. Which
    /// issued version is tracked (the latest of its commune and year) is <see cref="TrackedPlan"/>'s rule.
    /// </summary>
    public void EnsureIssued()
    {
        if (Status != PlanStatus.Issued)
        {
            throw new DomainException(TrackedPlan.NotIssuedMessage);
        }
    }

    /// <summary>The lead's status of a task on the issued version (its text and deadline stay frozen).</summary>
    public PlanTask RecordProgress(Guid taskId, TaskProgress progress, out bool changed)
    {
        EnsureIssued();
        if (!Enum.IsDefined(progress))
        {
            throw new DomainException("Trạng thái không hợp lệ.", nameof(PlanTask.Progress));
        }

        var task = FindTask(taskId);
        changed = task.Progress != progress;
        task.SetProgress(progress);
        return task;
    }

    /// <summary>The completeness against the main assessment's evaluation and the further ones' (<see cref="FurtherAssessmentIds"/>).</summary>
    public PlanCompleteness CheckCompleteness(AssessmentEvaluation evaluation, IReadOnlyList<AssessmentEvaluation>? further = null) =>
        PlanCompleteness.Check(this, evaluation, further ?? []);

    /// <summary>
    /// Trình: only a complete plan can be submitted, checked against every assessment it rests on. Returns what the plan
    /// holds at this moment (<see cref="PlanSubmission"/>), from which the page later shows what changed since.
    /// </summary>
    public PlanSubmission Submit(Actor actor, DateTimeOffset at, AssessmentEvaluation evaluation, IReadOnlyList<AssessmentEvaluation>? further = null)
    {
        var move = PlanWorkflow.Require(Status, PlanAction.Submit);
        further ??= [];
        if (evaluation.AssessmentId != (AssessmentId ?? Guid.Empty)
            || !further.Select(e => e.AssessmentId).ToHashSet().SetEquals(_furtherAssessmentIds)
            || further.Count != _furtherAssessmentIds.Count)
        {
            throw new DomainException("Kết quả đánh giá không khớp với kế hoạch.");
        }

        var completeness = CheckCompleteness(evaluation, further);
        if (!completeness.IsComplete)
        {
            throw new PlanIncompleteException(completeness);
        }

        ReturnComment = null;
        Move(move, actor, at, SourceDiscrepancies.SubmitNote(SourceDiscrepancies.Of(evaluation)));
        return PlanSubmission.Take(this, at);
    }

    /// <summary>Trả lại, with the chairman's comment.</summary>
    public void Return(Actor actor, DateTimeOffset at, string comment)
    {
        var move = PlanWorkflow.Require(Status, PlanAction.Return);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Cần ghi ý kiến khi trả lại kế hoạch.");
        }

        ReturnComment = comment.Trim();
        Move(move, actor, at, ReturnComment);
    }

    public void ResumeDrafting(Actor actor, DateTimeOffset at) =>
        Move(PlanWorkflow.Require(Status, PlanAction.ResumeDrafting), actor, at, null);

    /// <summary>Rút lại: the clerk takes back a submitted plan, before the chairman decides; it is a draft again.</summary>
    public void Withdraw(Actor actor, DateTimeOffset at, string? reason = null) =>
        Move(PlanWorkflow.Require(Status, PlanAction.Withdraw), actor, at, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());

    /// <summary>Phê duyệt a plan whose assessment's figures agree with themselves (nothing was listed).</summary>
    public void Approve(Actor actor, DateTimeOffset at) => Approve(actor, at, SourceReview.None);

    /// <summary>
    /// Phê duyệt: where the chairman was shown source discrepancies (<see cref="SourceDiscrepancies"/>), only once they
    /// acknowledged them; the acknowledgement is the approval's note in the history.
    /// </summary>
    public void Approve(Actor actor, DateTimeOffset at, SourceReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var move = PlanWorkflow.Require(Status, PlanAction.Approve);
        if (review.Shown > 0 && !review.Acknowledged)
        {
            throw new DomainException(SourceDiscrepancies.AcknowledgementRequired, nameof(SourceReview.Acknowledged));
        }

        Move(move, actor, at, review.Shown > 0 ? SourceDiscrepancies.AcknowledgedNote(review.Shown) : null);
    }

    /// <summary>Ban hành: gives the plan its number and date; from now on it never changes.</summary>
    public void Issue(Actor actor, DateTimeOffset at, string documentNumber, DateOnly issueDate)
    {
        var move = PlanWorkflow.Require(Status, PlanAction.Issue);
        if (string.IsNullOrWhiteSpace(documentNumber))
        {
            throw new DomainException("Cần nhập số văn bản khi ban hành.");
        }

        if (documentNumber.Contains('/', StringComparison.Ordinal))
        {
            throw new DomainException($"Chỉ nhập phần số (ví dụ 27), không nhập \"/{DocumentSymbol}\".");
        }

        DocumentNumber = documentNumber.Trim();
        IssueDate = issueDate;
        Move(move, actor, at, null);
    }

    /// <summary>Changing an issued plan: a copy as version N+1 in Draft; this version stays as it is.</summary>
    public RemediationPlan StartNextVersion(Actor actor, DateTimeOffset at)
    {
        PlanWorkflow.Require(Status, PlanAction.StartNextVersion);
        var next = new RemediationPlan
        {
            CommuneId = CommuneId,
            AssessmentId = AssessmentId,
            Kind = Kind,
            Form = Form,
            Year = Year,
            ToYear = ToYear,
            _indices = [.. _indices],
            _furtherAssessmentIds = [.. _furtherAssessmentIds],
            LineageId = LineageId,
            VersionNumber = VersionNumber + 1,
            PreviousVersionId = Id,
            Status = PlanStatus.Draft,
        };
        next.ApplyHeader(Header);
        next._items.AddRange(Items.Select(i => i.CopyFor(next.Id)));
        next._transitions.Add(new PlanTransition(next.Id, PlanStatus.Issued, PlanStatus.Draft, PlanAction.StartNextVersion, actor, at,
            $"Tạo từ phiên bản {VersionNumber}"));
        return next;
    }

    private void Move(PlanMove move, Actor actor, DateTimeOffset at, string? comment)
    {
        _transitions.Add(new PlanTransition(Id, Status, move.To, move.Action, actor, at, comment));
        Status = move.To;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException(
                $"Kế hoạch đang ở trạng thái \"{PlanWorkflow.StatusLabel(Status)}\" nên không thể chỉnh sửa.");
        }
    }

    private static void Renumber(IEnumerable<RemediationItem> ordered)
    {
        var order = 0;
        foreach (var item in ordered)
        {
            item.MoveTo(order++);
        }
    }

    private void ApplyHeader(PlanHeader header)
    {
        DocumentSymbol = Required(header.DocumentSymbol, "Ký hiệu văn bản");
        PlaceName = Required(header.PlaceName, "Địa danh");
        Summary = Required(header.Summary, "Trích yếu");
        _legalBases = Lines(header.LegalBases);
        Preamble = header.Preamble.Trim();
        Purpose = header.Purpose.Trim();
        Requirements = header.Requirements.Trim();
        ResultsIntro = header.ResultsIntro.Trim();
        Organisation = header.Organisation.Trim();
        Closing = header.Closing.Trim();
        _recipients = Lines(header.Recipients);
        _addressees = Lines(header.Addressees);
        ReplacesWording = string.IsNullOrWhiteSpace(header.ReplacesWording) ? null : header.ReplacesWording.Trim();
        AppendixCaption = string.IsNullOrWhiteSpace(header.AppendixCaption) ? null : header.AppendixCaption.Trim().TrimStart('(').TrimEnd(')').Trim();
        SignerAuthority = Required(header.SignerAuthority, "Thẩm quyền ký");
        SignerTitle = string.Join('\n', Lines(Required(header.SignerTitle, "Chức vụ người ký").ReplaceLineEndings("\n").Split('\n')));
        SignerName = header.SignerName.Trim();
        Layout = header.Layout;
    }

    private static List<string> Lines(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string Required(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"{what} không được để trống.") : value.Trim();
}

/// <summary>Submission refused: the report says what is missing.</summary>
public sealed class PlanIncompleteException : DomainException
{
    public PlanIncompleteException(PlanCompleteness completeness)
        : base("Kế hoạch chưa đầy đủ, chưa thể trình: " + string.Join(" ", completeness.Missing))
    {
        Completeness = completeness;
    }

    public PlanIncompleteException()
        : this(PlanCompleteness.Empty)
    {
    }

    public PlanIncompleteException(string message)
        : base(message)
    {
        Completeness = PlanCompleteness.Empty;
    }

    public PlanIncompleteException(string message, Exception innerException)
        : base(message, innerException)
    {
        Completeness = PlanCompleteness.Empty;
    }

    public PlanCompleteness Completeness { get; }
}
