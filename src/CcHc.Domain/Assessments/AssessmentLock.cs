using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Assessments;

/// <summary>
/// When the scores of an assessment may still change: while no plan built on it has left the clerk's hands (a draft
/// or a plan returned to the clerk). Once a plan is submitted, approved or issued, the scores it was built on are
/// what the chairman read and signed, so they are locked. One definition, read by the pages, the commands and the
/// database query alike (<see cref="LockingStatuses"/>).
/// </summary>
public static class AssessmentLock
{
    public const string Message =
        "Kết quả này đã dùng cho kế hoạch đã trình, đã phê duyệt hoặc đã ban hành nên không sửa được. Nếu văn bản nguồn có đính chính, hãy tạo phiên bản mới của kế hoạch sau khi sửa.";

    /// <summary>The plan statuses that lock the assessment the plan is built on, for a query: <c>LockingStatuses.Contains(p.Status)</c>.</summary>
    public static IReadOnlyList<PlanStatus> LockingStatuses { get; } = Enum.GetValues<PlanStatus>().Where(Locks).ToArray();

    /// <summary>Whether a plan in this status locks its assessment: it has left the clerk's hands.</summary>
    public static bool Locks(PlanStatus status) => status is not (PlanStatus.Draft or PlanStatus.Returned);

    /// <summary>Whether an assessment with plans in these statuses is locked.</summary>
    public static bool IsLocked(IEnumerable<PlanStatus> planStatuses) => planStatuses.Any(Locks);

    /// <summary>Refuses a change of the scores of a locked assessment.</summary>
    public static void EnsureOpen(IEnumerable<PlanStatus> planStatuses)
    {
        if (IsLocked(planStatuses))
        {
            throw new DomainException(Message);
        }
    }
}
