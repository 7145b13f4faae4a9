using System.Text;
using CcHc.DemoData;
using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Spreadsheets;
using static CcHc.IntegrationTests.Spreadsheets.SpreadsheetFiles;

namespace CcHc.IntegrationTests.Spreadsheets;

/// <summary>The score importer: rows found by code or title, scores checked against the node, every error reported.</summary>
public sealed class AssessmentScoreImporterTests
{
    private const string Header = "Mã;Nội dung;Cấp;Điểm tối đa;Điểm thẩm định;Điểm tự đánh giá;Điểm bị trừ theo văn bản;Nguyên nhân\n";

    private static async Task<CriteriaSet> CamSonFieldsAsync() => await ImportSetAsync(Utf8(CamSonCsv), "cam-son.csv");

    private static async Task<ImportResult<IReadOnlyList<ScoreRow>>> ImportScoresAsync(CriteriaSet set, string csv) =>
        AssessmentScoreImporter.Import(await ReadOkAsync(Utf8(csv), "diem.csv"), set);

    [Fact]
    public async Task An_assessment_export_of_Cam_Son_reimports_to_the_same_scores_titles_shared_by_two_fields_included()
    {
        var camSon = CamSon2023.Build(new StandardPositions());

        var bytes = SpreadsheetWorkbooks.AssessmentExport(camSon.CriteriaSet, camSon.Assessment, camSon.Commune.Name);
        using var stream = new MemoryStream(bytes);
        var result = await ScoreImporter.ImportAsync(stream, "cam-son.xlsx", bytes.Length, camSon.CriteriaSet);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.FullText)));
        AssertSameScores(camSon.CriteriaSet, camSon.Assessment, result.Value!);

        // The title printed in both field 6 and field 7 went to each field's own node.
        var shared = camSon.CriteriaSet.Nodes.Where(n => n.Title.StartsWith("Thực hiện các kiến nghị sau thanh tra", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, shared.Count);
        Assert.Equal(2, result.Value!.Count(r => shared.Contains(r.Node)));
    }

    [Fact]
    public async Task Every_seed_communes_assessment_export_reimports_to_the_same_scores()
    {
        // Quảng Công's and Hà Bắc's plans rest on no assessment: there is nothing of theirs to export.
        foreach (var demo in DemoCatalog.BuildAll(new StandardPositions()).Where(d => d.ScoredAssessment is not null))
        {
            var bytes = SpreadsheetWorkbooks.AssessmentExport(demo.CriteriaSet, demo.Assessment, demo.Commune.Name);
            using var stream = new MemoryStream(bytes);
            var result = await ScoreImporter.ImportAsync(stream, "xuat.xlsx", bytes.Length, demo.CriteriaSet);

            Assert.True(result.Succeeded, demo.Commune.Name + ": " + string.Join("\n", result.Errors.Select(e => e.FullText)));
            AssertSameScores(demo.CriteriaSet, demo.Assessment, result.Value!);
        }
    }

    [Fact]
    public async Task Scores_with_decimal_commas_or_points_are_read_and_empty_cells_stay_unknown()
    {
        var set = await CamSonFieldsAsync();

        var result = await ImportScoresAsync(set, Header
            + "1;Chỉ đạo điều hành;1;11;9,13;;1,87;\n"
            + "1.1;;2;1,5;1.43;1.5;0,7;\"Chưa hoàn thành; còn chậm\"\n"
            + ";cải cách thể chế;;;6,75;;;\n"
            + ";  CẢI CÁCH   THỦ TỤC HÀNH CHÍNH ;;;;;1,51;\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.FullText)));
        var rows = result.Value!;
        Assert.Equal([("1", 9.13m, (decimal?)null, (decimal?)1.87m, (string?)null, 2)], rows.Take(1).Select(r => (r.Node.Code, r.Appraised!.Value, r.SelfAssessed, r.StatedDeduction, r.Reason, r.RowNumber)));
        Assert.Equal((1.43m, 1.5m, 0.7m, "Chưa hoàn thành; còn chậm"), (rows[1].Appraised!.Value, rows[1].SelfAssessed!.Value, rows[1].StatedDeduction!.Value, rows[1].Reason));
        Assert.Equal("2", rows[2].Node.Code);
        Assert.Equal("3", rows[3].Node.Code);
        Assert.Null(rows[3].Appraised);
        Assert.Equal(1.51m, rows[3].StatedDeduction);
    }

    [Fact]
    public async Task A_score_that_is_not_a_number_names_row_and_column()
    {
        var result = await ImportScoresAsync(await CamSonFieldsAsync(), Header
            + "1;Chỉ đạo điều hành;1;11;9,13;;;\n"
            + "1.1;Thực hiện Kế hoạch CCHC;2;1,5;1,43;;;\n"
            + "1.2;Kết quả khắc phục;2;2;\"1,2,3\";8,5đ;-1;\n");

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "Dòng 4, cột Điểm thẩm định: \"1,2,3\" không phải là số điểm.",
            "Dòng 4, cột Điểm tự đánh giá: \"8,5đ\" không phải là số điểm.",
            "Dòng 4, cột Điểm bị trừ theo văn bản: \"-1\" không phải là số điểm.",
        ], result.Errors.Select(e => e.FullText));
    }

    [Fact]
    public async Task An_unknown_code_or_title_and_a_node_matched_twice_are_all_reported_and_scores_above_the_maximum_left_to_the_domain()
    {
        var result = await ImportScoresAsync(await CamSonFieldsAsync(), Header
            + "1;Chỉ đạo điều hành;1;11;12;;;\n"
            + "2;Cải cách thể chế;1;7;6,75;;;\n"
            + ";Không có trong bộ;1;;1;;;\n"
            + "1.1;Thực hiện Kế hoạch CCHC;2;1,5;1,43;1,6;;\n"
            + ";Cải cách thể chế;1;7;6;;;\n"
            + "9.9;Không có mã này;2;;1;;;\n"
            + ";;;;1;;;\n");

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal(
        [
            "Dòng 4: không có tiêu chí \"Không có trong bộ\" trong bộ tiêu chí.",
            "Dòng 6: tiêu chí \"2. Cải cách thể chế\" đã có ở dòng 3.",
            "Dòng 7: không có tiêu chí mã \"9.9\" trong bộ tiêu chí.",
            "Dòng 8: chưa có mã hoặc nội dung để nhận ra tiêu chí.",
        ], result.Errors.Select(e => e.FullText));
    }

    [Fact]
    public async Task The_appraised_score_column_is_required()
    {
        var result = await ImportScoresAsync(await CamSonFieldsAsync(), "Mã;Nội dung;Điểm tự đánh giá\n1;Chỉ đạo điều hành;10\n");

        Assert.Equal(["Thiếu cột \"Điểm thẩm định\"."], result.Errors.Select(e => e.FullText));
    }

    [Fact]
    public async Task Titles_shared_by_several_nodes_follow_the_document_order_when_the_file_has_no_levels()
    {
        var camSon = CamSon2023.Build(new StandardPositions());
        var nodes = CriteriaTree.InTreeOrder(camSon.CriteriaSet);
        var csv = new StringBuilder("Nội dung;Điểm thẩm định;Điểm bị trừ theo văn bản\n");
        foreach (var node in nodes)
        {
            csv.Append('"').Append(node.Title.Normalize(NormalizationForm.FormD).ToUpperInvariant()).Append("\";;")
                .Append(camSon.Assessment.ScoreOf(node.Id)?.StatedDeduction?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        var result = await ImportScoresAsync(camSon.CriteriaSet, csv.ToString());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.FullText)));
        Assert.Equal(nodes.Select(n => n.Id), result.Value!.Select(r => r.Node.Id));
    }

    private static void AssertSameScores(CriteriaSet set, Assessment assessment, IReadOnlyList<ScoreRow> rows)
    {
        Assert.Equal(set.Nodes.Count, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.Node.Id).Distinct().Count());
        foreach (var row in rows)
        {
            var score = assessment.ScoreOf(row.Node.Id);
            Assert.Equal(
                (score?.AppraisedScore, score?.SelfAssessedScore, score?.StatedDeduction, score?.Reason),
                (row.Appraised, row.SelfAssessed, row.StatedDeduction, row.Reason));
        }

        // Applied to a fresh assessment, the rows give back the same scores.
        var copy = new Assessment(assessment.CommuneId, set, assessment.Year, assessment.Decision);
        foreach (var row in rows)
        {
            copy.RecordScore(row.Node, row.Appraised, row.StatedDeduction, row.SelfAssessed, row.Reason);
        }

        Assert.Equal(
            assessment.Scores.OrderBy(s => s.CriterionId).Select(s => (s.CriterionId, s.AppraisedScore, s.SelfAssessedScore, s.StatedDeduction, s.Reason)),
            copy.Scores.OrderBy(s => s.CriterionId).Select(s => (s.CriterionId, s.AppraisedScore, s.SelfAssessedScore, s.StatedDeduction, s.Reason)));
    }
}
