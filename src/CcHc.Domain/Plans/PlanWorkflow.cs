using CcHc.Domain.Common;

namespace CcHc.Domain.Plans;

public enum PlanStatus
{
    /// <summary>Dự thảo: the clerk edits it.</summary>
    Draft,

    /// <summary>Đã trình: waiting for the chairman; read-only to the clerk.</summary>
    Submitted,

    /// <summary>Trả lại: the chairman sent it back with a comment; the clerk resumes drafting.</summary>
    Returned,

    /// <summary>Đã phê duyệt: waiting to be issued with a number and date.</summary>
    Approved,

    /// <summary>Đã ban hành: frozen for good; a change starts version N+1.</summary>
    Issued,
}

public enum PlanAction
{
    Submit,
    Return,
    ResumeDrafting,
    Approve,
    Issue,
    StartNextVersion,

    /// <summary>Rút lại: the clerk takes a submitted plan back to the draft before the chairman decides.</summary>
    Withdraw,
}

/// <summary>Who may take a step of the workflow. Role checks in the web layer read this table.</summary>
public enum PlanActor
{
    Clerk,
    Chairman,
}

public sealed record PlanMove(PlanStatus From, PlanAction Action, PlanStatus To, PlanActor Actor);

/// <summary>
/// The plan's state machine: Draft → Submitted → Approved → Issued; Submitted → Returned (with the chairman's
/// comment) → Draft; Submitted → Draft when the clerk withdraws it. Issuing freezes the version; a change starts version
/// N+1 as a new Draft.
/// </summary>
public static class PlanWorkflow
{
    public static IReadOnlyList<PlanMove> Moves { get; } =
    [
        new(PlanStatus.Draft, PlanAction.Submit, PlanStatus.Submitted, PlanActor.Clerk),
        new(PlanStatus.Submitted, PlanAction.Return, PlanStatus.Returned, PlanActor.Chairman),
        new(PlanStatus.Returned, PlanAction.ResumeDrafting, PlanStatus.Draft, PlanActor.Clerk),
        new(PlanStatus.Submitted, PlanAction.Approve, PlanStatus.Approved, PlanActor.Chairman),
        new(PlanStatus.Approved, PlanAction.Issue, PlanStatus.Issued, PlanActor.Clerk),
        new(PlanStatus.Submitted, PlanAction.Withdraw, PlanStatus.Draft, PlanActor.Clerk),

        // The issued version stays Issued; the move creates version N+1 in Draft.
        new(PlanStatus.Issued, PlanAction.StartNextVersion, PlanStatus.Issued, PlanActor.Clerk),
    ];

    public static PlanMove? Find(PlanStatus from, PlanAction action) =>
        Moves.FirstOrDefault(m => m.From == from && m.Action == action);

    public static bool CanPerform(PlanStatus from, PlanAction action) => Find(from, action) is not null;

    public static IEnumerable<PlanAction> AvailableActions(PlanStatus from) =>
        Moves.Where(m => m.From == from).Select(m => m.Action);

    internal static PlanMove Require(PlanStatus from, PlanAction action) =>
        Find(from, action) ?? throw new DomainException(
            $"Không thể {ActionLabel(action)} khi kế hoạch đang ở trạng thái \"{StatusLabel(from)}\".");

    public static string StatusLabel(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Submitted => "Đã trình",
        PlanStatus.Returned => "Bị trả lại",
        PlanStatus.Approved => "Đã phê duyệt",
        PlanStatus.Issued => "Đã ban hành",
        _ => status.ToString(),
    };

    /// <summary>The steps that ask "are you sure?" before they are taken: they hand the plan on or make it official.</summary>
    public static bool NeedsConfirmation(PlanAction action) => action is PlanAction.Submit or PlanAction.Approve or PlanAction.Issue;

    public static string ActionLabel(PlanAction action) => action switch
    {
        PlanAction.Submit => "trình",
        PlanAction.Return => "trả lại",
        PlanAction.ResumeDrafting => "tiếp tục soạn thảo",
        PlanAction.Approve => "phê duyệt",
        PlanAction.Issue => "ban hành",
        PlanAction.StartNextVersion => "tạo phiên bản mới",
        PlanAction.Withdraw => "rút lại",
        _ => action.ToString(),
    };
}
