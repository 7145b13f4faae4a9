using CcHc.DemoData;
using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.Domain.Tests.DemoData;

/// <summary>
/// The demo communes of the plan kinds, with the seeds' words: xã Quảng Công's improvement plan 2020 (seed 002), xã Hà
/// Bắc's multi-index plan 2023–2025 (seed 004) and xã Triệu Trạch's công văn 10/UBND (seed 001).
/// </summary>
public sealed class PlanKindSeedTests
{
    private static readonly StandardPositions Positions = new();

    private static DemoCommune Build(string communeName) =>
        DemoCatalog.BuildAll(Positions).Single(d => d.Commune.Name == communeName);

    private static Dictionary<Guid, Position> PositionsOf(DemoCommune demo) =>
        Positions.All.Concat(demo.CommunePositions).ToDictionary(p => p.Id);

    [Fact]
    public void Quang_Cong_is_an_improvement_plan_of_2020_resting_on_no_assessment_with_ten_tasks()
    {
        var demo = Build("xã Quảng Công");
        var plan = demo.Plan;

        Assert.Equal((PlanKind.Improvement, DocumentForm.Plan), (plan.Kind, plan.Form));
        Assert.Equal((2020, 2020), (plan.Year, plan.ToYear));
        Assert.Equal([IndexKind.ParIndex], plan.Indices);
        Assert.Null(plan.AssessmentId);
        Assert.Null(demo.ScoredAssessment);
        Assert.Equal(("huyện Quảng Điền", "tỉnh Thừa Thiên Huế"), (demo.Commune.District, demo.Commune.Province));
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal("Nâng cao chỉ số cải cách hành chính năm 2020", plan.Summary);
        Assert.StartsWith("Thực hiện Kế hoạch số 67/KH-UBND ngày 16 tháng 4 năm 2020", plan.Preamble, StringComparison.Ordinal);

        // Ten numbered tasks, one item each; task 2 has three paragraphs and task 7 two, the others one.
        Assert.Equal(10, plan.Items.Count);
        Assert.Equal([1, 3, 1, 1, 1, 1, 2, 1, 1, 1], plan.Items.Select(i => i.Tasks.Count));
        Assert.StartsWith("Văn phòng Thống kê tiến hành đánh giá", plan.Items[1].Tasks[2].Description, StringComparison.Ordinal);
        Assert.StartsWith("Văn hóa thông tin xã tích cực tuyên truyền", plan.Items[9].Tasks[0].Description, StringComparison.Ordinal);
        Assert.All(plan.Items, i => Assert.Equal(IndexKind.ParIndex, i.Index));

        // The seed names no lead, no deadline and no signer: none is invented.
        Assert.All(plan.Items, i => Assert.Empty(i.LeadPositionIds));
        Assert.All(plan.Items, i => Assert.Null(i.Deadline));
        Assert.Equal(string.Empty, plan.SignerName);
        Assert.Null(demo.Commune.ChairmanName);
        Assert.Null(plan.DocumentNumber);
        Assert.Null(plan.IssueDate);
        Assert.Equal(
            ["UBND huyện;", "Phòng Nội vụ;", "Đảng ủy xã;", "HĐND xã;", "CT; các PCT xã;", "Các Đoàn thể cấp xã;", "Toàn thể CBCC;", "Lưu: VT;"],
            plan.Recipients);

        // So the draft is incomplete, as its seed is, item by item.
        var completeness = plan.CheckCompleteness(AssessmentEvaluation.None(plan.Year));
        Assert.False(completeness.IsComplete);
        Assert.Contains(completeness.Missing, m => m.StartsWith("Nhiệm vụ 1 (Tăng cường công tác lãnh đạo", StringComparison.Ordinal));
        Assert.Equal(11, completeness.Missing.Count);
    }

    [Fact]
    public void Ha_Bac_is_a_multi_index_plan_over_2023_to_2025_grouped_as_printed()
    {
        var demo = Build("xã Hà Bắc");
        var plan = demo.Plan;

        Assert.Equal((PlanKind.MultiIndex, DocumentForm.Plan), (plan.Kind, plan.Form));
        Assert.Equal((2023, 2025), (plan.Year, plan.ToYear));
        Assert.Equal([IndexKind.ParIndex, IndexKind.Sipas, IndexKind.Papi, IndexKind.Pci], plan.Indices);
        Assert.Null(plan.AssessmentId);
        Assert.Equal(("huyện Hà Trung", "tỉnh Thanh Hóa", "Nguyễn Thành Chân"), (demo.Commune.District, demo.Commune.Province, plan.SignerName));
        Assert.Equal("CHỦ TỊCH", plan.SignerTitle);
        Assert.Equal(PlanStatus.Draft, plan.Status);

        var groups = plan.Items.GroupBy(i => i.GroupHeading).Select(g => (g.Key, g.Count())).ToList();
        Assert.Equal(
            [
                ("Chỉ số Cải cách hành chính và chỉ số hài lòng.", 11),
                ("Chỉ số hiệu quả quản trị và hành chính công.", 9),
                ("Chỉ số năng lực cạnh tranh.", 1),
                ("Nhiệm vụ, giải pháp cụ thể giai đoạn 2023 - 2025 (theo các tiêu chí thành phần của từng Chỉ số)", 1),
            ],
            groups);
        Assert.Equal(22, plan.Items.Count);
        Assert.Equal(9, plan.Items.Count(i => i.Index == IndexKind.Papi));
        Assert.Equal(IndexKind.Pci, plan.Items[20].Index);
        Assert.Null(plan.Items[21].Index);

        // The page break of 1.1 ("xã Hà / Bắc, giai đoạn 2021-2025") is joined.
        Assert.Contains("xã Hà Bắc, giai đoạn 2021-2025", plan.Items[0].Tasks[0].Description, StringComparison.Ordinal);

        // The replaced plan, as cited, is also section IV's first point.
        Assert.StartsWith("Kế hoạch số 80/ KH – UBND ngày 21/9/2022 số UBND xã Hà Bắc", plan.ReplacesWording, StringComparison.Ordinal);
        Assert.StartsWith("1. Kế hoạch này thay thế cho " + plan.ReplacesWording, plan.Organisation, StringComparison.Ordinal);
        Assert.Equal(["Phòng Nội vụ huyện (b/c);", "CC chuyên môn UBND xã(t/h);", "Lưu: VT, VP."], plan.Recipients);
    }

    [Fact]
    public void Ha_Bac_leads_and_supports_keep_the_source_words_and_name_organisations_with_a_contact_title()
    {
        var demo = Build("xã Hà Bắc");
        var positions = PositionsOf(demo);
        var items = demo.Plan.Items;
        string Lead(int i) => string.Join(", ", items[i].LeadPositionIds.Select(id => positions[id].Title));
        string Supports(int i) => string.Join(", ", items[i].SupportPositionIds.Select(id => positions[id].Title));

        // 2.4: "Đơn vị chủ trì: Trung tâm học tập cộng đồng." / "Đơn vị phối hợp: Trường Mầm non, Trường Tiểu học, Trường THCS."
        Assert.Equal("Trung tâm học tập cộng đồng.", items[14].LeadWording);
        Assert.Equal("Trung tâm học tập cộng đồng", Lead(14));
        Assert.Equal("Trường Mầm non, Trường Tiểu học, Trường THCS", Supports(14));
        Assert.Equal("Công an xã", Lead(17));
        Assert.Equal("Trạm y tế xã", Supports(13));
        Assert.Equal("Đài truyền thanh xã", Supports(18));

        // 1.11 has two leads, as printed.
        Assert.Equal("Công chức Tư pháp - Hộ tịch, Công chức Văn hóa - Xã hội", Lead(10));
        Assert.Equal("Công chức Tư pháp- Hộ tịch, Công chức Văn hóa - xã hội.", items[10].LeadWording);

        // Leads by organisation: 2.4 and 2.7; the organisations all report through a title of the commune.
        var organisations = demo.CommunePositions.Where(p => p.IsOrganisation).ToList();
        Assert.Equal(
            ["Bộ phận tiếp nhận và trả kết quả", "Trung tâm học tập cộng đồng", "Công an xã"],
            items.SelectMany(i => i.LeadPositionIds).Where(id => positions[id].IsOrganisation).Select(id => positions[id].Title).Distinct());
        Assert.Equal(13, organisations.Count);
        Assert.All(organisations, o => Assert.False(positions[o.ContactPositionId!.Value].IsOrganisation));
        Assert.All(organisations, o => Assert.Equal(demo.Commune.Id, o.CommuneId));

        // Task 4 names neither a lead nor a supporter; nothing is invented for it.
        Assert.Null(items[21].LeadWording);
        Assert.Empty(items[21].LeadPositionIds);

        // The staff account's title (Văn hóa - Xã hội) leads tasks and is the contact of the schools.
        var culture = Positions[PositionCatalogue.CultureSociety].Id;
        Assert.Equal(4, items.Count(i => i.LeadPositionIds.Contains(culture)));
        Assert.Equal(culture, organisations.Single(o => o.Title == "Trường THCS").ContactPositionId);
    }

    [Fact]
    public void Trieu_Trach_is_the_cong_van_10_UBND_of_15_February_2023_and_its_appendix_cites_the_14th()
    {
        var demo = Build("xã Triệu Trạch");
        var plan = demo.Plan;

        Assert.Equal((PlanKind.Remediation, DocumentForm.Letter), (plan.Kind, plan.Form));
        Assert.Equal(PlanStatus.Issued, plan.Status);
        Assert.Equal("Số: 10/UBND", plan.NumberLine);
        Assert.Equal(new DateOnly(2023, 2, 15), plan.IssueDate);
        Assert.Equal("khắc phục Chỉ số cải cách hành chính năm 2022", plan.Summary);
        Assert.Equal(["Các đ/c cán bộ, công chức xã"], plan.Addressees);
        Assert.Equal("Đính kèm Công văn số 10/UBND ngày 14/02/2023 của UBND xã", plan.AppendixCaption);

        // The chairman acknowledged the source's own figures (92,59 stated against 90,74 in the table) before approving.
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);
        Assert.Equal([PlanAction.Submit, PlanAction.Approve, PlanAction.Issue], plan.Transitions.Select(t => t.Action));
        Assert.Equal(SourceDiscrepancies.AcknowledgedNote(SourceDiscrepancies.Of(evaluation).Count), plan.Transitions[1].Comment);

        var mismatch = SourceDiscrepancies.CitationMismatch(plan);
        Assert.Equal(
            "Phụ lục ghi \"Đính kèm Công văn số 10/UBND ngày 14/02/2023 của UBND xã\": ngày 14/02/2023 (văn bản ban hành ngày 15/02/2023); văn bản in đúng như văn bản nguồn.",
            mismatch);
        Assert.NotNull(mismatch);
        Assert.Equal([.. SourceDiscrepancies.Of(evaluation), mismatch], SourceDiscrepancies.Of(plan, evaluation));
    }

    [Fact]
    public void A_citation_that_agrees_with_the_number_and_date_or_a_plan_not_yet_issued_lists_nothing()
    {
        var cited = Build("xã Triệu Trạch").Plan.StartNextVersion(new Actor("clerk", "VP-TK"), DateTimeOffset.UnixEpoch);

        Assert.Null(SourceDiscrepancies.CitationMismatch(cited));
        Assert.Null(SourceDiscrepancies.CitationMismatch(Build("xã Sơn Kỳ").Plan));

        cited.UpdateHeader(cited.Header with { AppendixCaption = "(Đính kèm Công văn số 11/UBND ngày 15/02/2023 của UBND xã)" });
        Assert.Equal("Đính kèm Công văn số 11/UBND ngày 15/02/2023 của UBND xã", cited.AppendixCaption);
    }
}
