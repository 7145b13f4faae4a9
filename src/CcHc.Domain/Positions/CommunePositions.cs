using System.Text;
using CcHc.Domain.Common;

namespace CcHc.Domain.Positions;

/// <summary>
/// One commune's catalogue of who can lead or support a task: the standard titles (shared by every commune), the
/// commune's own titles and its organisations. The rules of changing it live here: a name is unique among everything
/// the commune can name (letter case and spacing aside), an organisation's contact is one of the titles the commune can
/// name (never another organisation), the standard titles are not renamed, and a suggestion is only added when asked.
/// Field names of refusals: <see cref="NameField"/>, <see cref="ContactField"/>.
/// </summary>
public sealed class CommunePositions
{
    public const string NameField = "Name";
    public const string ContactField = "ContactPositionId";
    public const string MembersField = "MemberIds";
    public const int MaxNameLength = 300;

    private readonly List<Position> _all;
    private readonly List<PositionGroupMember> _members;

    /// <param name="communeId">The commune whose catalogue this is.</param>
    /// <param name="positions">The standard titles and the commune's own positions (others are ignored).</param>
    /// <param name="members">The commune's group members (others are ignored); none when omitted.</param>
    public CommunePositions(Guid communeId, IEnumerable<Position> positions, IEnumerable<PositionGroupMember>? members = null)
    {
        ArgumentNullException.ThrowIfNull(positions);
        CommuneId = communeId;
        _all = positions.Where(p => p.CommuneId is null || p.CommuneId == communeId).OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        _members = (members ?? []).Where(m => m.CommuneId == communeId).ToList();
    }

    /// <summary>The commune's group members, as <see cref="SetMembers"/> leaves them.</summary>
    public IReadOnlyList<PositionGroupMember> Members => _members;

    /// <summary>The groups the commune can fill: the standard "Toàn thể cán bộ, công chức" and its own groups.</summary>
    public IReadOnlyList<Position> Groups => _all.Where(p => p.IsGroup).ToList();

    /// <summary>The member positions of a group, in the catalogue's order.</summary>
    public IReadOnlyList<Position> MembersOf(Guid groupId) =>
        _all.Where(p => _members.Exists(m => m.GroupPositionId == groupId && m.MemberPositionId == p.Id)).ToList();

    /// <summary>What a group may list: every title, organisation and group of the commune but the group itself.</summary>
    public IReadOnlyList<Position> MemberChoices(Guid groupId) => _all.Where(p => p.Id != groupId).ToList();

    /// <summary>Adds a group of the commune's own ("Các công chức chuyên môn"); its members are listed with <see cref="SetMembers"/>.</summary>
    public Position AddGroup(string name) =>
        Add(new Position(CheckedName(name, null, PositionKind.Group), CommuneId, NextOrder(), PositionKind.Group));

    /// <summary>
    /// Lists a group's members (replacing the list): positions of the commune, never the group itself nor a group that
    /// already contains it (directly or through another group). Returns the rows to add and to remove.
    /// </summary>
    public (IReadOnlyList<PositionGroupMember> Added, IReadOnlyList<PositionGroupMember> Removed) SetMembers(Guid groupId, IEnumerable<Guid> memberIds)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var group = Find(groupId) ?? throw new DomainException("Không tìm thấy nhóm này của xã.");
        if (!group.IsGroup)
        {
            throw new DomainException($"\"{group.Title}\" không phải là một nhóm.", MembersField);
        }

        var wanted = memberIds.Distinct().ToList();
        foreach (var id in wanted)
        {
            var member = Find(id) ?? throw new DomainException("Thành viên đã chọn không phải là chức danh, tổ chức hay nhóm của xã.", MembersField);
            if (member.Id == groupId)
            {
                throw new DomainException("Một nhóm không là thành viên của chính nó.", MembersField);
            }

            if (member.IsGroup && Contains(member.Id, groupId, []))
            {
                throw new DomainException($"Nhóm \"{member.Title}\" đã bao gồm \"{group.Title}\"; không thể lồng vòng.", MembersField);
            }
        }

        var removed = _members.Where(m => m.GroupPositionId == groupId && !wanted.Contains(m.MemberPositionId)).ToList();
        var added = wanted.Where(id => !_members.Exists(m => m.GroupPositionId == groupId && m.MemberPositionId == id))
            .Select(id => new PositionGroupMember(CommuneId, groupId, id)).ToList();
        _members.RemoveAll(removed.Contains);
        _members.AddRange(added);
        return (added, removed);
    }

    /// <summary>Whether <paramref name="groupId"/> contains <paramref name="soughtId"/>, directly or through its member groups.</summary>
    private bool Contains(Guid groupId, Guid soughtId, HashSet<Guid> seen)
    {
        if (!seen.Add(groupId))
        {
            return false;
        }

        return _members.Where(m => m.GroupPositionId == groupId)
            .Any(m => m.MemberPositionId == soughtId || Contains(m.MemberPositionId, soughtId, seen));
    }

    public Guid CommuneId { get; }

    public IReadOnlyList<Position> Standard => _all.Where(p => p.IsStandard).ToList();

    public IReadOnlyList<Position> OwnTitles => _all.Where(p => !p.IsStandard && p.Kind == PositionKind.Official).ToList();

    public IReadOnlyList<Position> OwnGroups => _all.Where(p => !p.IsStandard && p.Kind == PositionKind.Group).ToList();

    public IReadOnlyList<Position> Organisations => _all.Where(p => !p.IsStandard && p.IsOrganisation).ToList();

    /// <summary>The titles an organisation's contact may be: standard and own titles, not organisations.</summary>
    public IReadOnlyList<Position> ContactChoices => _all.Where(p => p.Kind == PositionKind.Official).ToList();

    /// <summary>The suggested organisations the commune does not have yet (by name), in the suggestion order.</summary>
    public IReadOnlyList<string> MissingSuggestions =>
        OrganisationCatalogue.Suggested.Where(name => Find(name) is null).ToList();

    public Position? Find(Guid id) => _all.Find(p => p.Id == id);

    /// <summary>The position with this name, letter case and spacing aside; null if none.</summary>
    public Position? Find(string name)
    {
        var key = Key(name);
        return _all.Find(p => Key(p.Title) == key);
    }

    /// <summary>Adds an organisation of the commune, with the title whose holder reports for it (or none yet).</summary>
    public Position AddOrganisation(string name, Guid? contactPositionId)
    {
        var clean = CheckedName(name, null, PositionKind.Organisation);
        CheckContact(contactPositionId);
        return Add(new Position(clean, CommuneId, NextOrder(), PositionKind.Organisation, contactPositionId));
    }

    /// <summary>Adds a title of the commune's own ("Chuyên trách công nghệ thông tin").</summary>
    public Position AddTitle(string title) =>
        Add(new Position(CheckedName(title, null, PositionKind.Official), CommuneId, NextOrder()));

    /// <summary>Adds one of <see cref="OrganisationCatalogue.Suggested"/> the clerk chose; refused if it is not one or is there.</summary>
    public Position AddSuggested(string name)
    {
        var suggestion = OrganisationCatalogue.Suggested.FirstOrDefault(s => Key(s) == Key(name))
            ?? throw new DomainException("Không có tổ chức này trong danh sách gợi ý.", NameField);
        return AddOrganisation(suggestion, null);
    }

    public void Rename(Guid positionId, string name)
    {
        var position = Own(positionId);
        position.Rename(CheckedName(name, position.Id, position.Kind));
    }

    public void SetContact(Guid organisationId, Guid? contactPositionId)
    {
        var organisation = Own(organisationId);
        if (!organisation.IsOrganisation)
        {
            throw new DomainException("Chỉ tổ chức mới có đầu mối báo cáo.", ContactField);
        }

        CheckContact(contactPositionId);
        organisation.SetContact(contactPositionId);
    }

    /// <summary>
    /// Removes a title or organisation of the commune's own that nothing names: no plan item (as lead, co-lead or
    /// supporter, in any version — an issued one never changes), no account, no organisation as its contact. Otherwise
    /// refused with what uses it, so a mistaken entry can go but no printed plan loses a name.
    /// </summary>
    public Position Remove(Guid positionId, PositionUse use)
    {
        ArgumentNullException.ThrowIfNull(use);
        var position = Own(positionId);
        var uses = new List<string>();
        if (use.Items > 0)
        {
            uses.Add($"{use.Items} nội dung kế hoạch ghi là chủ trì hoặc phối hợp");
        }

        if (use.Accounts > 0)
        {
            uses.Add($"{use.Accounts} tài khoản giữ chức danh này");
        }

        var contactOf = Organisations.Where(o => o.ContactPositionId == positionId).Select(o => o.Title).ToList();
        if (contactOf.Count > 0)
        {
            uses.Add($"là đầu mối báo cáo của {string.Join(", ", contactOf)}");
        }

        var memberOf = _members.Where(m => m.MemberPositionId == positionId).Select(m => Find(m.GroupPositionId)?.Title).OfType<string>().ToList();
        if (memberOf.Count > 0)
        {
            uses.Add($"là thành viên của nhóm {string.Join(", ", memberOf)}");
        }

        if (uses.Count > 0)
        {
            throw new DomainException($"Không xóa được \"{position.Title}\": {string.Join("; ", uses)}. Có thể đổi tên thay vì xóa.", NameField);
        }

        _all.Remove(position);
        _members.RemoveAll(m => m.GroupPositionId == positionId);
        return position;
    }

    /// <summary>How names are compared: Unicode-composed, trimmed, inner spacing collapsed, letter case ignored.</summary>
    public static string Key(string? name) =>
        string.Join(' ', Tidy(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string Tidy(string? name) =>
        string.Join(' ', (name ?? string.Empty).Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A position of the commune's own (not a standard title), refused otherwise.</summary>
    public Position Own(Guid id)
    {
        var position = Find(id) ?? throw new DomainException("Không tìm thấy chức danh hoặc tổ chức này của xã.");
        if (position.IsStandard)
        {
            throw new DomainException("Chức danh theo quy định chung không sửa được.", NameField);
        }

        return position;
    }

    private string CheckedName(string? name, Guid? self, PositionKind kind)
    {
        var clean = Tidy(name);
        if (clean.Length == 0)
        {
            throw new DomainException(kind == PositionKind.Organisation ? "Nhập tên tổ chức." : kind == PositionKind.Group ? "Nhập tên nhóm." : "Nhập tên chức danh.", NameField);
        }

        if (clean.Length > MaxNameLength)
        {
            throw new DomainException($"Tên tối đa {MaxNameLength} ký tự.", NameField);
        }

        if (Find(clean) is { } existing && existing.Id != self)
        {
            var what = existing.IsOrganisation ? "tổ chức" : existing.Kind == PositionKind.Group ? "nhóm" : "chức danh";
            throw new DomainException($"Xã đã có {what} \"{existing.Title}\". Tên chức danh, tổ chức của xã không được trùng nhau.", NameField);
        }

        return clean;
    }

    private void CheckContact(Guid? contactPositionId)
    {
        if (contactPositionId is { } id && Find(id) is not { Kind: PositionKind.Official })
        {
            throw new DomainException("Đầu mối báo cáo phải là một chức danh của xã (không phải một tổ chức).", ContactField);
        }
    }

    private int NextOrder() => _all.Count == 0 ? 0 : _all.Max(p => p.Order) + 1;

    private Position Add(Position position)
    {
        _all.Add(position);
        return position;
    }
}

/// <summary>What names a position outside the catalogue: plan items (lead, co-lead, support) and user accounts.</summary>
public sealed record PositionUse(int Items, int Accounts);
