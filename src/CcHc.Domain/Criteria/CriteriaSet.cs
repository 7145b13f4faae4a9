using CcHc.Domain.Common;

namespace CcHc.Domain.Criteria;

/// <summary>
/// Bộ tiêu chí: the criteria of one index for one province and year, as a tree of any depth kept in document order.
/// Field counts, points, codes and classification bands all change from year to year, so they are data.
/// </summary>
public sealed class CriteriaSet : Entity
{
    private readonly List<CriterionNode> _nodes = [];
    private List<ClassificationBand> _bands = [];

    private CriteriaSet()
    {
        Name = Province = string.Empty;
    }

    public CriteriaSet(string name, IndexKind indexKind, string province, int year, CriteriaCoverage coverage)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Tên bộ tiêu chí không được để trống.");
        }

        if (year is < 2000 or > 2100)
        {
            throw new DomainException($"Năm {year} không hợp lệ.");
        }

        Name = name.Trim();
        IndexKind = indexKind;
        Province = province.Trim();
        Year = year;
        Coverage = coverage;
    }

    /// <summary>The set as an issued version's snapshot recorded it (<see cref="Plans.IssuedSnapshot"/>), same ids.</summary>
    internal static CriteriaSet Restore(
        Guid id, string name, IndexKind indexKind, string province, int year, CriteriaCoverage coverage,
        IEnumerable<ClassificationBand> bands, IEnumerable<CriterionNode> nodes)
    {
        var set = new CriteriaSet { Id = id, Name = name, IndexKind = indexKind, Province = province, Year = year, Coverage = coverage };
        set._bands = [.. bands];
        set._nodes.AddRange(nodes);
        foreach (var node in set._nodes)
        {
            node.LinkParent(node.ParentId is { } parentId ? set.Find(parentId) : null);
        }

        return set;
    }

    public string Name { get; private set; }

    public IndexKind IndexKind { get; private set; }

    public string Province { get; private set; }

    public int Year { get; private set; }

    public CriteriaCoverage Coverage { get; private set; }

    /// <summary>Every node in document order.</summary>
    public IReadOnlyList<CriterionNode> Nodes => _nodes.OrderBy(n => n.Order).ToList();

    /// <summary>Highest band first.</summary>
    public IReadOnlyList<ClassificationBand> ClassificationBands => _bands;

    public IEnumerable<CriterionNode> Fields => Nodes.Where(n => n.ParentId is null);

    public IEnumerable<CriterionNode> ChildrenOf(CriterionNode node) => Nodes.Where(n => n.ParentId == node.Id);

    public CriterionNode? Find(Guid id) => _nodes.Find(n => n.Id == id);

    /// <summary>Appends a node at the end of the document order under <paramref name="parent"/> (null: a field).</summary>
    public CriterionNode AddNode(CriterionNode? parent, string? code, string? title, decimal? maxScore, int? level = null)
    {
        // A source may print a row's code without its title (seed 001's "1.2"): a code alone names the node.
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(code))
        {
            throw new DomainException("Nội dung tiêu chí không được để trống.");
        }

        if (parent is not null && !_nodes.Contains(parent))
        {
            throw new DomainException("Tiêu chí cha không thuộc bộ tiêu chí này.");
        }

        ValidateMax(maxScore);
        var actualLevel = level ?? (parent is null ? 1 : parent.Level + 1);
        if (parent is not null && actualLevel <= parent.Level)
        {
            throw new DomainException($"Cấp {actualLevel} phải lớn hơn cấp của tiêu chí cha ({parent.Level}).");
        }

        if (parent is null && actualLevel != 1)
        {
            throw new DomainException("Một lĩnh vực (không có tiêu chí cha) phải ở cấp 1.");
        }

        var node = new CriterionNode(Id, parent, code, title ?? string.Empty, actualLevel, maxScore, _nodes.Count);
        _nodes.Add(node);
        return node;
    }

    private void UpdateNode(Guid nodeId, string? code, string? title, decimal? maxScore)
    {
        var node = Find(nodeId) ?? throw new DomainException("Không tìm thấy tiêu chí.");
        // A source may print a row's code without its title (seed 001's "1.2"): a code alone names the node.
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(code))
        {
            throw new DomainException("Nội dung tiêu chí không được để trống.");
        }

        ValidateMax(maxScore);
        node.Update(code, title ?? string.Empty, maxScore);
    }

    /// <summary>
    /// Changes a node, refusing a maximum below a score an assessment has already recorded for it (the scores would
    /// exceed their maximum). The refusal names <see cref="CriterionNode.MaxScore"/>.
    /// </summary>
    public void UpdateNode(Guid nodeId, string? code, string title, decimal? maxScore, RecordedScores recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.UnderIssuedPlan && Find(nodeId) is { } current && current.MaxScore != maxScore)
        {
            throw new DomainException(RecordedScores.IssuedMessage, nameof(CriterionNode.MaxScore));
        }

        if (maxScore is { } max && recorded.HighestFor(nodeId) is { } highest && highest > max)
        {
            throw new DomainException(
                $"Đã có kết quả chấm {VietnameseNumbers.Score(highest)} điểm cho tiêu chí này; điểm tối đa không được nhỏ hơn.", nameof(CriterionNode.MaxScore));
        }

        UpdateNode(nodeId, code, title, maxScore);
    }

    /// <summary>A node and every node below it, the node first, in document order.</summary>
    public IReadOnlyList<CriterionNode> SubtreeOf(Guid nodeId)
    {
        var node = Find(nodeId) ?? throw new DomainException("Không tìm thấy tiêu chí.");
        var ids = new HashSet<Guid> { node.Id };
        var subtree = new List<CriterionNode> { node };
        foreach (var candidate in Nodes.Where(n => n.Order > node.Order))
        {
            if (candidate.ParentId is { } p && ids.Contains(p))
            {
                ids.Add(candidate.Id);
                subtree.Add(candidate);
            }
        }

        return subtree;
    }

    /// <summary>Removes a node and its whole subtree; document order closes up.</summary>
    private void RemoveNode(Guid nodeId)
    {
        var doomed = SubtreeOf(nodeId).Select(n => n.Id).ToHashSet();
        _nodes.RemoveAll(n => doomed.Contains(n.Id));
        var order = 0;
        foreach (var remaining in _nodes.OrderBy(n => n.Order))
        {
            remaining.MoveTo(order++);
        }
    }

    /// <summary>
    /// Removes a node and its subtree unless an assessment has recorded a score for any of them (the scores would lose
    /// their criterion); returns what was removed, the node first.
    /// </summary>
    public IReadOnlyList<CriterionNode> RemoveNode(Guid nodeId, RecordedScores recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.UnderIssuedPlan)
        {
            throw new DomainException(RecordedScores.IssuedMessage);
        }

        var subtree = SubtreeOf(nodeId);
        var scores = subtree.Sum(n => recorded.CountFor(n.Id));
        if (scores > 0)
        {
            throw new DomainException(
                $"Không xóa được \"{subtree[0].DisplayName}\": đã có {scores} điểm của các kết quả thẩm định ghi cho tiêu chí này"
                + (subtree.Count > 1 ? " hoặc tiêu chí con của nó" : string.Empty) + ". Xóa các điểm đó trước, hoặc sửa tiêu chí thay vì xóa.");
        }

        RemoveNode(nodeId);
        return subtree;
    }

    public void SetClassificationBands(IEnumerable<ClassificationBand> bands)
    {
        var list = bands.OrderByDescending(b => b.MinPercent).ToList();
        if (list.Any(b => b.MinPercent is < 0 or > 100 || string.IsNullOrWhiteSpace(b.Label)))
        {
            throw new DomainException("Ngưỡng xếp loại phải có tên và nằm trong khoảng 0–100%.");
        }

        _bands = list;
    }

    /// <summary>The band of a total, e.g. 85,08/100 → "Khá" with the default bands; null where the set has no bands.</summary>
    public string? Classify(decimal total, decimal max)
    {
        if (max <= 0)
        {
            return null;
        }

        var percent = total / max * 100m;
        return _bands.FirstOrDefault(b => percent >= b.MinPercent)?.Label;
    }

    /// <summary>A copy for another year (admin: "copy last year's set"), keeping the tree and the bands.</summary>
    public CriteriaSet CopyForYear(int year, string? name = null)
    {
        var copy = new CriteriaSet(name ?? Name, IndexKind, Province, year, Coverage);
        var map = new Dictionary<Guid, CriterionNode>();
        foreach (var node in Nodes)
        {
            var parent = node.ParentId is { } pid ? map[pid] : null;
            map[node.Id] = copy.AddNode(parent, node.Code, node.Title, node.MaxScore, node.Level);
        }

        copy._bands = [.. _bands];
        return copy;
    }

    /// <summary>
    /// Whether <paramref name="other"/> is the same set again: same index, province (case and spacing aside) and year,
    /// and the same tree (each node's code, title, level, maximum and parent, in tree order). The name does not count:
    /// the same content imported under another name is still a second copy.
    /// </summary>
    public bool HasSameContentAs(CriteriaSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IndexKind != IndexKind || other.Year != Year
            || !string.Equals(ProvinceKey(other.Province), ProvinceKey(Province), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var mine = Shape(this);
        var theirs = Shape(other);
        return mine.SequenceEqual(theirs);

        static List<(string Code, string Title, int Level, decimal? Max, int Parent)> Shape(CriteriaSet set)
        {
            var ordered = set.InTreeOrder();
            var index = ordered.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i);
            return ordered.Select(n => (n.Code, n.Title, n.Level, n.MaxScore, n.ParentId is { } p && index.TryGetValue(p, out var pi) ? pi : -1)).ToList();
        }
    }

    /// <summary>A province as compared between sets: trimmed, inner spaces collapsed, NFC.</summary>
    public static string ProvinceKey(string? province) =>
        string.Join(' ', (province ?? string.Empty).Normalize(System.Text.NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Each field, then its subtree depth-first, children in document order.</summary>
    public IReadOnlyList<CriterionNode> InTreeOrder()
    {
        var nodes = Nodes;
        var children = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        var ids = nodes.Select(n => n.Id).ToHashSet();
        var ordered = new List<CriterionNode>(nodes.Count);
        foreach (var root in nodes.Where(n => n.ParentId is not { } p || !ids.Contains(p)))
        {
            Visit(root);
        }

        return ordered;

        void Visit(CriterionNode node)
        {
            ordered.Add(node);
            foreach (var child in children[node.Id])
            {
                Visit(child);
            }
        }
    }

    /// <summary>The default bands of the PAR index decisions in the seeds: Tốt ≥ 90 %, Khá ≥ 70 %, Trung bình ≥ 50 %, Kém.</summary>
    public static IReadOnlyList<ClassificationBand> DefaultParIndexBands { get; } =
    [
        new("Tốt", 90m),
        new("Khá", 70m),
        new("Trung bình", 50m),
        new("Kém", 0m),
    ];

    private static void ValidateMax(decimal? maxScore)
    {
        if (maxScore is < 0)
        {
            throw new DomainException("Điểm tối đa không được âm.");
        }

        if (maxScore is { } m && decimal.Round(m, 2) != m)
        {
            throw new DomainException("Điểm tối đa chỉ có tối đa 2 chữ số thập phân.");
        }
    }
}
