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
    /// <summary>
    /// A SIPAS survey scored per commune (as Hải Phòng publishes): the service elements of QĐ 1001/QĐ-BNV, out of 100
    /// each; the one below 100 is the low component the plan must answer.
    /// </summary>
    private static (Assessment Assessment, CriteriaSet Set, CriterionNode Low) SipasSurvey(Guid communeId, int year)
    {
        var set = new CriteriaSet("SIPAS xã Hà Bắc", IndexKind.Sipas, "tỉnh Thanh Hóa", year, CriteriaCoverage.Complete);
        var access = set.AddNode(null, "1", "Tiếp cận dịch vụ", 100m);
        var procedures = set.AddNode(null, "2", "Thủ tục hành chính", 100m);
        var assessment = new Assessment(communeId, set, year, new SourceDecision("12/QĐ-UBND", new DateOnly(year + 1, 1, 20), "UBND huyện Hà Trung"));
        assessment.RecordScore(access, 100m);
        assessment.RecordScore(procedures, 86.5m);
        return (assessment, set, procedures);
    }

    [Fact]
    public void A_multi_index_plan_rests_on_further_assessments_and_answers_their_low_components()
    {
        var plan = HaBacPlan();
        foreach (var index in plan.Indices)
        {
            plan.AddItem(Task(PlanKinds.ShortName(index), index, "Nhóm", Finance.Id, "Việc", Deadline.WholeYear(2023)));
        }

        var (survey, set, low) = SipasSurvey(HaBac.Id, 2022);
        plan.RestOn([survey]);
        var further = new[] { survey.Evaluate(set) };

        Assert.Equal([survey.Id], plan.FurtherAssessmentIds);
        Assert.Equal([survey.Id], plan.AssessmentIds);
        var completeness = plan.CheckCompleteness(AssessmentEvaluation.None(2023), further);
        var required = Assert.Single(completeness.Required);
        Assert.Equal((low.Id, 13.5m, 86.5m, IndexKind.Sipas, true, false), (required.Criterion.Id, required.Deduction, required.AppraisedScore, required.Index, required.IsFurther, required.IsCovered));
        Assert.Contains("SIPAS — \"2. Thủ tục hành chính\" (bị trừ 13,5 điểm): chưa có nhiệm vụ nào liên kết, hoặc lý do không khắc phục được.", completeness.Missing);
        Assert.Throws<PlanIncompleteException>(() => plan.Submit(Clerk, At, AssessmentEvaluation.None(2023), further));
        // Submitting without the further evaluation would check less than the plan names: refused.
        Assert.Equal("Kết quả đánh giá không khớp với kế hoạch.", Assert.Throws<DomainException>(() => plan.Submit(Clerk, At, AssessmentEvaluation.None(2023))).Message);

        var sipas = plan.Items.Single(i => i.Index == IndexKind.Sipas);
        plan.UpdateItem(sipas.Id, new ItemContent("SIPAS", null, [low.Id], null, Finance.Id, [], Deadline.WholeYear(2023),
            [new TaskContent("Rà soát, công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa.")], Index: IndexKind.Sipas, GroupHeading: "Nhóm"));

        completeness = plan.CheckCompleteness(AssessmentEvaluation.None(2023), further);
        Assert.True(completeness.IsComplete, string.Join(" ", completeness.Missing));
        plan.Submit(Clerk, At, AssessmentEvaluation.None(2023), further);

        var next = IssueAndContinue(plan);
        Assert.Equal([survey.Id], next.FurtherAssessmentIds);
    }

    private static RemediationPlan IssueAndContinue(RemediationPlan plan)
    {
        plan.Approve(new Actor("chairman.habac", "Chủ tịch"), At);
        plan.Issue(Clerk, At, "15", new DateOnly(2023, 11, 20));
        return plan.StartNextVersion(Clerk, At);
    }

    [Fact]
    public void Further_assessments_are_the_communes_own_up_to_the_plans_last_year_and_never_for_a_remediation_plan()
    {
        var plan = HaBacPlan();
        var (other, _, _) = SipasSurvey(Guid.NewGuid(), 2022);
        var (late, _, _) = SipasSurvey(HaBac.Id, 2026);
        var (own, _, _) = SipasSurvey(HaBac.Id, 2022);

        Assert.Equal("Kết quả đánh giá không thuộc xã này.", Assert.Throws<DomainException>(() => plan.RestOn([other])).Message);
        Assert.Equal("Kết quả đánh giá sau năm 2025 không làm căn cứ cho kế hoạch này được.", Assert.Throws<DomainException>(() => plan.RestOn([late])).Message);
        plan.RestOn([own, own]);
        Assert.Equal([own.Id], plan.FurtherAssessmentIds);
        plan.RestOn([]);
        Assert.Empty(plan.FurtherAssessmentIds);

        var remediation = new RemediationPlan(HaBac.Id, own, Header("Khắc phục"));
        var refused = Assert.Throws<DomainException>(() => remediation.RestOn([SipasSurvey(HaBac.Id, 2022).Assessment]));
        Assert.Equal(nameof(RemediationPlan.FurtherAssessmentIds), refused.Field);
    }
}
