using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;

namespace CcHc.Domain.Plans;

/// <summary>
/// The appendix table (Phụ lục) of a plan: every deducted node, in the source's order, under its field, with the item
/// that answers it. A node no item answers keeps its row with empty cells (seed 001's 2.4.4); an item that answers
/// several consecutive rows prints its cause, measures and deadlines once, spanning them (seed 000 in this layout: 31
/// rows, 8 items).
/// </summary>
public static class PlanAppendix
{
    /// <param name="Node">The row's criterion.</param>
    /// <param name="Item">The item that answers it, if any.</param>
    /// <param name="Span">How many rows the item's cells cover from this one; 0 where the row above covers it.</param>
    public sealed record Row(NodeResult Node, RemediationItem? Item, int Span);

    public sealed record Group(NodeResult Field, IReadOnlyList<Row> Rows);

    public static IReadOnlyList<Group> Build(RemediationPlan plan, AssessmentEvaluation evaluation)
    {
        var items = plan.Items;
        var leaves = evaluation.DeductedLeaves().ToList();
        var groups = new List<Group>();
        foreach (var field in evaluation.Fields)
        {
            var fieldId = field.Node.Id;
            var nodes = leaves.Where(r => evaluation.FieldOf(r.Node.Id).Node.Id == fieldId).ToList();

            // Items answering nothing listed (a field-level item, or criteria that lost no points) still print.
            var answered = nodes.Select(n => AnswerOf(n.Node, items, evaluation)).ToList();
            foreach (var item in items.Where(i => !answered.Contains(i) && ItemField(i, evaluation) == fieldId))
            {
                var node = item.CriterionIds.Select(id => evaluation.CriteriaSet.Find(id)).OfType<CriterionNode>().FirstOrDefault() ?? field.Node;
                nodes.Add(evaluation[node.Id]);
                answered.Add(item);
            }

            if (nodes.Count == 0)
            {
                continue;
            }

            var rows = new List<Row>();
            for (var i = 0; i < nodes.Count; i++)
            {
                var item = answered[i];
                var span = 1;
                if (item is not null && i > 0 && answered[i - 1] == item)
                {
                    span = 0;
                }
                else if (item is not null)
                {
                    while (i + span < nodes.Count && answered[i + span] == item)
                    {
                        span++;
                    }
                }

                rows.Add(new Row(nodes[i], item, span));
            }

            groups.Add(new Group(field, rows));
        }

        return groups;
    }

    /// <summary>The first item (in plan order) that names the node or one of its ancestors.</summary>
    private static RemediationItem? AnswerOf(CriterionNode node, IReadOnlyList<RemediationItem> items, AssessmentEvaluation evaluation)
    {
        for (CriterionNode? current = node; current is not null; current = current.ParentId is { } p ? evaluation.CriteriaSet.Find(p) : null)
        {
            var item = items.FirstOrDefault(i => i.CriterionIds.Contains(current.Id));
            if (item is not null)
            {
                return item;
            }
        }

        return null;
    }

    private static Guid? ItemField(RemediationItem item, AssessmentEvaluation evaluation)
    {
        var first = item.CriterionIds.FirstOrDefault(id => evaluation.CriteriaSet.Find(id) is not null);
        return first != Guid.Empty ? evaluation.FieldOf(first).Node.Id : item.FieldId;
    }
}
