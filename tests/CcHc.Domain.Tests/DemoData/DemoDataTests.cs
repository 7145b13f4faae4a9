using CcHc.DemoData;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.DemoData;

public class DemoDataTests
{
    private static readonly StandardPositions Positions = new();

    /// <summary>The communes whose plan rests on an assessment (seeds 000, 001, 003).</summary>
    public static TheoryData<string> CommuneNames => ["xã Cẩm Sơn", "xã Triệu Trạch", "xã Sơn Kỳ"];

    public static TheoryData<string> AllCommuneNames => ["xã Cẩm Sơn", "xã Triệu Trạch", "xã Quảng Công", "xã Sơn Kỳ", "xã Hà Bắc"];

    private static DemoCommune Build(string communeName) =>
        DemoCatalog.BuildAll(Positions).Single(d => d.Commune.Name == communeName);

    [Fact]
    public void The_catalogue_builds_the_five_seed_communes_in_seed_order()
    {
        var all = DemoCatalog.BuildAll(Positions);

        Assert.Equal(["xã Cẩm Sơn", "xã Triệu Trạch", "xã Quảng Công", "xã Sơn Kỳ", "xã Hà Bắc"], all.Select(d => d.Commune.Name));
        Assert.Equal([true, true, false, true, false], all.Select(d => d.ScoredAssessment is not null));
    }

    [Fact]
    public void The_seed_communes_are_units_before_2025_under_their_districts_and_each_has_a_successor()
    {
        var all = DemoCatalog.BuildAll(Positions);

        // Valid until 30/6/2025 (ValidUntil is the day after the last day), no official code, their district kept.
        Assert.All(all, d => Assert.Equal((new DateOnly(2025, 7, 1), (string?)null, true), (d.Commune.ValidUntil!.Value, d.Commune.OfficialCode, d.Commune.District is not null)));
        Assert.Equal(all.Select(d => d.Commune.Name), DemoSuccessors.All.Select(s => s.SeedCommuneName));
        Assert.Equal(
            ["xã Cẩm Lạc", "xã Nam Cửa Việt", "phường Phong Quảng", "xã Sơn Kỳ", "xã Hà Long"],
            DemoSuccessors.All.Select(s => s.Name));
        Assert.True(DemoSuccessors.Includes("42", "18073"));
        Assert.True(DemoSuccessors.Includes("51", "21325"));
        Assert.False(DemoSuccessors.Includes("51", "21326"));
    }

    [Fact]
    public void Every_call_builds_fresh_objects_with_new_ids()
    {
        var first = DemoCatalog.BuildAll(Positions);
        var second = DemoCatalog.BuildAll(Positions);

        for (var i = 0; i < first.Count; i++)
        {
            Assert.NotEqual(first[i].Commune.Id, second[i].Commune.Id);
            Assert.Equal(first[i].ScoredSet is null, second[i].ScoredSet is null);
            Assert.NotEqual(first[i].ScoredSet?.Id ?? Guid.NewGuid(), second[i].ScoredSet?.Id ?? Guid.NewGuid());
            Assert.NotEqual(first[i].ScoredAssessment?.Id ?? Guid.NewGuid(), second[i].ScoredAssessment?.Id ?? Guid.NewGuid());
            Assert.NotEqual(first[i].Plan.Id, second[i].Plan.Id);
        }
    }

    [Theory]
    [MemberData(nameof(CommuneNames))]
    public void A_demo_commune_hangs_together(string communeName)
    {
        var demo = Build(communeName);
        var (commune, office, own, plan) = (demo.Commune, demo.Office, demo.CommunePositions, demo.Plan);
        var (set, assessment) = (demo.CriteriaSet, demo.Assessment);

        Assert.Equal(office.Id, commune.OversightOfficeId);
        Assert.Equal(commune.Province, set.Province);
        Assert.Equal(commune.Id, assessment.CommuneId);
        Assert.Equal(set.Id, assessment.CriteriaSetId);
        Assert.Equal(set.Year, assessment.Year);
        Assert.Equal(commune.Id, plan.CommuneId);
        Assert.Equal(assessment.Id, plan.AssessmentId);
        Assert.Equal(assessment.Year + 1, plan.Year);
        Assert.Equal(commune.PlaceName, plan.PlaceName);
        Assert.All(own, p => Assert.Equal(commune.Id, p.CommuneId));
        Assert.All(assessment.Scores, s => Assert.NotNull(set.Find(s.CriterionId)));
    }

    [Theory]
    [MemberData(nameof(CommuneNames))]
    public void Every_item_names_existing_positions_and_criteria_of_its_own_set(string communeName)
    {
        var demo = Build(communeName);
        var positionIds = Positions.All.Concat(demo.CommunePositions).Select(p => p.Id).ToHashSet();

        Assert.NotEmpty(demo.Plan.Items);
        foreach (var item in demo.Plan.Items)
        {
            Assert.True(item.LeadPositionId is null || positionIds.Contains(item.LeadPositionId.Value), item.Heading);
            Assert.All(item.SupportPositionIds, id => Assert.Contains(id, positionIds));
            Assert.NotEmpty(item.CriterionIds);
            Assert.All(item.CriterionIds, id => Assert.NotNull(demo.CriteriaSet.Find(id)));

            var field = demo.CriteriaSet.Find(item.FieldId!.Value);
            Assert.NotNull(field);
            Assert.Null(field.ParentId);
            Assert.All(item.CriterionIds, id => Assert.True(id == field.Id || demo.CriteriaSet.Find(id)!.ParentId == field.Id));
        }
    }

    [Theory]
    [MemberData(nameof(AllCommuneNames))]
    public void Every_commune_position_is_used_by_an_item(string communeName)
    {
        var demo = Build(communeName);
        var used = demo.Plan.Items.SelectMany(i => i.SupportPositionIds.Concat(i.LeadPositionIds)).ToHashSet();

        Assert.All(demo.CommunePositions, p => Assert.Contains(p.Id, used));
    }

    [Fact]
    public void Cam_Son_totals_are_those_of_the_score_table()
    {
        var demo = Build("xã Cẩm Sơn");

        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);

        Assert.Equal(8, evaluation.Fields.Count);
        Assert.Equal(100m, evaluation.TotalMax);
        Assert.Equal(85.08m, evaluation.TotalAppraised);
        Assert.Equal(14.92m, evaluation.TotalDeduction);
        Assert.Equal(85.08m, demo.Assessment.StatedTotal);
        Assert.Equal("3/23", demo.Assessment.Rank?.ToString());
        Assert.Null(demo.Assessment.Classification);
        Assert.DoesNotContain(evaluation.Findings, f => f.Code == FindingCode.StatedTotalDiffers);
    }

    [Fact]
    public void Cam_Son_is_a_complete_draft_with_one_item_per_field()
    {
        var demo = Build("xã Cẩm Sơn");
        var plan = demo.Plan;

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(1, plan.VersionNumber);
        Assert.Equal(PlanLayout.Sections, plan.Layout);
        Assert.Equal(11, plan.Recipients.Count);
        Assert.Equal(demo.CriteriaSet.Fields.Select(f => f.Id), plan.Items.Select(i => i.FieldId!.Value));
        Assert.True(plan.CheckCompleteness(demo.Assessment.Evaluate(demo.CriteriaSet)).IsComplete);
    }

    [Fact]
    public void Trieu_Trach_shows_that_its_stated_total_is_not_the_sum_of_its_seven_criteria()
    {
        var demo = Build("xã Triệu Trạch");

        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);

        Assert.Equal(7, evaluation.Fields.Count);
        Assert.Equal(92.59m, evaluation.StatedTotal);
        Assert.Equal(90.74m, evaluation.TotalAppraised);
        var finding = Assert.Single(evaluation.GeneralFindings);
        Assert.Equal(FindingCode.StatedTotalDiffers, finding.Code);
        Assert.Equal("1/18", demo.Assessment.Rank?.ToString());
        Assert.Equal("Tốt", demo.Assessment.Classification);
    }

    [Fact]
    public void Trieu_Trach_answers_the_row_the_appendix_leaves_empty_with_what_the_source_says_of_it()
    {
        var demo = Build("xã Triệu Trạch");

        var completeness = demo.Plan.CheckCompleteness(demo.Assessment.Evaluate(demo.CriteriaSet));

        Assert.Equal(PlanLayout.Appendix, demo.Plan.Layout);
        Assert.True(completeness.IsComplete, string.Join(" ", completeness.Missing));
        var empty = Assert.Single(demo.Plan.Items, i => i.NotRemediable && i.Cause is null);
        Assert.Equal("Xử lý kết quả theo dõi thi hành pháp luật", empty.Heading);
        Assert.StartsWith("(Phụ lục của công văn để trống", empty.NotRemediableReason, StringComparison.Ordinal);
        Assert.Equal(2, demo.Plan.Items.Count(i => i.NotRemediable));
    }

    [Fact]
    public void Son_Ky_plan_is_issued_as_number_27_of_16_February_2024()
    {
        var plan = Build("xã Sơn Kỳ").Plan;

        Assert.Equal(PlanStatus.Issued, plan.Status);
        Assert.Equal("Số: 27/KH-UBND", plan.NumberLine);
        Assert.Equal(new DateOnly(2024, 2, 16), plan.IssueDate);
        Assert.Equal(
            [PlanAction.Submit, PlanAction.Approve, PlanAction.Issue],
            plan.Transitions.Select(t => t.Action));
    }

    [Fact]
    public void Son_Ky_assessment_has_no_scores_because_the_seed_prints_none()
    {
        var demo = Build("xã Sơn Kỳ");

        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);

        Assert.Empty(demo.Assessment.Scores);
        Assert.Null(demo.Assessment.StatedTotal);
        Assert.Null(evaluation.TotalAppraised);
        Assert.Equal(8, evaluation.Fields.Count);
    }
}
