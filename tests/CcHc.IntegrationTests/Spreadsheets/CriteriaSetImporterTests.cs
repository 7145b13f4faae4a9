using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Spreadsheets;
using static CcHc.IntegrationTests.Spreadsheets.SpreadsheetFiles;

namespace CcHc.IntegrationTests.Spreadsheets;

/// <summary>The criteria-set importer: a good file builds the tree, a bad one reports every error and builds nothing.</summary>
public sealed class CriteriaSetImporterTests
{
    [Fact]
    public async Task Cam_Son_fields_from_a_csv_with_decimal_commas_build_the_tree_and_survive_an_export_round_trip()
    {
        var set = await ImportSetAsync(Utf8(CamSonCsv), "cam-son.csv");

        Assert.Equal(CamSonNodes, Shape(set));
        Assert.Equal(8, set.Fields.Count());
        Assert.Equal(100m, set.Fields.Sum(f => f.MaxScore));
        var field7 = set.Fields.Single(f => f.Code == "7");
        Assert.Equal("7.1", Assert.Single(set.ChildrenOf(field7)).Code);
        Assert.Equal("Chỉ số CCHC cấp xã năm 2023", set.Name);
        Assert.Equal(2023, set.Year);

        var again = await ImportSetAsync(SpreadsheetWorkbooks.CriteriaSetExport(set), "xuat.xlsx");
        Assert.Equal(CamSonNodes, Shape(again));
    }

    [Fact]
    public async Task Cam_Son_fields_from_an_xlsx_with_numbers_and_decimal_comma_text_build_the_same_tree()
    {
        var rows = new List<object?[]> { new object?[] { "Ghi chú", "Cấp", "Nội dung", "Điểm tối đa", "Mã" } };
        var i = 0;
        foreach (var (code, title, level, max) in CamSonNodes)
        {
            // Every other maximum typed as text with a decimal comma, the rest as numbers; an extra column is ignored.
            object? maxCell = i++ % 2 == 0 ? max : max?.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
            rows.Add(["bỏ qua", level, title, maxCell, code]);
        }

        var set = await ImportSetAsync(Xlsx([.. rows]));

        Assert.Equal(CamSonNodes, Shape(set));
    }

    [Fact]
    public async Task A_missing_column_is_one_error_naming_it()
    {
        var errors = await CriteriaErrorsAsync(Utf8("Mã;Nội dung;Điểm tối đa\n1;Chỉ đạo điều hành;11\n"));

        Assert.Equal(["Thiếu cột \"Cấp\"."], errors);
    }

    [Fact]
    public async Task An_empty_title_and_a_non_integer_level_are_reported_together_with_row_and_column()
    {
        var errors = await CriteriaErrorsAsync(Utf8(
            "Mã;Nội dung;Cấp;Điểm tối đa\n"
            + "1;Chỉ đạo điều hành;1;11\n"
            + "1.1;;2;1,5\n"
            + "1.2;Kết quả khắc phục;1,5;2\n"
            + "1.3;Đổi mới;;2\n"
            + "1.4;Đối thoại;0;1\n"
            + "1.5;Nhiệm vụ được giao;2;1,2,3\n"));

        Assert.Equal(
        [
            "Dòng 3, cột Nội dung: chưa có nội dung tiêu chí.",
            "Dòng 4, cột Cấp: \"1,5\" không phải là cấp (một số nguyên 1, 2, 3…).",
            "Dòng 5, cột Cấp: chưa có cấp (1 = lĩnh vực, 2 = tiêu chí, 3 = tiêu chí thành phần…).",
            "Dòng 6, cột Cấp: \"0\" không phải là cấp (một số nguyên 1, 2, 3…).",
            "Dòng 7, cột Điểm tối đa: \"1,2,3\" không phải là số điểm.",
        ], errors);
    }

    [Fact]
    public async Task A_first_row_that_is_not_a_field_is_an_error()
    {
        var errors = await CriteriaErrorsAsync(Utf8("Mã;Nội dung;Cấp;Điểm tối đa\n1.1;Thực hiện Kế hoạch CCHC;2;1,5\n2;Cải cách thể chế;1;7\n"));

        Assert.Equal(["Dòng 2, cột Cấp: dòng tiêu chí đầu tiên phải là một lĩnh vực (cấp 1), không phải cấp 2."], errors);
    }

    [Fact]
    public async Task A_duplicate_code_is_an_error_on_the_second_row()
    {
        var errors = await CriteriaErrorsAsync(Utf8("Mã;Nội dung;Cấp;Điểm tối đa\n1;Chỉ đạo điều hành;1;11\n1.1;Một;2;1\n1.1;Hai;2;1\n;Không mã;2;1\n;Không mã nữa;2;1\n"));

        Assert.Equal(["Dòng 4, cột Mã: mã \"1.1\" trùng với dòng 3."], errors);
    }

    private const string JumpingCsv =
        "Mã;Nội dung;Cấp;Điểm tối đa\n"
        + "I;Lĩnh vực I;1;\n"
        + "1.1.3;Tiêu chí thành phần ngay dưới lĩnh vực;3;0,5\n"
        + "1.2;Tiêu chí;2;2\n"
        + "1.2.1;Thành phần;3;1\n"
        + "1.2.1.1;Cấp bốn;4;0,25\n"
        + "1.3;Tiêu chí khác;2;\n"
        + "II;Lĩnh vực II;1;5\n";

    [Fact]
    public async Task In_a_deducted_criteria_set_a_level_may_jump_below_a_field_as_the_seeds_do_with_a_warning_and_the_parent_is_the_nearest_smaller_level_above()
    {
        var description = Description() with { Coverage = CriteriaCoverage.DeductedOnly };
        var result = CriteriaSetImporter.Import(await ReadOkAsync(Utf8(JumpingCsv), "x.csv"), description);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.FullText)));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(3, warning.Row);
        Assert.StartsWith("cấp 3 ngay dưới dòng 2 (\"I\", cấp 1): thiếu cấp 2 ở giữa.", warning.Message, StringComparison.Ordinal);
        var set = result.Value!;
        var nodes = CriteriaTree.InTreeOrder(set);
        CriterionNode Node(string code) => nodes.Single(n => n.Code == code);
        Assert.Equal(Node("I").Id, Node("1.1.3").ParentId);
        Assert.Equal(3, Node("1.1.3").Level);
        Assert.Equal(Node("I").Id, Node("1.2").ParentId);
        Assert.Equal(Node("1.2.1").Id, Node("1.2.1.1").ParentId);
        Assert.Equal(Node("I").Id, Node("1.3").ParentId);
        Assert.Null(Node("II").ParentId);
        Assert.Null(Node("I").MaxScore);
        Assert.Equal(0.25m, Node("1.2.1.1").MaxScore);
    }

    [Fact]
    public async Task In_a_complete_set_a_level_that_jumps_is_refused_on_its_row()
    {
        var errors = await CriteriaErrorsAsync(Utf8(JumpingCsv));

        Assert.Equal(["Dòng 3, cột Cấp: cấp 3 ngay dưới dòng 2 (\"I\", cấp 1): thiếu cấp 2 ở giữa. Thêm dòng tiêu chí của cấp còn thiếu, hoặc sửa lại cấp của dòng này."], errors);
    }

    [Fact]
    public async Task A_child_above_its_parent_is_refused_and_children_adding_up_to_more_are_a_warning()
    {
        var errors = await CriteriaErrorsAsync(Utf8("Mã;Nội dung;Cấp;Điểm tối đa\n1;Chỉ đạo điều hành;1;10\n1.1;Kế hoạch;2;12\n"));
        Assert.Equal(["Dòng 3, cột Điểm tối đa: điểm tối đa 12 lớn hơn điểm tối đa 10 của tiêu chí cha ở dòng 2 (\"1\")."], errors);

        var result = CriteriaSetImporter.Import(
            await ReadOkAsync(Utf8("Mã;Nội dung;Cấp;Điểm tối đa\n1;Chỉ đạo điều hành;1;2\n1.1;Đạt 100%;2;2\n1.2;Dưới 100%;2;1\n"), "muc.csv"), Description());
        Assert.True(result.Succeeded);
        Assert.Equal(["Dòng 2, cột Điểm tối đa: 2 tiêu chí con (dòng 3–4) có tổng điểm tối đa 3, lớn hơn điểm tối đa 2 của dòng này. Đúng khi đó là các mức điểm chỉ chọn một; nếu không, sửa lại điểm."],
            result.Warnings.Select(w => w.FullText));
    }

    [Fact]
    public async Task A_file_with_only_a_header_builds_nothing()
    {
        var errors = await CriteriaErrorsAsync(Utf8("Mã;Nội dung;Cấp;Điểm tối đa\n"));

        Assert.Equal(["Tệp chỉ có dòng tiêu đề, chưa có tiêu chí nào."], errors);
    }

    [Fact]
    public async Task Codes_and_titles_longer_than_the_database_holds_are_errors()
    {
        var errors = await CriteriaErrorsAsync(Utf8($"Mã;Nội dung;Cấp;Điểm tối đa\n{new string('1', 33)};{new string('a', 1001)};1;\n"));

        Assert.Equal(["Dòng 2, cột Mã: mã dài 33 ký tự, tối đa 32 ký tự.", "Dòng 2, cột Nội dung: nội dung dài 1.001 ký tự, tối đa 1.000 ký tự."], errors);
    }

    [Fact]
    public async Task The_template_reads_back_as_a_valid_three_level_set()
    {
        var set = await ImportSetAsync(SpreadsheetWorkbooks.CriteriaSetTemplate(), "mau.xlsx");

        Assert.Equal([1, 2, 3], set.Nodes.Select(n => n.Level));
        Assert.Equal(["1", "1.1", "1.1.1"], set.Nodes.Select(n => n.Code));
    }
}
