using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Domain.Tests.Builders;
using static CcHc.Domain.Tests.Builders.CriteriaSetBuilder;

namespace CcHc.Domain.Tests.Criteria;

/// <summary>The rules of editing a criteria set that assessments already use: removal and maximum scores.</summary>
public sealed class CriteriaSetEditingTests
{
    private static CriteriaSet Set() => new CriteriaSetBuilder().Field("A", 10).Child("A.1", 6).Child("A.2", 4).Field("B", 5).Build();

    private static RecordedScores Recorded(params (CriterionNode Node, int Count, decimal Highest)[] scores) =>
        new(scores.ToDictionary(s => s.Node.Id, s => s.Count), scores.ToDictionary(s => s.Node.Id, s => s.Highest));

    [Fact]
    public void A_node_without_scores_is_removed_with_its_subtree_and_the_order_closes_up()
    {
        var set = Set();

        var removed = set.RemoveNode(Node(set, "A").Id, Recorded((Node(set, "B"), 3, 4m)));

        Assert.Equal(["A", "A.1", "A.2"], removed.Select(n => n.Title));
        Assert.Equal(["B"], set.Nodes.Select(n => n.Title));
        Assert.Equal([0], set.Nodes.Select(n => n.Order));
    }

    [Fact]
    public void A_node_whose_child_has_scores_is_not_removed_and_the_refusal_counts_them()
    {
        var set = Set();

        var error = Assert.Throws<DomainException>(() => set.RemoveNode(Node(set, "A").Id, Recorded((Node(set, "A.2"), 2, 3m), (Node(set, "A.1"), 1, 5m))));

        Assert.Equal("Không xóa được \"A\": đã có 3 điểm của các kết quả thẩm định ghi cho tiêu chí này hoặc tiêu chí con của nó. Xóa các điểm đó trước, hoặc sửa tiêu chí thay vì xóa.", error.Message);
        Assert.Equal(4, set.Nodes.Count);
    }

    [Fact]
    public void A_leaf_with_scores_is_refused_without_mentioning_children()
    {
        var set = Set();

        var error = Assert.Throws<DomainException>(() => set.RemoveNode(Node(set, "B").Id, Recorded((Node(set, "B"), 1, 5m))));

        Assert.DoesNotContain("tiêu chí con", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4.5, true)]
    [InlineData(5.0, true)]
    [InlineData(4.49, false)]
    public void A_maximum_may_not_go_below_the_highest_score_recorded_for_the_node(double max, bool allowed)
    {
        var set = Set();
        var node = Node(set, "A.1");
        var recorded = Recorded((node, 2, 4.5m));

        var change = () => set.UpdateNode(node.Id, "A.1", "A.1", (decimal)max, recorded);

        if (allowed)
        {
            change();
            Assert.Equal((decimal)max, node.MaxScore);
        }
        else
        {
            var error = Assert.Throws<DomainException>(change);
            Assert.Equal(nameof(CriterionNode.MaxScore), error.Field);
            Assert.Equal("Đã có kết quả chấm 4,5 điểm cho tiêu chí này; điểm tối đa không được nhỏ hơn.", error.Message);
            Assert.Equal(6m, node.MaxScore);
        }
    }

    [Fact]
    public void An_unknown_maximum_bounds_nothing_and_unscored_nodes_take_any_maximum()
    {
        var set = Set();
        var recorded = Recorded((Node(set, "A.1"), 1, 5m));

        set.UpdateNode(Node(set, "A.1").Id, "A.1", "A.1", null, recorded);
        set.UpdateNode(Node(set, "A.2").Id, "A.2", "A.2", 0m, recorded);

        Assert.Null(Node(set, "A.1").MaxScore);
        Assert.Equal(0m, Node(set, "A.2").MaxScore);
    }

    [Fact]
    public void The_subtree_of_a_node_lists_it_first_then_its_descendants_in_document_order()
    {
        var set = new CriteriaSetBuilder().Field("A", 10).Child("A.1", 6).Field("B", 5).Build();

        Assert.Equal(["A", "A.1"], set.SubtreeOf(Node(set, "A").Id).Select(n => n.Title));
        Assert.Equal(["B"], set.SubtreeOf(Node(set, "B").Id).Select(n => n.Title));
    }

    [Fact]
    public void Under_an_issued_plan_a_set_keeps_its_maxima_and_nodes_but_takes_a_corrected_title()
    {
        var set = Set();
        var issued = RecordedScores.None with { UnderIssuedPlan = true };
        var a1 = Node(set, "A.1");

        var max = Assert.Throws<DomainException>(() => set.UpdateNode(a1.Id, a1.Code, a1.Title, 5m, issued));
        Assert.Equal((RecordedScores.IssuedMessage, nameof(CriterionNode.MaxScore)), (max.Message, max.Field));
        Assert.Equal(RecordedScores.IssuedMessage, Assert.Throws<DomainException>(() => set.RemoveNode(Node(set, "B").Id, issued)).Message);

        set.UpdateNode(a1.Id, a1.Code, "A.1 (sửa chính tả)", a1.MaxScore, issued);
        Assert.Equal("A.1 (sửa chính tả)", Node(set, "A.1 (sửa chính tả)").Title);
        Assert.Equal(6m, Node(set, "A.1 (sửa chính tả)").MaxScore);
    }
}
