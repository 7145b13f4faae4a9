using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Domain.Tests.Builders;
using static CcHc.Domain.Tests.Builders.PlanBuilder;

namespace CcHc.Domain.Tests.Plans;

public sealed class PlanWorkflowTests
{
    public static TheoryData<PlanStatus, PlanAction> EveryStatusAndAction()
    {
        var data = new TheoryData<PlanStatus, PlanAction>();
        foreach (var status in Enum.GetValues<PlanStatus>())
        {
            foreach (var action in Enum.GetValues<PlanAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void Every_move_is_allowed_exactly_when_the_state_machine_lists_it(PlanStatus status, PlanAction action)
    {
        var plan = new PlanBuilder().InStatus(status);
        var expected = PlanWorkflow.Find(status, action);
        var transitionsBefore = plan.Plan.Transitions.Count;

        var attempt = Record.Exception(() => Perform(plan, action));

        if (expected is null)
        {
            var error = Assert.IsType<DomainException>(attempt);
            Assert.Contains(PlanWorkflow.StatusLabel(status), error.Message, StringComparison.Ordinal);
            Assert.Equal(status, plan.Plan.Status);
            Assert.Equal(transitionsBefore, plan.Plan.Transitions.Count);
        }
        else
        {
            Assert.Null(attempt);
            Assert.Equal(expected.To, plan.Plan.Status);
        }
    }

    [Fact]
    public void The_legal_moves_are_the_documented_workflow()
    {
        var moves = PlanWorkflow.Moves.Select(m => $"{m.From} -{m.Action}-> {m.To} by {m.Actor}").ToList();

        Assert.Equal(
            [
                "Draft -Submit-> Submitted by Clerk",
                "Submitted -Return-> Returned by Chairman",
                "Returned -ResumeDrafting-> Draft by Clerk",
                "Submitted -Approve-> Approved by Chairman",
                "Approved -Issue-> Issued by Clerk",
                "Submitted -Withdraw-> Draft by Clerk",
                "Issued -StartNextVersion-> Issued by Clerk",
            ],
            moves);
    }

    [Fact]
    public void An_incomplete_plan_cannot_be_submitted_and_the_refusal_lists_what_is_missing()
    {
        var builder = new PlanBuilder();

        var error = Assert.Throws<PlanIncompleteException>(() => builder.Plan.Submit(Clerk, At, builder.Evaluation));

        Assert.Equal(PlanStatus.Draft, builder.Plan.Status);
        Assert.Equal(2, error.Completeness.Missing.Count);
        Assert.Contains(error.Completeness.Missing, m => m.Contains("A.1", StringComparison.Ordinal) && m.Contains("0,5", StringComparison.Ordinal));
        Assert.Empty(builder.Plan.Transitions);
    }

    [Fact]
    public void A_return_needs_the_chairmans_comment_which_the_clerk_then_sees()
    {
        var builder = new PlanBuilder().InStatus(PlanStatus.Submitted);

        Assert.Throws<DomainException>(() => builder.Plan.Return(Chairman, At, "  "));
        builder.Plan.Return(Chairman, At, "Bổ sung nguyên nhân lĩnh vực A");

        Assert.Equal(PlanStatus.Returned, builder.Plan.Status);
        Assert.Equal("Bổ sung nguyên nhân lĩnh vực A", builder.Plan.ReturnComment);
        Assert.Equal("Bổ sung nguyên nhân lĩnh vực A", builder.Plan.Transitions[^1].Comment);
    }

    [Fact]
    public void A_returned_plan_is_edited_only_after_drafting_resumes_and_resubmission_clears_the_comment()
    {
        var builder = new PlanBuilder().InStatus(PlanStatus.Returned);

        Assert.Throws<DomainException>(() => builder.Plan.UpdateHeader(builder.Plan.Header with { Summary = "Sửa" }));
        builder.Plan.ResumeDrafting(Clerk, At.AddHours(3));
        builder.Plan.UpdateHeader(builder.Plan.Header with { Summary = "Sửa" });
        builder.Plan.Submit(Clerk, At.AddHours(4), builder.Evaluation);

        Assert.Equal(PlanStatus.Submitted, builder.Plan.Status);
        Assert.Null(builder.Plan.ReturnComment);
        Assert.Equal(
            [PlanAction.Submit, PlanAction.Return, PlanAction.ResumeDrafting, PlanAction.Submit],
            builder.Plan.Transitions.Select(t => t.Action));
    }

    [Fact]
    public void Editing_a_returned_plan_reopens_it_as_a_draft_recorded_as_resuming_by_the_editor()
    {
        var builder = new PlanBuilder().InStatus(PlanStatus.Returned);

        Assert.True(RemediationPlan.OpensForEditingIn(PlanStatus.Returned));
        var reopened = builder.Plan.ReopenForEditing(Clerk, At.AddHours(3));
        builder.Plan.UpdateItem(builder.Plan.Items[0].Id, Item("Lĩnh vực A (bổ sung nguyên nhân)", builder.Node("A")));

        Assert.True(reopened);
        Assert.Equal(PlanStatus.Draft, builder.Plan.Status);
        Assert.Equal((PlanAction.ResumeDrafting, "clerk", At.AddHours(3)), (builder.Plan.Transitions[^1].Action, builder.Plan.Transitions[^1].ActorId, builder.Plan.Transitions[^1].At));
        Assert.Equal("Bổ sung nguyên nhân", builder.Plan.ReturnComment);

        // A second edit of the draft takes no further step.
        Assert.False(builder.Plan.ReopenForEditing(Clerk, At.AddHours(4)));
        Assert.Equal(3, builder.Plan.Transitions.Count);
    }

    [Theory]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Approved)]
    [InlineData(PlanStatus.Issued)]
    public void Only_a_draft_or_a_returned_plan_opens_for_editing(PlanStatus status)
    {
        var builder = new PlanBuilder().InStatus(status);
        var steps = builder.Plan.Transitions.Count;

        var error = Assert.Throws<DomainException>(() => builder.Plan.ReopenForEditing(Clerk, At.AddDays(1)));

        Assert.False(RemediationPlan.OpensForEditingIn(status));
        Assert.Contains(PlanWorkflow.StatusLabel(status), error.Message, StringComparison.Ordinal);
        Assert.Equal((status, steps), (builder.Plan.Status, builder.Plan.Transitions.Count));
    }

    [Fact]
    public void The_clerk_withdraws_a_submitted_plan_back_to_a_draft_with_the_reason_in_the_history()
    {
        var builder = new PlanBuilder().InStatus(PlanStatus.Submitted);

        builder.Plan.Withdraw(Clerk, At.AddHours(1), "  Quên đính kèm phụ lục ");

        Assert.Equal(PlanStatus.Draft, builder.Plan.Status);
        Assert.Equal((PlanAction.Withdraw, PlanStatus.Submitted, PlanStatus.Draft, "Quên đính kèm phụ lục"),
            (builder.Plan.Transitions[^1].Action, builder.Plan.Transitions[^1].From, builder.Plan.Transitions[^1].To, builder.Plan.Transitions[^1].Comment));
        builder.Plan.UpdateHeader(builder.Plan.Header with { Summary = "Sửa sau khi rút" });
        Assert.Equal(PlanActor.Clerk, PlanWorkflow.Find(PlanStatus.Submitted, PlanAction.Withdraw)!.Actor);
    }

    [Fact]
    public void Submitting_approving_and_issuing_ask_for_confirmation_the_other_steps_do_not()
    {
        Assert.Equal(
            [PlanAction.Submit, PlanAction.Approve, PlanAction.Issue],
            Enum.GetValues<PlanAction>().Where(PlanWorkflow.NeedsConfirmation));
    }

    [Theory]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Approved)]
    [InlineData(PlanStatus.Issued)]
    public void Only_a_draft_can_be_edited(PlanStatus status)
    {
        var builder = new PlanBuilder().InStatus(status);
        var item = builder.Plan.Items[0];

        Assert.Throws<DomainException>(() => builder.Plan.UpdateHeader(builder.Plan.Header));
        Assert.Throws<DomainException>(() => builder.Plan.AddItem(Item("Mới", builder.Node("A.1"))));
        Assert.Throws<DomainException>(() => builder.Plan.UpdateItem(item.Id, Item("Sửa", builder.Node("A.1"))));
        Assert.Throws<DomainException>(() => builder.Plan.RemoveItem(item.Id));
        Assert.Equal("Lĩnh vực A", builder.Plan.Items[0].Heading);
    }

    [Fact]
    public void Issuing_records_the_number_and_date_and_prints_a_leading_zero_under_ten()
    {
        var builder = new PlanBuilder().InStatus(PlanStatus.Approved);
        Assert.Equal("Số:      /KH-UBND", builder.Plan.NumberLine);

        Assert.Throws<DomainException>(() => builder.Plan.Issue(Clerk, At, "5/KH-UBND", new DateOnly(2024, 2, 5)));
        builder.Plan.Issue(Clerk, At, "5", new DateOnly(2024, 2, 5));

        Assert.Equal("Số: 05/KH-UBND", builder.Plan.NumberLine);
        Assert.Equal(new DateOnly(2024, 2, 5), builder.Plan.IssueDate);
    }

    [Fact]
    public void Changing_an_issued_plan_starts_version_two_as_a_draft_and_leaves_version_one_untouched()
    {
        var builder = new PlanBuilder().InStatus(PlanStatus.Issued);
        var v1 = builder.Plan;

        var v2 = v1.StartNextVersion(Clerk, At.AddDays(30));
        v2.UpdateItem(v2.Items[0].Id, Item("Lĩnh vực A (sửa)", builder.Node("A")));

        Assert.Equal(2, v2.VersionNumber);
        Assert.Equal(v1.Id, v2.PreviousVersionId);
        Assert.Equal(PlanStatus.Draft, v2.Status);
        Assert.Null(v2.DocumentNumber);
        Assert.NotEqual(v1.Items[0].Id, v2.Items[0].Id);
        Assert.Equal(PlanStatus.Issued, v1.Status);
        Assert.Equal("Lĩnh vực A", v1.Items[0].Heading);
        Assert.Equal("Số: 05/KH-UBND", v1.NumberLine);
    }

    [Fact]
    public void Every_transition_records_who_when_and_from_what()
    {
        var builder = new PlanBuilder().InStatus(PlanStatus.Issued);

        var history = builder.Plan.Transitions;

        Assert.Equal(3, history.Count);
        Assert.Equal((PlanStatus.Draft, PlanStatus.Submitted, "clerk"), (history[0].From, history[0].To, history[0].ActorId));
        Assert.Equal((PlanStatus.Submitted, PlanStatus.Approved, "chairman"), (history[1].From, history[1].To, history[1].ActorId));
        Assert.Equal(At.AddHours(2), history[2].At);
    }

    private static void Perform(PlanBuilder builder, PlanAction action)
    {
        var plan = builder.Plan;
        switch (action)
        {
            case PlanAction.Submit: plan.Submit(Clerk, At.AddDays(1), builder.Evaluation); break;
            case PlanAction.Return: plan.Return(Chairman, At.AddDays(1), "Ý kiến"); break;
            case PlanAction.ResumeDrafting: plan.ResumeDrafting(Clerk, At.AddDays(1)); break;
            case PlanAction.Approve: plan.Approve(Chairman, At.AddDays(1)); break;
            case PlanAction.Issue: plan.Issue(Clerk, At.AddDays(1), "12", new DateOnly(2024, 2, 6)); break;
            case PlanAction.StartNextVersion: plan.StartNextVersion(Clerk, At.AddDays(1)); break;
            case PlanAction.Withdraw: plan.Withdraw(Clerk, At.AddDays(1)); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
