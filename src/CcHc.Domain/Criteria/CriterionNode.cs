using CcHc.Domain.Common;

namespace CcHc.Domain.Criteria;

/// <summary>
/// A node of a criteria tree: a field (lĩnh vực, level 1), criterion (tiêu chí, 2), sub-criterion (tiêu chí thành phần, 3)
/// or deeper. The code is a string and may be empty (seed 000 lists sub-criteria without codes); the maximum may be
/// unknown where the source does not print it.
/// </summary>
public sealed class CriterionNode : Entity
{
    private CriterionNode()
    {
        Code = Title = string.Empty;
    }

    internal CriterionNode(Guid criteriaSetId, CriterionNode? parent, string? code, string title, int level, decimal? maxScore, int order)
    {
        CriteriaSetId = criteriaSetId;
        Parent = parent;
        ParentId = parent?.Id;
        Code = code?.Trim() ?? string.Empty;
        Title = title.Trim();
        Level = level;
        MaxScore = maxScore;
        Order = order;
    }

    /// <summary>The node as an issued version's snapshot recorded it; the parent is linked by <see cref="CriteriaSet.Restore"/>.</summary>
    internal static CriterionNode Restore(Guid id, Guid criteriaSetId, Guid? parentId, string code, string title, int level, decimal? maxScore, int order) =>
        new() { Id = id, CriteriaSetId = criteriaSetId, ParentId = parentId, Code = code, Title = title, Level = level, MaxScore = maxScore, Order = order };

    internal void LinkParent(CriterionNode? parent) => Parent = parent;

    public Guid CriteriaSetId { get; private set; }

    public Guid? ParentId { get; private set; }

    public CriterionNode? Parent { get; private set; }

    public string Code { get; private set; }

    public string Title { get; private set; }

    /// <summary>1 = lĩnh vực, 2 = tiêu chí, 3 = tiêu chí thành phần, 4 … as the source numbers it.</summary>
    public int Level { get; private set; }

    public decimal? MaxScore { get; private set; }

    /// <summary>Position in document order within the set (0-based).</summary>
    public int Order { get; private set; }

    /// <summary>"1.5.3. Tổ chức thực hiện…", the bare title where there is no code, the bare code where the source prints no title (seed 001's "1.2").</summary>
    public string DisplayName => Code.Length == 0 ? Title : Title.Length == 0 ? Code : $"{Code}. {Title}";

    internal void Update(string? code, string title, decimal? maxScore)
    {
        Code = code?.Trim() ?? string.Empty;
        Title = title.Trim();
        MaxScore = maxScore;
    }

    internal void MoveTo(int order) => Order = order;
}
