using CcHc.DemoData;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Plans;

/// <summary>Submission and approval are not silent about the source's own arithmetic (seed 000, Cẩm Sơn).</summary>
public sealed class SourceDiscrepancyTests
{
    private static readonly Actor Clerk = new("clerk", "Công chức VP-TK");
    private static readonly Actor Chairman = new("chairman", "Chủ tịch UBND xã");
    private static readonly DateTimeOffset At = new(2024, 2, 5, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Cam_sons_list_names_the_headings_whose_bullets_do_not_add_up()
    {
        var demo = CamSon2023.Build(new StandardPositions());

        var list = SourceDiscrepancies.Of(demo.Assessment.Evaluate(demo.CriteriaSet));

        Assert.NotEmpty(list);
        Assert.Contains(list, d => d.Contains("các nội dung con được liệt kê cộng lại", StringComparison.Ordinal)
            || d.Contains("các tiêu chí con cộng lại", StringComparison.Ordinal));
    }

    [Fact]
    public void Submitting_records_the_list_and_approving_needs_the_chairmans_acknowledgement_which_the_history_keeps()
    {
        var demo = CamSon2023.Build(new StandardPositions());
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);
        var list = SourceDiscrepancies.Of(evaluation);
        var plan = demo.Plan;

        plan.Submit(Clerk, At, evaluation);
        var submitted = plan.Transitions.Single(t => t.Action == PlanAction.Submit);
        Assert.StartsWith($"Trình kèm {list.Count} chỗ số liệu của văn bản nguồn không khớp", submitted.Comment, StringComparison.Ordinal);
        Assert.Contains(list[0], submitted.Comment, StringComparison.Ordinal);

        var refused = Assert.Throws<DomainException>(() => plan.Approve(Chairman, At.AddHours(1), new SourceReview(list.Count, Acknowledged: false)));
        Assert.Equal(SourceDiscrepancies.AcknowledgementRequired, refused.Message);
        Assert.Equal(PlanStatus.Submitted, plan.Status);

        plan.Approve(Chairman, At.AddHours(1), new SourceReview(list.Count, Acknowledged: true));
        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Equal(SourceDiscrepancies.AcknowledgedNote(list.Count), plan.Transitions.Single(t => t.Action == PlanAction.Approve).Comment);
    }

    [Fact]
    public void A_plan_whose_figures_agree_is_submitted_and_approved_without_a_note()
    {
        var builder = new Builders.PlanBuilder().Complete();
        Assert.Empty(SourceDiscrepancies.Of(builder.Evaluation));

        builder.Plan.Submit(Clerk, At, builder.Evaluation);
        builder.Plan.Approve(Chairman, At.AddHours(1));

        Assert.All(builder.Plan.Transitions, t => Assert.Null(t.Comment));
    }

    [Fact]
    public void A_very_long_list_is_cut_to_what_the_history_column_holds()
    {
        var list = Enumerable.Range(1, 200).Select(i => $"Tiêu chí {i}: bị trừ 1 điểm, nhưng các nội dung con được liệt kê cộng lại bị trừ 2 điểm.").ToList();

        var note = SourceDiscrepancies.SubmitNote(list)!;

        Assert.Equal(SourceDiscrepancies.MaxNote, note.Length);
        Assert.EndsWith("…", note, StringComparison.Ordinal);
        Assert.StartsWith("Trình kèm 200 chỗ", note, StringComparison.Ordinal);
    }
}
