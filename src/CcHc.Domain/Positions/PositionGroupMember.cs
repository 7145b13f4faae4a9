using CcHc.Domain.Common;

namespace CcHc.Domain.Positions;

/// <summary>
/// One member of a group as a commune defines it: "Các công chức chuyên môn" lists the specialist titles, "Các ban,
/// ngành, đoàn thể" the organisations, "Toàn thể cán bộ, công chức" (a standard title, so the list is per commune)
/// whichever titles the commune counts. A member is a title, an organisation (answered by its contact) or another
/// group. Changed only through <see cref="CommunePositions.SetMembers"/>.
/// </summary>
public sealed class PositionGroupMember : Entity
{
    private PositionGroupMember()
    {
    }

    public PositionGroupMember(Guid communeId, Guid groupPositionId, Guid memberPositionId)
    {
        if (groupPositionId == memberPositionId)
        {
            throw new DomainException("Một nhóm không là thành viên của chính nó.", CommunePositions.MembersField);
        }

        CommuneId = communeId;
        GroupPositionId = groupPositionId;
        MemberPositionId = memberPositionId;
    }

    public Guid CommuneId { get; private set; }

    public Guid GroupPositionId { get; private set; }

    public Guid MemberPositionId { get; private set; }
}
