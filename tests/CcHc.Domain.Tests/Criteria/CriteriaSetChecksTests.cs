using CcHc.Domain.Common;
using CcHc.Domain.Criteria;

namespace CcHc.Domain.Tests.Criteria;

/// <summary>The checks of a criteria set read from a file, by row: errors refuse the set, warnings go to a preview.</summary>
public sealed class CriteriaSetChecksTests
{
    /// <summary>Rows numbered as a spreadsheet does (the header is row 1).</summary>
    private static List<CriterionRow> Rows(params (string Code, int Level, decimal? Max)[] rows) =>
        rows.Select((r, i) => new CriterionRow(i + 2, r.Code, "Tiêu chí " + r.Code, r.Level, r.Max)).ToList();

    private static List<string> Texts(IEnumerable<RowFinding> findings, FindingSeverity severity) =>
        findings.Where(f => f.Severity == severity).Select(f => f.Text).ToList();

    [Fact]
    public void A_well_formed_set_has_no_finding()
    {
        var findings = CriteriaSetChecks.Check(Rows(("1", 1, 10m), ("1.1", 2, 6m), ("1.1.1", 3, 6m), ("1.2", 2, 4m), ("2", 1, null), ("2.1", 2, 3m)), CriteriaCoverage.Complete);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_jump_from_level_1_to_level_4_is_an_error_on_its_row_naming_the_missing_levels()
    {
        var findings = CriteriaSetChecks.Check(Rows(("1", 1, 10m), ("1.1", 2, 5m), ("2", 1, 10m), ("2.1.1.1", 4, 1m)), CriteriaCoverage.Complete);

        Assert.Equal(
            ["Dòng 5, cột Cấp: cấp 4 ngay dưới dòng 4 (\"2\", cấp 1): thiếu cấp 2, 3 ở giữa. Thêm dòng tiêu chí của cấp còn thiếu, hoặc sửa lại cấp của dòng này."],
            Texts(findings, FindingSeverity.Error));
        Assert.Empty(Texts(findings, FindingSeverity.Warning));
    }

    [Fact]
    public void A_jump_in_a_set_of_deducted_criteria_only_is_a_warning_as_the_seeds_appendices_print_them()
    {
        var findings = CriteriaSetChecks.Check(Rows(("3", 1, null), ("3.1.1.2", 4, null), ("3.4.1", 3, null)), CriteriaCoverage.DeductedOnly);

        Assert.Empty(Texts(findings, FindingSeverity.Error));
        Assert.Equal([3, 4], findings.Select(f => f.Row!.Value));
        Assert.StartsWith("Dòng 3, cột Cấp: cấp 4 ngay dưới dòng 2 (\"3\", cấp 1): thiếu cấp 2, 3 ở giữa. Bộ chỉ gồm các tiêu chí bị trừ điểm", findings[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_above_its_parent_is_an_error_and_children_adding_up_to_more_are_a_warning_on_the_parent()
    {
        var findings = CriteriaSetChecks.Check(
            Rows(("1", 1, 10m), ("1.1", 2, 12m), ("2", 1, 5m), ("2.1", 2, 3m), ("2.2", 2, 2.5m), ("3", 1, 4m), ("3.1", 2, 2m), ("3.2", 2, 2m)),
            CriteriaCoverage.Complete);

        Assert.Equal(["Dòng 3, cột Điểm tối đa: điểm tối đa 12 lớn hơn điểm tối đa 10 của tiêu chí cha ở dòng 2 (\"1\")."], Texts(findings, FindingSeverity.Error));
        Assert.Equal(
        [
            "Dòng 2, cột Điểm tối đa: 1 tiêu chí con (dòng 3–3) có tổng điểm tối đa 12, lớn hơn điểm tối đa 10 của dòng này. Đúng khi đó là các mức điểm chỉ chọn một; nếu không, sửa lại điểm.",
            "Dòng 4, cột Điểm tối đa: 2 tiêu chí con (dòng 5–6) có tổng điểm tối đa 5,5, lớn hơn điểm tối đa 5 của dòng này. Đúng khi đó là các mức điểm chỉ chọn một; nếu không, sửa lại điểm.",
        ], Texts(findings, FindingSeverity.Warning));
    }

    [Fact]
    public void Unknown_maxima_are_not_compared()
    {
        var findings = CriteriaSetChecks.Check(Rows(("1", 1, null), ("1.1", 2, 12m), ("2", 1, 5m), ("2.1", 2, null), ("2.2", 2, 5m)), CriteriaCoverage.Complete);

        Assert.Empty(findings);
    }

    [Fact]
    public void Duplicate_codes_ignoring_case_are_errors_on_the_later_rows_and_empty_codes_may_repeat()
    {
        var findings = CriteriaSetChecks.Check(Rows(("I", 1, null), ("1.1", 2, null), ("i", 1, null), ("", 2, null), ("", 2, null), ("1.1", 2, null)), CriteriaCoverage.Complete);

        Assert.Equal(
            ["Dòng 4, cột Mã: mã \"i\" trùng với dòng 2.", "Dòng 7, cột Mã: mã \"1.1\" trùng với dòng 3."],
            Texts(findings, FindingSeverity.Error));
    }

    [Fact]
    public void A_first_row_that_is_not_a_field_is_an_error()
    {
        var findings = CriteriaSetChecks.Check(Rows(("1.1", 2, 1m), ("2", 1, 5m)), CriteriaCoverage.Complete);

        Assert.Equal(["Dòng 2, cột Cấp: dòng tiêu chí đầu tiên phải là một lĩnh vực (cấp 1), không phải cấp 2."], Texts(findings, FindingSeverity.Error));
    }

    [Fact]
    public void The_same_tree_for_the_same_index_province_and_year_is_the_same_content_whatever_the_name()
    {
        static CriteriaSet Make(string name, string province, int year, decimal lastMax)
        {
            var set = new CriteriaSet(name, IndexKind.ParIndex, province, year, CriteriaCoverage.Complete);
            var field = set.AddNode(null, "1", "Chỉ đạo điều hành", 10m);
            set.AddNode(field, "1.1", "Kế hoạch CCHC", 4m);
            set.AddNode(field, "1.2", "Báo cáo", lastMax);
            return set;
        }

        var existing = Make("Bộ tiêu chí 2026", "tỉnh Hà Tĩnh", 2026, 6m);

        Assert.True(Make("Tên khác", " Tỉnh  Hà Tĩnh ", 2026, 6m).HasSameContentAs(existing));
        Assert.False(Make("Bộ tiêu chí 2026", "tỉnh Hà Tĩnh", 2026, 5m).HasSameContentAs(existing));
        Assert.False(Make("Bộ tiêu chí 2026", "tỉnh Quảng Trị", 2026, 6m).HasSameContentAs(existing));
        Assert.False(Make("Bộ tiêu chí 2026", "tỉnh Hà Tĩnh", 2025, 6m).HasSameContentAs(existing));
    }
}
