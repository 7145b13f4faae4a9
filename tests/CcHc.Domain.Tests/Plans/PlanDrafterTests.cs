using CcHc.DemoData;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Plans;

public sealed class PlanDrafterTests
{
    private readonly DemoCommune _camSon = CamSon2023.Build(new StandardPositions());

    [Fact]
    public void A_draft_from_cam_sons_assessment_lists_every_deducted_criterion_under_its_field()
    {
        var evaluation = _camSon.Assessment.Evaluate(_camSon.CriteriaSet);

        var plan = PlanDrafter.Draft(_camSon.Commune, _camSon.Assessment, evaluation);

        Assert.Equal(8, plan.Items.Count);
        Assert.Equal(evaluation.Fields.Select(f => f.Node.Title), plan.Items.Select(i => i.Heading));
        var completeness = plan.CheckCompleteness(evaluation);
        Assert.All(completeness.Required, r => Assert.Contains(plan.Items, i => i.CriterionIds.Contains(r.Criterion.Id)));
        Assert.Equal(31, plan.Items.Sum(i => i.CriterionIds.Count));
    }

    [Fact]
    public void The_draft_is_not_complete_until_the_clerk_adds_tasks_and_leads()
    {
        var evaluation = _camSon.Assessment.Evaluate(_camSon.CriteriaSet);

        var completeness = PlanDrafter.Draft(_camSon.Commune, _camSon.Assessment, evaluation).CheckCompleteness(evaluation);

        Assert.False(completeness.IsComplete);
        Assert.Contains(completeness.Missing, m => m.Contains("chưa có nhiệm vụ, giải pháp, đơn vị chủ trì", StringComparison.Ordinal));
        Assert.DoesNotContain(completeness.Missing, m => m.Contains("thời gian hoàn thành", StringComparison.Ordinal));
    }

    [Fact]
    public void The_header_cites_the_decision_and_uses_the_communes_names_and_numbers()
    {
        var evaluation = _camSon.Assessment.Evaluate(_camSon.CriteriaSet);

        var plan = PlanDrafter.Draft(_camSon.Commune, _camSon.Assessment, evaluation);

        Assert.Equal("Cẩm Sơn", plan.PlaceName);
        Assert.Equal("Khắc phục tồn tại, hạn chế, sau kiểm tra cải cách hành chính năm 2023", plan.Summary);
        Assert.Contains("Quyết định số 9471/QĐ-UBND ngày 26/12/2023 của UBND huyện Cẩm Xuyên", Assert.Single(plan.LegalBases), StringComparison.Ordinal);
        Assert.Contains("85,08/100 điểm; xếp thứ 3/23", plan.ResultsIntro, StringComparison.Ordinal);
        Assert.Contains("14,92 điểm trên 8 lĩnh vực", plan.ResultsIntro, StringComparison.Ordinal);
        Assert.EndsWith("./.", plan.Closing, StringComparison.Ordinal);
        Assert.Equal("Lưu: VT.", plan.Recipients[^1]);
        Assert.Equal("Hoàng Văn Hiệp", plan.SignerName);
        Assert.Equal(2024, plan.Year);
        Assert.All(plan.Items, i => Assert.Equal("Năm 2024", i.Deadline!.Wording));
    }

    [Fact]
    public void A_reason_recorded_on_the_field_row_becomes_the_items_cause()
    {
        var field = _camSon.CriteriaSet.Fields.First();
        _camSon.Assessment.RecordScore(field, 9.13m, 1.87m, reason: "Chưa hoàn thành kế hoạch CCHC");

        var plan = PlanDrafter.Draft(_camSon.Commune, _camSon.Assessment, _camSon.Assessment.Evaluate(_camSon.CriteriaSet));

        Assert.StartsWith("Chưa hoàn thành kế hoạch CCHC", plan.Items[0].Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_in_the_letter_form_is_numbered_ubnd_and_addressed_as_seed_001_is()
    {
        var evaluation = _camSon.Assessment.Evaluate(_camSon.CriteriaSet);

        var plan = PlanDrafter.Draft(_camSon.Commune, _camSon.Assessment, evaluation, DocumentForm.Letter);

        Assert.Equal((PlanKind.Remediation, DocumentForm.Letter, "UBND"), (plan.Kind, plan.Form, plan.DocumentSymbol));
        Assert.Equal(["Các đ/c cán bộ, công chức xã"], plan.Addressees);
        Assert.Equal(PlanDrafter.Draft(_camSon.Commune, _camSon.Assessment, evaluation).Items.Count, plan.Items.Count);
    }
}
