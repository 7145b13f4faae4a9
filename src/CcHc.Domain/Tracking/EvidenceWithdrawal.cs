using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tracking;

/// <summary>
/// A wrong upload withdrawn (rút minh chứng). Evidence rows are append-only: the file row and its bytes stay for the
/// audit, and this new record says who withdrew it, when and why. A withdrawn file is no longer counted as evidence of
/// the task (the results report leaves it out) but is still listed, marked, on the task's page.
/// </summary>
public sealed class EvidenceWithdrawal : Entity
{
    public const int MaxReason = 1000;

    private EvidenceWithdrawal()
    {
        Reason = ById = ByName = string.Empty;
    }

    public EvidenceWithdrawal(EvidenceFile file, Actor by, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Ghi lý do rút tệp minh chứng.", nameof(Reason));
        }

        if (reason.Trim().Length > MaxReason)
        {
            throw new DomainException($"Lý do tối đa {MaxReason} ký tự.", nameof(Reason));
        }

        EvidenceFileId = file.Id;
        PlanId = file.PlanId;
        TaskId = file.TaskId;
        Reason = reason.Trim();
        ById = by.Id;
        ByName = by.Name;
        At = at;
    }

    public Guid EvidenceFileId { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid TaskId { get; private set; }

    public string Reason { get; private set; }

    public string ById { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }
}
