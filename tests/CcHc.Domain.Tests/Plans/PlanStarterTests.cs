using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Plans;

/// <summary>
/// The starter text of the "new plan" flow in the seeds' register: xã Quảng Công's improvement plan of 2020 (seed 002)
/// and xã Hà Bắc's plan maintaining PAR INDEX, SIPAS, PAPI and PCI over 2023–2025 (seed 004).
/// </summary>
public sealed class PlanStarterTests
{
    private static readonly Commune QuangCong = new("xã Quảng Công", "huyện Quảng Điền", "tỉnh Thừa Thiên Huế", "Quảng Công", "ỦY BAN NHÂN DÂN XÃ QUẢNG CÔNG");

    private static readonly Commune HaBac = new("xã Hà Bắc", "huyện Hà Trung", "tỉnh Thanh Hóa", "Hà Bắc", "ỦY BAN NHÂN DÂN XÃ HÀ BẮC");

    [Fact]
    public void An_improvement_plan_starts_with_seed_002s_title_and_one_numbered_task_without_groups()
    {
        var plan = PlanStarter.Start(QuangCong, new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, 2020, 2020, [IndexKind.ParIndex]), null, []);

        Assert.Equal("Nâng cao chỉ số cải cách hành chính năm 2020", plan.Summary);
        Assert.Equal("KH-UBND", plan.DocumentSymbol);
        Assert.Contains("Nay UBND xã Quảng Công xây dựng kế hoạch nâng cao chỉ số cải cách hành chính năm 2020 của địa phương cụ thể như sau:", plan.Preamble, StringComparison.Ordinal);
        Assert.StartsWith("Trên đây là Kế hoạch nâng cao chỉ số cải cách hành chính năm 2020 của UBND xã yêu cầu Thủ trưởng các cơ quan, ban ngành cấp xã", plan.Closing, StringComparison.Ordinal);
        var item = Assert.Single(plan.Items);
        Assert.Equal(IndexKind.ParIndex, item.Index);
        Assert.Null(item.GroupHeading);
        Assert.Empty(item.CriterionIds);
        Assert.Contains("Kế hoạch cải cách hành chính năm 2020", Assert.Single(item.Tasks).Description, StringComparison.Ordinal);
        Assert.Empty(plan.Addressees);
    }

    [Fact]
    public void A_multi_index_plan_groups_par_and_sipas_under_one_heading_as_seed_004_does_and_titles_the_period()
    {
        var setup = new PlanSetup(PlanKind.MultiIndex, DocumentForm.Plan, 2023, 2025, [IndexKind.Pci, IndexKind.Papi, IndexKind.Sipas, IndexKind.ParIndex]);

        var plan = PlanStarter.Start(HaBac, setup, null, []);

        Assert.Equal(
            "Duy trì, cải thiện và nâng cao chỉ số cải cách hành chính (PAR INDEX), chỉ số hài lòng về sự phục vụ hành chính (SIPAS), chỉ số hiệu quả quản trị và hành chính công (PAPI), chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xã Hà Bắc năm 2023 và giai đoạn 2023 - 2025",
            plan.Summary);
        Assert.Equal([IndexKind.ParIndex, IndexKind.Sipas, IndexKind.Papi, IndexKind.Pci], plan.Items.Select(i => i.Index!.Value));
        Assert.Equal(
            ["Chỉ số Cải cách hành chính và chỉ số hài lòng.", "Chỉ số Cải cách hành chính và chỉ số hài lòng.", "Chỉ số hiệu quả quản trị và hành chính công.", "Chỉ số năng lực cạnh tranh."],
            plan.Items.Select(i => i.GroupHeading));
        Assert.Equal(
            "Thường xuyên tổ chức đối thoại với MTTQ, các đoàn thể chính trị và nhân dân thực hiện tốt quy chế dân chủ ở cơ sở.",
            plan.Items[2].Tasks[0].Description);
        Assert.Contains("Định kỳ hằng quý, 06 tháng, năm", plan.Organisation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_starter_is_not_complete_until_the_clerk_names_the_leads()
    {
        var plan = PlanStarter.Start(HaBac, new PlanSetup(PlanKind.MultiIndex, DocumentForm.Plan, 2023, 2025, [IndexKind.ParIndex, IndexKind.Papi]), null, []);

        var completeness = plan.CheckCompleteness(AssessmentEvaluation.None(2023));

        Assert.False(completeness.IsComplete);
        Assert.Equal(2, completeness.Missing.Count(m => m.Contains("chưa có đơn vị chủ trì", StringComparison.Ordinal)));
        Assert.Equal([IndexKind.ParIndex, IndexKind.Papi], completeness.RequiredIndices.Select(r => r.Index));
        Assert.All(completeness.RequiredIndices, r => Assert.False(r.IsCovered));
    }

    [Fact]
    public void Ticked_components_give_one_item_each_linked_to_the_component()
    {
        var setup = new PlanSetup(PlanKind.MultiIndex, DocumentForm.Plan, 2023, 2025, [IndexKind.ParIndex, IndexKind.Papi]);
        var transparency = new StarterComponent(IndexKind.Papi, Guid.NewGuid(), "Công khai, minh bạch");
        var services = new StarterComponent(IndexKind.Papi, Guid.NewGuid(), "Cung ứng dịch vụ công");

        var plan = PlanStarter.Start(HaBac, setup, null, [transparency, services]);

        var papi = plan.Items.Where(i => i.Index == IndexKind.Papi).ToList();
        Assert.Equal(["Công khai, minh bạch", "Cung ứng dịch vụ công"], papi.Select(i => i.Heading));
        Assert.Equal([transparency.NodeId], papi[0].CriterionIds);
        Assert.Single(plan.Items, i => i.Index == IndexKind.ParIndex);
    }

    [Fact]
    public void A_letter_starts_with_its_v_v_line_symbol_and_addressee()
    {
        var plan = PlanStarter.Start(QuangCong, new PlanSetup(PlanKind.Improvement, DocumentForm.Letter, 2021, 2021, [IndexKind.ParIndex]), null, []);

        Assert.Equal("UBND", plan.DocumentSymbol);
        Assert.Equal("V/v nâng cao chỉ số cải cách hành chính năm 2021", plan.Summary);
        Assert.Equal(["Các đ/c cán bộ, công chức xã"], plan.Addressees);
    }

    [Fact]
    public void Remediation_components_of_other_indices_and_bad_periods_are_refused_naming_the_field()
    {
        var remediation = Assert.Throws<DomainException>(() =>
            PlanStarter.Start(HaBac, new PlanSetup(PlanKind.Remediation, DocumentForm.Plan, 2024, 2024, [IndexKind.ParIndex]), null, []));
        Assert.Equal("Kind", remediation.Field);

        var foreign = Assert.Throws<DomainException>(() => PlanStarter.Start(HaBac,
            new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, 2024, 2024, [IndexKind.ParIndex]), null,
            [new StarterComponent(IndexKind.Pci, Guid.NewGuid(), "Chi phí thời gian")]));
        Assert.Equal("Components", foreign.Field);

        var period = Assert.Throws<DomainException>(() =>
            PlanStarter.Start(HaBac, new PlanSetup(PlanKind.MultiIndex, DocumentForm.Plan, 2025, 2023, [IndexKind.ParIndex, IndexKind.Pci]), null, []));
        Assert.Equal("ToYear", period.Field);
    }
}
