using CcHc.DemoData;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;

namespace CcHc.Domain.Tests.Assessments;

/// <summary>Seed 000 (xã Cẩm Sơn 2023) with its real numbers: the totals, and each of the source's mistakes reported.</summary>
public sealed class CamSonSeedMistakesTests
{
    private readonly AssessmentEvaluation _evaluation;

    public CamSonSeedMistakesTests()
    {
        var camSon = CamSon2023.Build(new StandardPositions());
        _evaluation = camSon.Assessment.Evaluate(camSon.CriteriaSet);
    }

    [Fact]
    public void The_totals_are_100_85_08_and_14_92()
    {
        Assert.Equal(100m, _evaluation.TotalMax);
        Assert.Equal(85.08m, _evaluation.TotalAppraised);
        Assert.Equal(14.92m, _evaluation.TotalDeduction);
        Assert.Equal(8, _evaluation.Fields.Count);
        Assert.Empty(_evaluation.GeneralFindings);
    }

    [Fact]
    public void The_plan_implementation_deduction_printed_as_0_7_is_reported_as_really_0_07()
    {
        var finding = Single(FindingCode.StatedDeductionDiffers, "Thực hiện Kế hoạch CCHC");

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("0,7 điểm", finding.Message, StringComparison.Ordinal);
        Assert.Contains("= 0,07", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_3_says_1_51_deducted_while_its_items_sum_to_0_51()
    {
        var finding = Single(FindingCode.ChildrenDeductionSumDiffers, "Cải cách thủ tục hành chính");

        Assert.Contains("1,51", finding.Message, StringComparison.Ordinal);
        Assert.Contains("0,51", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_8_says_2_54_deducted_while_its_items_sum_to_3_04()
    {
        var finding = Single(FindingCode.ChildrenDeductionSumDiffers, "Tác động của cải cách hành chính");

        Assert.Contains("2,54", finding.Message, StringComparison.Ordinal);
        Assert.Contains("3,04", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_website_criterion_deducts_1_point_of_a_0_5_maximum_which_is_an_error()
    {
        var finding = Single(FindingCode.StatedDeductionExceedsMax, "Trang thông tin điện tử");

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("bị trừ 1 điểm, lớn hơn điểm tối đa 0,5", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifth_mistake_not_listed_in_the_domain_notes_is_shown_too_field_7_items_sum_to_5_72_not_5_73()
    {
        var finding = Single(FindingCode.ChildrenDeductionSumDiffers, "Xây dựng, phát triển chính quyền điện tử");

        Assert.Contains("5,73", finding.Message, StringComparison.Ordinal);
        Assert.Contains("5,72", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_else_is_flagged()
    {
        Assert.Equal(5, _evaluation.Findings.Count);
    }

    private Finding Single(FindingCode code, string titleStart) =>
        Assert.Single(_evaluation.Findings, f => f.Code == code && _evaluation[f.CriterionId!.Value].Node.Title.StartsWith(titleStart, StringComparison.Ordinal));
}
