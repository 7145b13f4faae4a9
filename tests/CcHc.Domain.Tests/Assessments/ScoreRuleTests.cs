using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Domain.Tests.Builders;
using static CcHc.Domain.Tests.Builders.CriteriaSetBuilder;

namespace CcHc.Domain.Tests.Assessments;

public sealed class ScoreRuleTests
{
    [Theory]
    [InlineData(-0.01)]
    [InlineData(6.01)]
    public void An_appraised_score_outside_zero_to_max_is_refused_with_the_criterion_named(double appraised)
    {
        var set = new CriteriaSetBuilder().Field("A", 10).Child("A.1", 6).Child("A.2", 4).Build();
        var assessment = AssessmentOf(set);

        var error = Assert.Throws<DomainException>(() => assessment.RecordScore(Node(set, "A.1"), (decimal)appraised));

        Assert.Contains("A.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 – 6", error.Message, StringComparison.Ordinal);
        Assert.Empty(assessment.Scores);
    }

    [Fact]
    public void A_score_with_more_than_two_decimals_is_refused()
    {
        var set = new CriteriaSetBuilder().Field("A", 10).Build();
        var assessment = AssessmentOf(set);

        Assert.Throws<DomainException>(() => assessment.RecordScore(Node(set, "A"), 1.234m));
    }

    [Fact]
    public void A_criterion_the_source_does_not_score_stays_unknown_not_zero()
    {
        var set = new CriteriaSetBuilder().Field("A", 10).Child("A.1", 6).Child("A.2", null).Build();
        var assessment = AssessmentOf(set);
        assessment.RecordScore(Node(set, "A.1"), 5m);

        var evaluation = assessment.Evaluate(set);

        var unknown = evaluation[Node(set, "A.2").Id];
        Assert.Null(unknown.MaxScore);
        Assert.Null(unknown.AppraisedScore);
        Assert.Null(unknown.Deduction);
        Assert.Null(evaluation[Node(set, "A").Id].AppraisedScore);
        Assert.Null(evaluation.TotalAppraised);
    }

    [Fact]
    public void Deduction_is_max_minus_appraised_in_decimal_arithmetic()
    {
        var set = new CriteriaSetBuilder().Field("A", 14.5m).Build();
        var assessment = AssessmentOf(set);
        assessment.RecordScore(Node(set, "A"), 12.99m);

        Assert.Equal(1.51m, assessment.Evaluate(set)[Node(set, "A").Id].Deduction);
    }

    [Fact]
    public void A_stated_deduction_that_is_not_max_minus_appraised_is_a_warning_showing_both()
    {
        var set = new CriteriaSetBuilder().Field("A", 1.5m).Build();
        var assessment = AssessmentOf(set);
        assessment.RecordScore(Node(set, "A"), 1.43m, statedDeduction: 0.7m);

        var finding = Assert.Single(assessment.Evaluate(set).Findings);

        Assert.Equal(FindingCode.StatedDeductionDiffers, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("0,7", finding.Message, StringComparison.Ordinal);
        Assert.Contains("0,07", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_deduction_larger_than_the_maximum_is_an_error()
    {
        var set = new CriteriaSetBuilder(CriteriaCoverage.DeductedOnly).Field("A", 20).Child("Trang TTĐT", 0.5m).Build();
        var assessment = AssessmentOf(set);
        assessment.RecordScore(Node(set, "Trang TTĐT"), null, statedDeduction: 1m);

        var evaluation = assessment.Evaluate(set);

        var finding = Assert.Single(evaluation.Findings, f => f.Code == FindingCode.StatedDeductionExceedsMax);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.True(evaluation.HasErrors);
    }

    [Fact]
    public void In_a_complete_set_a_parent_whose_max_is_not_the_sum_of_its_children_is_a_warning()
    {
        var set = new CriteriaSetBuilder().Field("A", 10).Child("A.1", 6).Child("A.2", 3).Build();

        var finding = Assert.Single(AssessmentOf(set).Evaluate(set).Findings);

        Assert.Equal(FindingCode.ChildrenMaxSumDiffers, finding.Code);
        Assert.Contains("10", finding.Message, StringComparison.Ordinal);
        Assert.Contains("9", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_complete_set_a_parent_whose_appraised_score_is_not_the_sum_of_its_children_is_a_warning()
    {
        var set = new CriteriaSetBuilder().Field("A", 10).Child("A.1", 6).Child("A.2", 4).Build();
        var assessment = AssessmentOf(set);
        assessment.RecordScore(Node(set, "A"), 9m);
        assessment.RecordScore(Node(set, "A.1"), 5m);
        assessment.RecordScore(Node(set, "A.2"), 3.5m);

        var finding = Assert.Single(assessment.Evaluate(set).Findings);

        Assert.Equal(FindingCode.ChildrenAppraisedSumDiffers, finding.Code);
        Assert.Contains("8,5", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_complete_set_a_parent_left_blank_is_the_sum_of_its_children()
    {
        var set = new CriteriaSetBuilder().Field("A", null).Child("A.1", 6).Child("A.2", 4).Build();
        var assessment = AssessmentOf(set);
        assessment.RecordScore(Node(set, "A.1"), 5m);
        assessment.RecordScore(Node(set, "A.2"), 3.25m);

        var evaluation = assessment.Evaluate(set);

        var field = evaluation[Node(set, "A").Id];
        Assert.Equal(10m, field.MaxScore);
        Assert.Equal(8.25m, field.AppraisedScore);
        Assert.True(field.IsDerived);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(1.75m, evaluation.TotalDeduction);
    }

    [Fact]
    public void When_only_deducted_children_are_listed_their_deductions_must_add_up_to_the_parents()
    {
        var set = new CriteriaSetBuilder(CriteriaCoverage.DeductedOnly).Field("A", 14.5m).Child("A.x", null).Child("A.y", null).Build();
        var assessment = AssessmentOf(set);
        assessment.RecordScore(Node(set, "A"), 12.99m);
        assessment.RecordScore(Node(set, "A.x"), null, statedDeduction: 0.01m);
        assessment.RecordScore(Node(set, "A.y"), null, statedDeduction: 0.5m);

        var finding = Assert.Single(assessment.Evaluate(set).Findings);

        Assert.Equal(FindingCode.ChildrenDeductionSumDiffers, finding.Code);
        Assert.Contains("1,51", finding.Message, StringComparison.Ordinal);
        Assert.Contains("0,51", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_child_with_an_unknown_deduction_leaves_the_sum_unchecked_rather_than_counting_it_as_zero()
    {
        var set = new CriteriaSetBuilder(CriteriaCoverage.DeductedOnly).Field("A", 16.5m).Child("A.x", null).Child("A.y", null).Build();
        var assessment = AssessmentOf(set);
        assessment.RecordScore(Node(set, "A"), 14.62m);
        assessment.RecordScore(Node(set, "A.x"), null, statedDeduction: 0.38m);
        assessment.RecordScore(Node(set, "A.y"), null, reason: "không có điểm do có văn bản phê bình");

        Assert.Empty(assessment.Evaluate(set).Findings);
    }

    [Fact]
    public void A_stated_total_that_is_not_the_sum_of_the_fields_is_a_general_warning()
    {
        var set = new CriteriaSetBuilder().Field("A", 60).Field("B", 40).Build();
        var assessment = AssessmentOf(set);
        assessment.RecordScore(Node(set, "A"), 50m);
        assessment.RecordScore(Node(set, "B"), 40m);
        assessment.SetResult(92.59m, null, null);

        var evaluation = assessment.Evaluate(set);

        var finding = Assert.Single(evaluation.GeneralFindings);
        Assert.Equal(FindingCode.StatedTotalDiffers, finding.Code);
        Assert.Null(finding.CriterionId);
        Assert.Contains("92,59", finding.Message, StringComparison.Ordinal);
        Assert.Contains("90", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_of_a_criterion_from_another_set_is_refused()
    {
        var set = new CriteriaSetBuilder().Field("A", 10).Build();
        var other = new CriteriaSetBuilder().Field("B", 10).Build();

        Assert.Throws<DomainException>(() => AssessmentOf(set).RecordScore(Node(other, "B"), 1m));
    }

    [Fact]
    public void A_refused_score_names_the_score_it_is_about_so_a_form_or_a_file_shows_it_beside_that_cell()
    {
        var set = new CriteriaSetBuilder().Field("A", 10).Build();
        var assessment = AssessmentOf(set);

        Assert.Equal(nameof(CcHc.Domain.Assessments.CriterionScore.AppraisedScore), Assert.Throws<DomainException>(() => assessment.RecordScore(Node(set, "A"), 11m)).Field);
        Assert.Equal(nameof(CcHc.Domain.Assessments.CriterionScore.SelfAssessedScore), Assert.Throws<DomainException>(() => assessment.RecordScore(Node(set, "A"), 1m, selfAssessed: 10.5m)).Field);
        Assert.Equal(nameof(CcHc.Domain.Assessments.CriterionScore.StatedDeduction), Assert.Throws<DomainException>(() => assessment.RecordScore(Node(set, "A"), 1m, statedDeduction: -1m)).Field);
    }
}
