using CcHc.Domain.Common;

namespace CcHc.Domain.Plans;

/// <summary>
/// Kế hoạch đang theo dõi — the tracked plan: for each plan (its lineage: version 1 and the versions made from it), the
/// latest issued version. A commune may track several plans at once (a remediation plan and a multi-index plan). Its tasks are where progress, notes and evidence are recorded. A draft (or a version on its way to being
/// issued) is not tracked yet; an older issued version stays readable (and reportable) but is no longer tracked once a
/// later version is issued. This is the one definition: the application's database query implements exactly it.
/// </summary>
public static class TrackedPlan
{
    public const string NotIssuedMessage = "Chỉ theo dõi tiến độ trên kế hoạch đã ban hành.";

    public const string SupersededMessage =
        "Phiên bản kế hoạch này đã được thay thế bằng phiên bản ban hành sau; hãy cập nhật trên phiên bản mới.";

    /// <summary>
    /// Whether <paramref name="plan"/> is the tracked version among <paramref name="versions"/> (any plans: only those of
    /// the same lineage count; the plan itself may be among them).
    /// </summary>
    public static bool IsTracked(RemediationPlan plan, IEnumerable<RemediationPlan> versions) => Problem(plan, versions) is null;

    /// <summary>The tracked version of each lineage among <paramref name="plans"/>.</summary>
    public static IReadOnlyList<RemediationPlan> Among(IEnumerable<RemediationPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var all = plans.ToList();
        return all.Where(p => IsTracked(p, all)).ToList();
    }

    /// <summary>Refuses work on a version that is not the tracked one, saying why (not issued yet, or superseded).</summary>
    public static void Ensure(RemediationPlan plan, IEnumerable<RemediationPlan> versions)
    {
        if (Problem(plan, versions) is { } message)
        {
            throw new DomainException(message);
        }
    }

    private static string? Problem(RemediationPlan plan, IEnumerable<RemediationPlan> versions)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(versions);
        if (plan.Status != PlanStatus.Issued)
        {
            return NotIssuedMessage;
        }

        var superseded = versions.Any(v => v.LineageId == plan.LineageId
            && v.Status == PlanStatus.Issued && v.VersionNumber > plan.VersionNumber);
        return superseded ? SupersededMessage : null;
    }
}
