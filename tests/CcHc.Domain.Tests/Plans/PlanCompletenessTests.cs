using CcHc.Domain.Common;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Tests.Builders;
using static CcHc.Domain.Tests.Builders.PlanBuilder;

namespace CcHc.Domain.Tests.Plans;

public sealed class PlanCompletenessTests
{
    [Fact]
    public void An_empty_plan_covers_nothing_and_counts_every_deducted_point()
    {
        var builder = new PlanBuilder();

        var completeness = builder.Plan.CheckCompleteness(builder.Evaluation);

        Assert.False(completeness.IsComplete);
        Assert.Equal(2, completeness.DeductionsTotal);
        Assert.Equal(0, completeness.DeductionsCovered);
        Assert.Equal(2m, completeness.PointsDeducted);
        Assert.Equal(0m, completeness.PointsCovered);
    }

    [Fact]
    public void Linking_one_criterion_covers_it_and_the_rest_is_listed_as_missing()
    {
        var builder = new PlanBuilder();
        builder.Plan.AddItem(Item("A.1", builder.Node("A.1")));

        var completeness = builder.Plan.CheckCompleteness(builder.Evaluation);

        Assert.Equal(1, completeness.DeductionsCovered);
        Assert.Equal(0.5m, completeness.PointsCovered);
        var missing = Assert.Single(completeness.Missing);
        Assert.Contains("A.2", missing, StringComparison.Ordinal);
        Assert.Contains("1,5", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Linking_a_field_covers_every_deducted_criterion_under_it()
    {
        var builder = new PlanBuilder().Complete();

        var completeness = builder.Plan.CheckCompleteness(builder.Evaluation);

        Assert.True(completeness.IsComplete);
        Assert.Equal(2m, completeness.PointsCovered);
    }

    [Fact]
    public void The_percentage_is_the_share_of_deductions_answered()
    {
        var builder = new PlanBuilder();
        builder.Plan.AddItem(Item("A.1", builder.Node("A.1")));

        Assert.Equal(50, builder.Plan.CheckCompleteness(builder.Evaluation).Percent);
        var empty = new PlanBuilder();
        Assert.Equal(0, empty.Plan.CheckCompleteness(empty.Evaluation).Percent);
        var complete = new PlanBuilder().Complete();
        Assert.Equal(100, complete.Plan.CheckCompleteness(complete.Evaluation).Percent);
    }

    [Fact]
    public void The_percentage_never_says_100_while_something_is_listed_as_missing()
    {
        // Every deduction is covered by a substantive item, and one more item lacks its tasks: the list is not empty.
        var builder = new PlanBuilder().Complete();
        builder.Plan.AddItem(new ItemContent("Nội dung thêm", null, [], null, null, [], null, []));

        var completeness = builder.Plan.CheckCompleteness(builder.Evaluation);

        Assert.Equal(completeness.DeductionsTotal, completeness.DeductionsCovered);
        Assert.NotEmpty(completeness.Missing);
        Assert.Equal(99, completeness.Percent);
    }

    [Fact]
    public void A_criterion_with_full_marks_needs_no_item()
    {
        var builder = new PlanBuilder().Complete();

        var completeness = builder.Plan.CheckCompleteness(builder.Evaluation);

        Assert.DoesNotContain(completeness.Required, r => r.Criterion.Title == "B");
    }

    [Fact]
    public void An_item_without_tasks_lead_or_deadline_does_not_cover_and_says_what_it_lacks()
    {
        var builder = new PlanBuilder();
        builder.Plan.AddItem(new ItemContent("Lĩnh vực A", null, [builder.Node("A").Id], null, null, [], null, []));

        var completeness = builder.Plan.CheckCompleteness(builder.Evaluation);

        Assert.Equal(0, completeness.DeductionsCovered);
        Assert.Contains(completeness.Missing, m => m.Contains("nhiệm vụ, giải pháp, đơn vị chủ trì, thời gian hoàn thành", StringComparison.Ordinal));
    }

    [Fact]
    public void Deadlines_on_every_task_are_enough_without_one_on_the_item()
    {
        var builder = new PlanBuilder();
        builder.Plan.AddItem(new ItemContent("Lĩnh vực A", null, [builder.Node("A").Id], null, Lead, [], null,
            [new TaskContent("Việc 1", Deadline.InQuarter(2024, 2)), new TaskContent("Việc 2", Deadline.Parse("Cả năm", 2024))]));

        Assert.True(builder.Plan.CheckCompleteness(builder.Evaluation).IsComplete);
    }

    [Fact]
    public void A_deduction_the_commune_cannot_remedy_is_covered_when_the_reason_is_given()
    {
        var builder = new PlanBuilder();
        builder.Plan.AddItem(Item("A.1", builder.Node("A.1")));
        builder.Plan.AddItem(new ItemContent("Mức độ thu hút đầu tư", null, [builder.Node("A.2").Id], null, null, [], null, [],
            NotRemediable: true, NotRemediableReason: "Phụ thuộc nhà đầu tư, ngoài thẩm quyền của xã"));

        Assert.True(builder.Plan.CheckCompleteness(builder.Evaluation).IsComplete);
    }

    [Fact]
    public void Marking_a_deduction_not_remediable_without_a_reason_is_refused()
    {
        var builder = new PlanBuilder();

        Assert.Throws<DomainException>(() => builder.Plan.AddItem(
            new ItemContent("Mức độ thu hút đầu tư", null, [builder.Node("A.2").Id], null, null, [], null, [], NotRemediable: true)));
        Assert.Empty(builder.Plan.Items);
    }

    [Fact]
    public void Editing_an_item_keeps_the_identity_of_tasks_that_are_still_there()
    {
        var builder = new PlanBuilder();
        var item = builder.Plan.AddItem(Item("A", builder.Node("A")));
        var first = item.Tasks[0];

        builder.Plan.UpdateItem(item.Id, Item("A", builder.Node("A")) with
        {
            Tasks = [new TaskContent("Việc mới"), new TaskContent("Nhiệm vụ (sửa)", null, first.Id)],
        });

        Assert.Equal(["Việc mới", "Nhiệm vụ (sửa)"], item.Tasks.Select(t => t.Description));
        Assert.Equal(first.Id, item.Tasks[1].Id);
    }
}
