using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;

namespace CcHc.Domain.Plans;

/// <summary>A component of an index catalogue (a node of a <see cref="CriteriaSet"/> of that index) the clerk ticked for a starter item.</summary>
public sealed record StarterComponent(IndexKind Index, Guid NodeId, string Title);

/// <summary>
/// The starter text of an improvement or multi-index plan (the "new plan" flow): the header parts in the register of
/// seed 002 (xã Quảng Công, "Nâng cao chỉ số cải cách hành chính năm 2020") and seed 004 (xã Hà Bắc, "Duy trì, cải
/// thiện và nâng cao … năm 2023 và giai đoạn 2023 - 2025"), and one starter item per chosen index — or one per ticked
/// component of an index catalogue, linked to it. Everything is editable afterwards; the clerk adds the leads.
/// A remediation plan is started from its assessment instead (<see cref="PlanDrafter"/>).
/// </summary>
public static class PlanStarter
{
    /// <summary>A draft of <paramref name="setup"/>'s kind for the commune, with its starter header and items.</summary>
    public static RemediationPlan Start(Commune commune, PlanSetup setup, Assessment? assessment, IReadOnlyList<StarterComponent> components)
    {
        ArgumentNullException.ThrowIfNull(commune);
        ArgumentNullException.ThrowIfNull(setup);
        setup = setup.Validated();
        if (setup.Kind == PlanKind.Remediation)
        {
            throw new DomainException("Kế hoạch khắc phục được tạo từ kết quả đánh giá (Tạo kế hoạch từ kết quả).", nameof(PlanSetup.Kind));
        }

        var chosen = (components ?? []).Where(c => !setup.Indices.Contains(c.Index)).ToList();
        if (chosen.Count > 0)
        {
            throw new DomainException("Chỉ số thành phần đã chọn không thuộc các chỉ số của kế hoạch.", "Components");
        }

        var plan = new RemediationPlan(commune.Id, setup, assessment, Header(commune, setup));
        foreach (var item in Items(setup, components ?? []))
        {
            plan.AddItem(item);
        }

        return plan;
    }

    /// <summary>"năm 2020", or "năm 2023 và giai đoạn 2023 - 2025" (seed 004).</summary>
    public static string PeriodWording(PlanSetup setup) =>
        setup.FromYear == setup.ToYear ? $"năm {setup.FromYear}" : $"năm {setup.FromYear} và giai đoạn {setup.FromYear} - {setup.ToYear}";

    /// <summary>"chỉ số cải cách hành chính" — the index's name as it reads inside a sentence.</summary>
    public static string NameInSentence(IndexKind index)
    {
        var name = PlanKinds.Name(index);
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The trích yếu (the "V/v" line of a letter): seed 002's or seed 004's wording for the chosen indices and period.</summary>
    public static string Summary(Commune commune, PlanSetup setup)
    {
        ArgumentNullException.ThrowIfNull(commune);
        ArgumentNullException.ThrowIfNull(setup);
        var period = PeriodWording(setup);
        if (setup.Kind == PlanKind.Improvement)
        {
            return setup.Form == DocumentForm.Letter
                ? $"V/v nâng cao {Names(setup.Indices)} {period}"
                : $"Nâng cao {Names(setup.Indices)} {period}";
        }

        var named = string.Join(", ", setup.Indices.Select(i => $"{NameInSentence(i)} ({PlanKinds.ShortName(i)})"));
        var text = $"duy trì, cải thiện và nâng cao {named} {commune.Name} {period}";
        return setup.Form == DocumentForm.Letter ? "V/v " + text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static PlanHeader Header(Commune commune, PlanSetup setup)
    {
        ArgumentNullException.ThrowIfNull(commune);
        ArgumentNullException.ThrowIfNull(setup);
        var period = PeriodWording(setup);
        var names = Names(setup.Indices);
        var improvement = setup.Kind == PlanKind.Improvement;
        var document = setup.Form == DocumentForm.Letter ? "văn bản" : "kế hoạch";
        return new PlanHeader
        {
            DocumentSymbol = PlanKinds.DefaultSymbol(setup.Form),
            PlaceName = commune.PlaceName,
            Summary = Summary(commune, setup),
            LegalBases = [],
            Preamble = improvement
                ? $"Thực hiện Kế hoạch số …/KH-UBND ngày … của {UnitWording.SuperiorCommittee(commune)} về việc nâng cao {names} {period}. Nay UBND {commune.Name} xây dựng {document} nâng cao {names} {period} của địa phương cụ thể như sau:"
                : $"Thực hiện Kế hoạch số …/KH-UBND ngày … của {UnitWording.SuperiorCommittee(commune)} về việc duy trì, cải thiện và nâng cao {names} {period}. UBND {commune.Name} ban hành {document} triển khai cụ thể như sau:",
            Purpose = improvement
                ? string.Join('\n',
                    $"- Đẩy mạnh công tác cải cách hành chính, nâng cao chất lượng giải quyết thủ tục hành chính trên địa bàn xã, nâng cao {names} {period};",
                    "- Xác định cải cách hành chính là nhiệm vụ chính trị trọng tâm, thường xuyên, liên tục trong chỉ đạo, điều hành thực thi công vụ.")
                : string.Join('\n',
                    $"1. Tiếp tục phấn đấu, duy trì, cải thiện và nâng cao {names} của xã.",
                    "2. Xác định công tác cải cách hành chính gắn với việc duy trì, cải thiện và nâng cao các chỉ số là nhiệm vụ trọng tâm, xuyên suốt trong thực hiện nhiệm vụ phát triển kinh tế - xã hội của xã. Trên cơ sở đó, phân công rõ nhiệm vụ cho từng cá nhân, nhằm khắc phục những tồn tại, hạn chế, quyết tâm nâng cao các chỉ số, nhất là những chỉ số thành phần chưa có sự cải thiện hoặc đạt điểm số thấp."),
            Requirements = improvement
                ? string.Empty
                : "3. Các đồng chí công chức chuyên môn cần bám sát yêu cầu, nội dung của các chỉ số thành phần thuộc từng bộ tiêu chí để chủ động triển khai thực hiện theo chức năng, nhiệm vụ được giao; kịp thời tham mưu, đề xuất các giải pháp cụ thể nhằm duy trì, cải thiện và nâng cao các chỉ số trên địa bàn xã.",
            ResultsIntro = string.Empty,
            Organisation = improvement
                ? string.Empty
                : $"Công chức chuyên môn UBND xã tập trung triển khai thực hiện hiệu quả, kịp thời những nội dung, nhiệm vụ được giao tại Kế hoạch này, góp phần nâng cao điểm số, thứ hạng {string.Join(", ", setup.Indices.Select(i => $"{PlanKinds.Name(i)} ({PlanKinds.ShortName(i)})"))} của xã. Chịu trách nhiệm trước UBND xã, Chủ tịch UBND xã về kết quả thực hiện. Định kỳ hằng quý, 06 tháng, năm, tổng hợp, đánh giá tình hình triển khai và kết quả thực hiện nhiệm vụ, báo cáo UBND xã (qua Công chức Văn phòng - Thống kê).",
            Closing = improvement
                ? $"Trên đây là Kế hoạch nâng cao {names} {period} của UBND xã yêu cầu Thủ trưởng các cơ quan, ban ngành cấp xã, toàn thể cán bộ, công chức khẩn trương, nghiêm túc tổ chức thực hiện. Trong quá trình triển khai thực hiện nếu có khó khăn, vướng mắc, cần kịp thời báo cáo về UBND xã (qua Công chức Văn phòng - Thống kê xã) để được xem xét, giải quyết./."
                : "Trong quá trình triển khai thực hiện nếu có khó khăn, vướng mắc, các công chức kịp thời báo cáo UBND xã (qua Công chức Văn phòng - Thống kê) để được xem xét, giải quyết./.",
            Recipients =
            [
                $"{UnitWording.SuperiorCommittee(commune)};",
                $"{UnitWording.OversightRecipient(commune)};",
                "Đảng ủy xã;",
                "HĐND xã;",
                "CT; các PCT xã;",
                "Các Đoàn thể cấp xã;",
                "Toàn thể CBCC;",
                "Lưu: VT.",
            ],
            Addressees = setup.Form == DocumentForm.Letter ? [PlanKinds.DefaultAddressee] : [],
            SignerAuthority = "TM. ỦY BAN NHÂN DÂN",
            SignerTitle = "CHỦ TỊCH",
            SignerName = commune.ChairmanName ?? string.Empty,
            Layout = PlanLayout.Sections,
        };
    }

    /// <summary>
    /// One starter item per index, in the plan's order of indices; an index with ticked components gets one item per
    /// component instead, linked to it. A multi-index plan groups the items by index (seed 004 groups PAR INDEX and
    /// SIPAS under one heading); an improvement plan lists numbered tasks without groups (seed 002).
    /// </summary>
    public static IReadOnlyList<ItemContent> Items(PlanSetup setup, IReadOnlyList<StarterComponent> components)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(components);
        var items = new List<ItemContent>();
        foreach (var index in setup.Indices)
        {
            var group = setup.Kind == PlanKind.MultiIndex ? GroupHeading(index, setup.Indices) : null;
            var deadline = Deadline.WholeYear(setup.FromYear);
            var ticked = components.Where(c => c.Index == index).ToList();
            if (ticked.Count == 0)
            {
                var (heading, task) = Starter(index, setup.FromYear);
                items.Add(new ItemContent(heading, null, [], null, null, [], deadline, [new TaskContent(task)], Index: index, GroupHeading: group));
                continue;
            }

            foreach (var component in ticked)
            {
                items.Add(new ItemContent(component.Title, null, [component.NodeId], null, null, [], deadline,
                    [new TaskContent($"Rà soát nội dung \"{component.Title}\" của {PlanKinds.ShortName(index)}; đề ra và tổ chức thực hiện giải pháp cụ thể để cải thiện, nâng cao điểm số của chỉ số thành phần này.")],
                    Index: index, GroupHeading: group));
            }
        }

        return items;
    }

    /// <summary>
    /// The group heading of an index in a multi-index plan (seed 004's wording): PAR INDEX and SIPAS share "Chỉ số Cải
    /// cách hành chính và chỉ số hài lòng." when the plan names both.
    /// </summary>
    public static string GroupHeading(IndexKind index, IReadOnlyList<IndexKind> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var both = indices.Contains(IndexKind.ParIndex) && indices.Contains(IndexKind.Sipas);
        return index switch
        {
            IndexKind.ParIndex or IndexKind.Sipas when both => "Chỉ số Cải cách hành chính và chỉ số hài lòng.",
            IndexKind.ParIndex => "Chỉ số Cải cách hành chính.",
            IndexKind.Sipas => "Chỉ số hài lòng về sự phục vụ hành chính.",
            IndexKind.Papi => "Chỉ số hiệu quả quản trị và hành chính công.",
            IndexKind.Pci => "Chỉ số năng lực cạnh tranh.",
            _ => "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương.",
        };
    }

    /// <summary>The starter item of an index: a heading and a first task, in the seeds' words.</summary>
    public static (string Heading, string Task) Starter(IndexKind index, int year) => index switch
    {
        IndexKind.ParIndex => (
            "Xây dựng và tổ chức triển khai thực hiện tốt Kế hoạch cải cách hành chính hàng năm của xã",
            $"Xây dựng và tổ chức triển khai thực hiện tốt Kế hoạch cải cách hành chính năm {year} của xã. Chỉ đạo, triển khai, kiểm tra việc thực hiện các nhiệm vụ được giao tại Kế hoạch cải cách hành chính năm {year}."),
        IndexKind.Sipas => (
            "Đánh giá mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính",
            "Triển khai đánh giá việc giải quyết thủ tục hành chính và đánh giá mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính tại Bộ phận Một cửa, bảo đảm thực chất, tránh hình thức."),
        IndexKind.Papi => (
            "Thực hiện tốt quy chế dân chủ ở cơ sở",
            "Thường xuyên tổ chức đối thoại với MTTQ, các đoàn thể chính trị và nhân dân thực hiện tốt quy chế dân chủ ở cơ sở."),
        IndexKind.Pci => (
            "Cắt giảm thời gian, chi phí đăng ký doanh nghiệp",
            "Tiếp tục rà soát, cắt giảm thời gian đăng ký, điều chỉnh đăng ký doanh nghiệp nhanh nhất, giảm chi phí thời gian cho doanh nghiệp; công khai, minh bạch các thủ tục hành chính có liên quan đến đăng ký doanh nghiệp."),
        _ => (
            "Nâng cao chất lượng phục vụ người dân, doanh nghiệp",
            "Chấn chỉnh việc giải quyết thủ tục hành chính tại Bộ phận Một cửa của xã, hạn chế tối đa việc người dân, doanh nghiệp phải đi lại nhiều lần; công khai, minh bạch thông tin về thủ tục hành chính."),
    };

    private static string Names(IReadOnlyList<IndexKind> indices)
    {
        var names = indices.Select(NameInSentence).ToList();
        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " và " + names[^1],
        };
    }
}
