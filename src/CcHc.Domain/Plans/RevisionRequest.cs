using CcHc.Domain.Common;

namespace CcHc.Domain.Plans;

/// <summary>
/// The oversight office asks a commune to revise an issued plan version, with a reason. It stays open until the commune
/// starts (or issues) a newer version of the same plan: that version answers it (<see cref="Answer"/>), recorded with
/// who and when. The commune's clerk and chairman see the open request on the plan page and on their dashboard.
/// </summary>
public sealed class RevisionRequest : Entity
{
    public const int MaxReason = 2000;

    private RevisionRequest()
    {
        Reason = RequestedById = RequestedByName = string.Empty;
    }

    /// <summary>A request on <paramref name="plan"/>, which must be issued; the reason is required.</summary>
    public RevisionRequest(RemediationPlan plan, string? reason, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(by);
        if (plan.Status != PlanStatus.Issued)
        {
            throw new DomainException("Chỉ yêu cầu sửa đổi được một kế hoạch đã ban hành.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Nhập lý do yêu cầu sửa đổi.");
        }

        if (reason.Trim().Length > MaxReason)
        {
            throw new DomainException($"Lý do tối đa {MaxReason} ký tự.");
        }

        PlanId = plan.Id;
        LineageId = plan.LineageId;
        CommuneId = plan.CommuneId;
        PlanVersion = plan.VersionNumber;
        Reason = reason.Trim();
        RequestedById = by.Id;
        RequestedByName = by.Name;
        RequestedAt = at;
    }

    /// <summary>The issued version the office asks to revise.</summary>
    public Guid PlanId { get; private set; }

    public Guid LineageId { get; private set; }

    public Guid CommuneId { get; private set; }

    /// <summary>The version number of <see cref="PlanId"/>.</summary>
    public int PlanVersion { get; private set; }

    public string Reason { get; private set; }

    public string RequestedById { get; private set; }

    public string RequestedByName { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>The newer version that answered the request; null while open.</summary>
    public Guid? AnsweredByPlanId { get; private set; }

    public int? AnsweredByVersion { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredByName { get; private set; }

    public bool IsOpen => AnsweredByPlanId is null;

    /// <summary>
    /// Whether <paramref name="version"/> answers this request: a newer version of the same plan. Starting it or
    /// issuing it both answer; the first one recorded stays.
    /// </summary>
    public bool IsAnsweredBy(RemediationPlan version) =>
        version.LineageId == LineageId && version.VersionNumber > PlanVersion;

    /// <summary>Records <paramref name="version"/> as the answer; an already answered request keeps its first answer.</summary>
    public void Answer(RemediationPlan version, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(by);
        if (!IsAnsweredBy(version))
        {
            throw new DomainException($"Phiên bản {version.VersionNumber} không trả lời yêu cầu sửa đổi phiên bản {PlanVersion}.");
        }

        if (!IsOpen)
        {
            return;
        }

        AnsweredByPlanId = version.Id;
        AnsweredByVersion = version.VersionNumber;
        AnsweredAt = at;
        AnsweredByName = by.Name;
    }
}
