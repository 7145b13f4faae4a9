using CcHc.DemoData;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Plans;

/// <summary>The plan's words about deductions and people, with the seeds' real numbers (seed 000 Cẩm Sơn, seed 001 Triệu Trạch).</summary>
public sealed class PlanWordingTests
{
    private static DemoCommune CamSon() => CamSon2023.Build(new StandardPositions());

    private static DemoCommune TrieuTrach() => TrieuTrach2022.Build(new StandardPositions());

    [Fact]
    public void Each_cam_son_block_states_the_tables_deduction_not_the_sum_of_its_bullets()
    {
        var demo = CamSon();
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);

        var figures = demo.Plan.Items.Select(i => PlanWording.ItemDeduction(i, evaluation)).ToList();

        // The table: 1,87 0,25 1,51 0,5 1,88 0,64 5,73 2,54 (the bullets would give 1,86 … 0,51 … 5,72 … 3,04).
        Assert.Equal([1.87m, 0.25m, 1.51m, 0.5m, 1.88m, 0.64m, 5.73m, 2.54m], figures);
    }

    [Fact]
    public void A_composed_line_keeps_the_sources_figure_and_form_and_a_remark_where_no_figure_is_printed()
    {
        var demo = CamSon();
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);
        string Line(string title) => PlanWording.NodeLine(evaluation.Nodes.First(n => n.Node.Title == title));

        // Stated 0,7 where 1,5 − 1,43 = 0,07: the print follows the source; the evaluator flags the difference.
        Assert.Equal("Thực hiện Kế hoạch CCHC: đạt 1,43/1,5 điểm, bị trừ 0,7 điểm", Line("Thực hiện Kế hoạch CCHC"));
        Assert.Equal(
            "Tỷ lệ hồ sơ trực tuyến toàn trình: bị trừ 0,18 điểm (tổng 1,5 điểm)", Line("Tỷ lệ hồ sơ trực tuyến toàn trình"));
        Assert.Equal(
            "Trong năm không có văn bản phê bình của cấp trên: không có điểm do có văn bản phê bình",
            Line("Trong năm không có văn bản phê bình của cấp trên"));
        Assert.Equal(
            "Kết quả thực hiện nhiệm vụ của cán bộ, công chức: bị trừ 0,38 điểm", Line("Kết quả thực hiện nhiệm vụ của cán bộ, công chức"));
    }

    [Fact]
    public void A_criterion_code_in_the_body_is_named_as_a_criterion_so_it_never_reads_as_the_plans_own_point()
    {
        var demo = TrieuTrach();
        var node = demo.CriteriaSet.Nodes.Single(n => n.Code == "1.5.3");

        Assert.Equal("Tiêu chí thành phần 1.5.3. Tổ chức thực hiện đánh giá chỉ số đã công bố và kết quả khắc phục tồn tại, hạn chế", PlanWording.BodyName(node));
        Assert.Equal("Tiêu chí 1.2", PlanWording.BodyName(demo.CriteriaSet.Nodes.Single(n => n.Code == "1.2")));
    }

    [Fact]
    public void Several_leads_print_on_one_line_dropping_a_repeated_cong_chuc()
    {
        Assert.Equal(
            "Công chức Văn phòng - Thống kê, Tư pháp - Hộ tịch",
            PlanWording.Roles(["Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch"]));
        Assert.Equal(
            "Chuyên trách công nghệ thông tin, Công chức Văn hóa - Xã hội",
            PlanWording.Roles(["Chuyên trách công nghệ thông tin", "Công chức Văn hóa - Xã hội"]));
    }

    [Fact]
    public void An_item_keeps_its_co_leads_as_leads_and_never_as_supports()
    {
        var demo = CamSon();
        var item = demo.Plan.Items[3];

        Assert.Equal(2, item.LeadPositionIds.Count);
        Assert.DoesNotContain(item.CoLeadPositionIds[0], item.SupportPositionIds);
        var copy = demo.Plan.Items[3];
        Assert.Equal("Điểm số bị trừ: 0,5 điểm, đó là:", PlanWording.Lines(copy.DeductionWording)[0]);
    }

    [Fact]
    public void The_trieu_trach_appendix_carries_every_deducted_row_in_the_sources_order_and_groups()
    {
        var demo = TrieuTrach();
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);

        var groups = PlanAppendix.Build(demo.Plan, evaluation);

        Assert.Equal(["I", "II", "III", "VII"], groups.Select(g => g.Field.Node.Code));
        Assert.Equal(
            ["1.1.3", "1.2", "1.5.3", "1.6", "2.4.4", "3.12", "3.13.1", "3.13.3", "7.7"],
            groups.SelectMany(g => g.Rows).Select(r => r.Node.Node.Code));
        var row244 = groups[1].Rows.Single();
        Assert.Null(row244.Item!.Cause);
        Assert.Empty(row244.Item.Tasks);
        var row312 = groups[2].Rows[0];
        Assert.Equal("Chưa có văn bản, hướng dẫn triển khai thực hiện.", row312.Item!.NotRemediableReason);
        Assert.Equal(1.8m, row244.Node.AppraisedScore);

        // The source's own discrepancy stays visible: 92,59 stated, 90,74 summed.
        Assert.Equal(92.59m, evaluation.StatedTotal);
        Assert.Equal(90.74m, evaluation.TotalAppraised);
    }

    [Fact]
    public void The_cam_son_appendix_keeps_all_31_deducted_sub_criteria_and_prints_each_items_measures_once()
    {
        var demo = CamSon();
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);

        var groups = PlanAppendix.Build(demo.Plan, evaluation);
        var rows = groups.SelectMany(g => g.Rows).ToList();

        Assert.Equal(8, groups.Count);
        Assert.Equal(31, rows.Count);
        Assert.Equal(8, rows.Count(r => r.Span > 0));
        Assert.Equal(13, rows.Single(r => r.Span > 0 && r.Item == demo.Plan.Items[6]).Span);
    }
}
