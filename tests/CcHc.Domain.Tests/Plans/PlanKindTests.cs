using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.Domain.Tests.Plans;

/// <summary>
/// The kinds of plan the seeds show, with their words: xã Hà Bắc's plan maintaining PAR INDEX, SIPAS, PAPI and PCI over
/// 2023–2025 (seed 004), whose leads are often organisations (Công an xã, Trạm y tế xã); xã Quảng Công's improvement
/// plan of 2020 (seed 002), which names no score; the công văn form of xã Triệu Trạch (seed 001).
/// </summary>
public sealed class PlanKindTests
{
    private static readonly Actor Clerk = new("clerk.habac", "Văn phòng - Thống kê");
    private static readonly DateTimeOffset At = new(2023, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly Commune HaBac = new("xã Hà Bắc", "huyện Hà Trung", "tỉnh Thanh Hóa", "Hà Bắc", "ỦY BAN NHÂN DÂN XÃ HÀ BẮC");

    private static readonly Position Finance = new("Công chức Tài chính – Kế toán", HaBac.Id);

    private static readonly Position Police = new("Công an xã", HaBac.Id, kind: PositionKind.Organisation, contactPositionId: Finance.Id);

    private static readonly PlanSetup MultiIndex =
        new(PlanKind.MultiIndex, DocumentForm.Plan, 2023, 2025, [IndexKind.Pci, IndexKind.ParIndex, IndexKind.Sipas, IndexKind.Papi]);

    private static PlanHeader Header(string summary) => new()
    {
        PlaceName = "Hà Bắc",
        Summary = summary,
        SignerName = "Nguyễn Thành Chân",
        ReplacesWording = "Kế hoạch số 80/ KH – UBND ngày 21/9/2022 số UBND xã Hà Bắc về việc duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par index), chỉ số hài lòng (Sipas), chỉ số hiệu quả quản trị và hành chính công (Papi) và chỉ số năng lực cạnh tranh (PCI) tỉnh Thanh Hóa năm 2022 và giai đoạn 2022 – 2025",
    };

    private static RemediationPlan HaBacPlan() => new(HaBac.Id, MultiIndex, null,
        Header("Duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par index), chỉ số hài lòng (Sipas), chỉ số hiệu quả quản trị và hành chính công (Papi), chỉ số năng lực cạnh tranh (PCI) xã Hà Bắc năm 2023 và giai đoạn 2023 - 2025"));

    private static ItemContent Task(string heading, IndexKind index, string group, Guid lead, string task, Deadline? deadline) =>
        new(heading, null, [], null, lead, [], deadline, [new TaskContent(task)], Index: index, GroupHeading: group);

    [Fact]
    public void The_multi_index_plan_keeps_its_period_indices_in_catalogue_order_and_the_replaced_plan()
    {
        var plan = HaBacPlan();

        Assert.Equal(PlanKind.MultiIndex, plan.Kind);
        Assert.Equal((2023, 2025), (plan.Year, plan.ToYear));
        Assert.Equal([IndexKind.ParIndex, IndexKind.Sipas, IndexKind.Papi, IndexKind.Pci], plan.Indices);
        Assert.Equal("2023 - 2025", plan.Setup.PeriodText);
        Assert.Null(plan.AssessmentId);
        Assert.Equal(plan.Id, plan.LineageId);
        Assert.StartsWith("Kế hoạch số 80/ KH – UBND ngày 21/9/2022", plan.ReplacesWording, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_named_index_needs_a_task_with_a_lead_and_a_deadline()
    {
        var plan = HaBacPlan();
        plan.AddItem(Task("1.7", IndexKind.ParIndex, "Chỉ số Cải cách hành chính và chỉ số hài lòng.", Finance.Id,
            "Tiếp tục triển khai Quyết định số 2584/QĐUBND ngày 26/7/2022 của UBND tỉnh.", Deadline.WholeYear(2023)));
        plan.AddItem(Task("2.7", IndexKind.Papi, "Chỉ số hiệu quả quản trị và hành chính công.", Police.Id,
            "Thực hiện có hiệu quả Đề án 06; thường xuyên kiểm tra, đôn đốc các địa phương tăng cường đảm bảo an ninh trật tự.", Deadline.WholeYear(2023)));
        // PCI's task is there but says no deadline: it does not count yet.
        plan.AddItem(Task("3", IndexKind.Pci, "Chỉ số năng lực cạnh tranh.", Finance.Id,
            "Tiếp tục rà soát, cắt giảm thời gian đăng ký, điều chỉnh đăng ký doanh nghiệp nhanh nhất.", null));

        var completeness = plan.CheckCompleteness(AssessmentEvaluation.None(plan.Year));

        Assert.False(completeness.IsComplete);
        Assert.Equal([true, false, true, false], completeness.RequiredIndices.Select(i => i.IsCovered));
        Assert.Contains("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS): chưa có nhiệm vụ nào có đơn vị chủ trì và thời gian hoàn thành.", completeness.Missing);
        Assert.Contains("Nhiệm vụ 3 (3): chưa có thời gian hoàn thành.", completeness.Missing);
        Assert.Equal(50, completeness.Percent);
        Assert.Throws<PlanIncompleteException>(() => plan.Submit(Clerk, At, AssessmentEvaluation.None(plan.Year)));

        var pci = plan.Items[2];
        plan.UpdateItem(pci.Id, Task("3", IndexKind.Pci, "Chỉ số năng lực cạnh tranh.", Finance.Id, pci.Tasks[0].Description, Deadline.WholeYear(2023)));
        plan.AddItem(Task("1.11", IndexKind.Sipas, "Chỉ số Cải cách hành chính và chỉ số hài lòng.", Finance.Id,
            "Tăng cường công tác tuyên truyền, cung cấp thông tin về chính sách pháp luật liên quan trực tiếp đến đời sống người dân.", Deadline.WholeYear(2023)));

        completeness = plan.CheckCompleteness(AssessmentEvaluation.None(plan.Year));
        Assert.True(completeness.IsComplete, string.Join(" ", completeness.Missing));
        Assert.Equal(100, completeness.Percent);
        plan.Submit(Clerk, At, AssessmentEvaluation.None(plan.Year));
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void An_improvement_plan_names_no_score_and_its_single_index_is_served_by_items_without_an_index()
    {
        var quangCong = new Commune("xã Quảng Công", "huyện Quảng Điền", "tỉnh Thừa Thiên Huế", "Quảng Công", "ỦY BAN NHÂN DÂN XÃ QUẢNG CÔNG");
        var setup = new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, 2020, 2020, [IndexKind.ParIndex]);
        var plan = new RemediationPlan(quangCong.Id, setup, null, new PlanHeader { PlaceName = "Quảng Công", Summary = "Nâng cao chỉ số cải cách hành chính năm 2020" });
        var officer = new Position("Công chức Văn phòng - Thống kê");

        Assert.Contains("Chỉ số cải cách hành chính (PAR INDEX): chưa có nhiệm vụ nào có đơn vị chủ trì và thời gian hoàn thành.",
            plan.CheckCompleteness(AssessmentEvaluation.None(2020)).Missing);

        plan.AddItem(new ItemContent("Đánh giá hoạt động của Bộ phận Một cửa", null, [], null, officer.Id, [], Deadline.WholeYear(2020),
            [new TaskContent("Văn phòng Thống kê tiến hành đánh giá, tổng kết hoạt động của Bộ phận Tiếp nhận và trả kết quả hiện đại của xã.")]));

        Assert.True(plan.CheckCompleteness(AssessmentEvaluation.None(2020)).IsComplete);
        Assert.Null(plan.AssessmentId);
    }

    [Theory]
    [InlineData(PlanKind.MultiIndex, 2023, 2025, new[] { IndexKind.Papi }, "Indices")]
    [InlineData(PlanKind.Improvement, 2025, 2023, new[] { IndexKind.ParIndex }, "ToYear")]
    [InlineData(PlanKind.Improvement, 2020, 2030, new[] { IndexKind.ParIndex }, "ToYear")]
    [InlineData(PlanKind.Improvement, 2020, 2020, new IndexKind[0], "Indices")]
    [InlineData(PlanKind.Remediation, 2024, 2024, new[] { IndexKind.Papi }, "Indices")]
    public void A_setup_no_plan_can_have_is_refused_beside_its_field(PlanKind kind, int from, int to, IndexKind[] indices, string field)
    {
        var refused = Assert.Throws<DomainException>(() => new PlanSetup(kind, DocumentForm.Plan, from, to, indices).Validated());

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void A_remediation_plan_needs_its_assessment_and_the_kind_of_a_draft_does_not_change()
    {
        Assert.Throws<DomainException>(() => new RemediationPlan(HaBac.Id, PlanSetup.RemediationFor(2022), null, Header("Khắc phục")));

        var plan = HaBacPlan();
        var letter = MultiIndex with { Form = DocumentForm.Letter, ToYear = 2024 };
        plan.UpdateSetup(letter);
        Assert.Equal((DocumentForm.Letter, 2024), (plan.Form, plan.ToYear));
        Assert.Equal(nameof(PlanSetup.Kind), Assert.Throws<DomainException>(() => plan.UpdateSetup(letter with { Kind = PlanKind.Improvement })).Field);
        Assert.Equal("UBND", PlanKinds.DefaultSymbol(DocumentForm.Letter));
    }

    [Fact]
    public void An_organisation_reports_through_its_contact_title_and_a_title_has_no_contact()
    {
        Assert.True(Police.IsOrganisation);
        Assert.Equal(Finance.Id, Police.ContactPositionId);
        Assert.Equal(nameof(Position.ContactPositionId), Assert.Throws<DomainException>(() => Finance.SetContact(Police.Id)).Field);
        Assert.Equal("Tên tổ chức không được để trống.", Assert.Throws<DomainException>(() => new Position(" ", HaBac.Id, kind: PositionKind.Organisation)).Message);
    }

    [Fact]
    public void Two_plans_of_one_commune_and_year_are_tracked_side_by_side_each_in_its_own_lineage()
    {
        var evaluation = AssessmentEvaluation.None(2023);
        var plans = new List<RemediationPlan>();
        foreach (var summary in new[] { "Duy trì, nâng cao các chỉ số năm 2023", "Nâng cao chỉ số cải cách hành chính năm 2023" })
        {
            var setup = summary.StartsWith("Duy", StringComparison.Ordinal) ? MultiIndex : new PlanSetup(PlanKind.Improvement, DocumentForm.Letter, 2023, 2023, [IndexKind.ParIndex]);
            var plan = new RemediationPlan(HaBac.Id, setup, null, Header(summary));
            foreach (var index in plan.Indices)
            {
                plan.AddItem(Task(PlanKinds.ShortName(index), index, "Nhóm", Finance.Id, "Việc", Deadline.WholeYear(2023)));
            }

            plan.Submit(Clerk, At, evaluation);
            plan.Approve(new Actor("chairman.habac", "Chủ tịch"), At);
            plan.Issue(Clerk, At, (plans.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2023, 11, 20));
            plans.Add(plan);
        }

        Assert.Equal(plans, TrackedPlan.Among(plans));
        var next = plans[0].StartNextVersion(Clerk, At);
        Assert.Equal((plans[0].LineageId, PlanKind.MultiIndex, 2025), (next.LineageId, next.Kind, next.ToYear));
        Assert.Equal(plans[0].Indices, next.Indices);
    }
}
