using CcHc.Domain.Common;

namespace CcHc.Domain.Positions;

/// <summary>
/// Who leads or supports a task: a civil-servant title (chức danh) or an organisation of the commune (seed 004: Công an
/// xã, Trạm y tế xã, MTTQ, the schools, the thôn). The standard catalogue has no commune; a commune extends it with
/// titles and organisations of its own ("Chuyên trách công nghệ thông tin", "Trường Mầm non").
/// </summary>
public sealed class Position : Entity
{
    private Position()
    {
        Title = string.Empty;
    }

    public Position(string title, Guid? communeId = null, int order = 0, PositionKind kind = PositionKind.Official, Guid? contactPositionId = null)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException(kind == PositionKind.Organisation ? "Tên tổ chức không được để trống." : "Chức danh không được để trống.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Loại không hợp lệ.", nameof(Kind));
        }

        Title = title.Trim();
        CommuneId = communeId;
        Order = order;
        Kind = kind;
        SetContact(contactPositionId);
    }

    public PositionKind Kind { get; private set; }

    /// <summary>
    /// For an organisation: the civil-servant title whose holder reports progress for it (Công an xã's tasks are
    /// reported by whoever holds the contact title); null for a title, or an organisation without a contact yet.
    /// </summary>
    public Guid? ContactPositionId { get; private set; }

    public bool IsOrganisation => Kind == PositionKind.Organisation;

    /// <summary>
    /// A group whose members each commune lists (<see cref="PositionGroupMember"/>): a commune's own group, or the
    /// standard "Toàn thể cán bộ, công chức" (every account of the commune until the commune lists its members).
    /// </summary>
    public bool IsGroup => Kind == PositionKind.Group || (IsStandard && Title == PositionCatalogue.AllStaff);

    /// <summary>Sets an organisation's contact title; a title has none.</summary>
    public void SetContact(Guid? contactPositionId)
    {
        if (contactPositionId is not null && Kind != PositionKind.Organisation)
        {
            throw new DomainException("Chỉ tổ chức mới có đầu mối báo cáo.", nameof(ContactPositionId));
        }

        if (contactPositionId == Id)
        {
            throw new DomainException("Đầu mối báo cáo phải là một chức danh khác.", nameof(ContactPositionId));
        }

        ContactPositionId = contactPositionId;
    }

    public string Title { get; private set; }

    /// <summary>Renames a commune's own title or organisation; the standard titles are the law's and stay as they are.</summary>
    public void Rename(string title)
    {
        if (IsStandard)
        {
            throw new DomainException("Chức danh theo quy định chung không đổi tên được.", nameof(Title));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException(IsOrganisation ? "Tên tổ chức không được để trống." : "Chức danh không được để trống.", nameof(Title));
        }

        Title = title.Trim();
    }

    /// <summary>The title as an issued version's snapshot recorded it (<see cref="Plans.IssuedSnapshot"/>).</summary>
    internal static Position Restore(Guid id, string title, Guid? communeId, int order, PositionKind kind = PositionKind.Official, Guid? contactPositionId = null) =>
        new() { Id = id, Title = title, CommuneId = communeId, Order = order, Kind = kind, ContactPositionId = contactPositionId };

    /// <summary>Null for a title of the standard catalogue, shared by every commune.</summary>
    public Guid? CommuneId { get; private set; }

    public int Order { get; private set; }

    public bool IsStandard => CommuneId is null;
}
