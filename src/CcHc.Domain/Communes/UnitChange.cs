using CcHc.Domain.Common;

namespace CcHc.Domain.Communes;

/// <summary>What happened to a unit on the administrative map.</summary>
public enum UnitChangeKind
{
    /// <summary>The unit came into being (Thành lập).</summary>
    Created = 0,

    /// <summary>The unit's name changed (Đổi tên).</summary>
    Renamed = 1,

    /// <summary>The unit's type changed, e.g. xã → phường (Chuyển loại).</summary>
    KindChanged = 2,

    /// <summary>The unit ceased to exist (Giải thể / sáp nhập).</summary>
    Dissolved = 3,
}

/// <summary>
/// A change of a unit, with the day it took effect and who recorded it when: the unit's history across later
/// resolutions (a rename of 30/04/2026 recorded by an import of the list that carries it). Never edited.
/// </summary>
public sealed class UnitChange : Entity
{
    private UnitChange()
    {
        RecordedBy = string.Empty;
    }

    public UnitChange(Guid communeId, UnitChangeKind kind, string? oldValue, string? newValue, DateOnly effectiveDate, string recordedBy, DateTimeOffset recordedAt)
    {
        CommuneId = communeId;
        Kind = kind;
        OldValue = oldValue;
        NewValue = newValue;
        EffectiveDate = effectiveDate;
        RecordedBy = string.IsNullOrWhiteSpace(recordedBy) ? throw new DomainException("Thiếu người ghi nhận.") : recordedBy.Trim();
        RecordedAt = recordedAt;
    }

    public Guid CommuneId { get; private set; }

    public UnitChangeKind Kind { get; private set; }

    /// <summary>"xã Cẩm Lạc" before a rename; the old type's label ("xã") before a change of type.</summary>
    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public DateOnly EffectiveDate { get; private set; }

    /// <summary>The account's user name.</summary>
    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static string Label(UnitChangeKind kind) => kind switch
    {
        UnitChangeKind.Created => "Thành lập",
        UnitChangeKind.Renamed => "Đổi tên",
        UnitChangeKind.KindChanged => "Chuyển loại",
        UnitChangeKind.Dissolved => "Giải thể, sáp nhập",
        _ => kind.ToString(),
    };
}
