using CcHc.DemoData;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Tests.Plans;

/// <summary>
/// Carrying a predecessor's open tasks into the successor's plan (issue 16): xã Cẩm Sơn's issued plan of 2024 (seed 000)
/// into a draft of xã Cẩm Lạc, the unit it joined on 1/7/2025 — chosen task by task, recorded, never silent.
/// </summary>
public sealed class CarryOverTests
{
    private static readonly StandardPositions Positions = new();
    private static readonly Actor Clerk = new("clerk", "Công chức Văn phòng - Thống kê");
    private static readonly DateTimeOffset At = new(2024, 2, 5, 9, 0, 0, TimeSpan.FromHours(7));
    private const string Source = "Kế hoạch số 12/KH-UBND ngày 05/02/2024 của xã Cẩm Sơn";

    private static RemediationPlan IssuedCamSon()
    {
        var demo = CamSon2023.Build(Positions);
        demo.Plan.Submit(Clerk, At, demo.Assessment.Evaluate(demo.CriteriaSet));
        demo.Plan.Approve(new Actor("chairman", "Hoàng Văn Hiệp"), At);
        demo.Plan.Issue(Clerk, At, "12", new DateOnly(2024, 2, 5));
        return demo.Plan;
    }

    private static RemediationPlan CamLacDraft()
    {
        var camLac = Commune.FromOfficialList("18748", CommuneKind.Xa, "Cẩm Lạc", "tỉnh Hà Tĩnh", "42", new DateOnly(2025, 7, 1));
        return new RemediationPlan(camLac.Id, new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, 2026, 2026, [IndexKind.ParIndex]), null,
            new PlanHeader { PlaceName = "Cẩm Lạc", Summary = "Nâng cao Chỉ số cải cách hành chính năm 2026" });
    }

    [Fact]
    public void The_chosen_open_tasks_come_over_item_by_item_with_their_words_shared_titles_no_deadline_and_their_source()
    {
        var source = IssuedCamSon();
        var first = source.Items[0];
        var second = source.Items[1];
        var chosen = new[] { first.Tasks[0].Id, second.Tasks[^1].Id };
        var plan = CamLacDraft();

        var added = plan.CarryOver(source, Source, chosen, id => Positions.All.Any(p => p.Id == id));

        Assert.Equal(2, added.Count);
        Assert.Equal([first.Heading, second.Heading], plan.Items.Select(i => i.Heading));
        Assert.Equal(first.Tasks[0].Description, Assert.Single(plan.Items[0].Tasks).Description);
        Assert.Equal(second.Tasks[^1].Description, Assert.Single(plan.Items[1].Tasks).Description);
        Assert.Equal(first.LeadPositionId, plan.Items[0].LeadPositionId);
        Assert.All(plan.Items, i => Assert.Null(i.Deadline));
        Assert.Equal($"{Source}, mục 1 ({first.Heading})", plan.Items[0].CarriedFrom);
        // The new period's deadline is the clerk's to set: the plan is not complete until it is.
        Assert.Contains(plan.CheckCompleteness(AssessmentEvaluation.None(2026)).Missing, m => m.Contains("thời gian hoàn thành", StringComparison.Ordinal));
        // Edited (a deadline set), issued and continued: the record of where the item came from stays.
        foreach (var item in plan.Items)
        {
            plan.UpdateItem(item.Id, new ItemContent(item.Heading, null, [], null, item.LeadPositionId ?? Positions.All[0].Id, item.SupportPositionIds,
                Deadline.WholeYear(2026), item.Tasks.Select(t => new TaskContent(t.Description, null, t.Id)).ToList()));
        }

        plan.Submit(Clerk, At, AssessmentEvaluation.None(2026));
        plan.Approve(new Actor("chairman", "Chủ tịch"), At);
        plan.Issue(Clerk, At, "3", new DateOnly(2026, 1, 10));
        var next = plan.StartNextVersion(Clerk, At);
        Assert.Equal(plan.Items.Select(i => i.CarriedFrom), next.Items.Select(i => i.CarriedFrom));
    }

    [Fact]
    public void A_done_task_a_draft_source_the_communes_own_plan_and_an_empty_choice_are_refused()
    {
        var source = IssuedCamSon();
        var task = source.Items[0].Tasks[0];
        source.RecordProgress(task.Id, TaskProgress.Done, out _);
        var plan = CamLacDraft();

        Assert.Contains("đã hoàn thành", Assert.Throws<DomainException>(() => plan.CarryOver(source, Source, [task.Id], _ => true)).Message);
        Assert.Equal("Chọn ít nhất một nhiệm vụ của kế hoạch nguồn.", Assert.Throws<DomainException>(() => plan.CarryOver(source, Source, [], _ => true)).Message);
        Assert.Equal("Chọn ít nhất một nhiệm vụ của kế hoạch nguồn.", Assert.Throws<DomainException>(() => plan.CarryOver(source, Source, [Guid.NewGuid()], _ => true)).Message);

        var draft = CamSon2023.Build(Positions).Plan;
        Assert.Equal("Chỉ chuyển được nhiệm vụ của kế hoạch đã ban hành.", Assert.Throws<DomainException>(() => plan.CarryOver(draft, Source, [draft.Items[0].Tasks[0].Id], _ => true)).Message);

        var own = new RemediationPlan(source.CommuneId, new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, 2025, 2025, [IndexKind.ParIndex]), null,
            new PlanHeader { PlaceName = "Cẩm Sơn", Summary = "Nâng cao" });
        Assert.Contains("đơn vị tiền thân", Assert.Throws<DomainException>(() => own.CarryOver(source, Source, [source.Items[1].Tasks[0].Id], _ => true)).Message);
        Assert.Empty(plan.Items);
    }
}
