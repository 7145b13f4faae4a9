using CcHc.Domain.Criteria;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// A set's nodes in tree order: each field, then its subtree depth-first, children in document order. For a set read
/// from a file this is its document order; for a set edited afterwards (the domain appends a new node at the end of
/// the document order) it still puts every node under its parent, which the import format and the edit page need.
/// </summary>
public static class CriteriaTree
{
    public static IReadOnlyList<CriterionNode> InTreeOrder(CriteriaSet set)
    {
        var nodes = set.Nodes;
        var children = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        var ids = nodes.Select(n => n.Id).ToHashSet();
        var ordered = new List<CriterionNode>(nodes.Count);

        // A node whose parent is missing (it should not happen) is shown as a root rather than lost.
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
}
