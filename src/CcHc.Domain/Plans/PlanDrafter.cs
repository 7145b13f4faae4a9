using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Deadlines;
using static CcHc.Domain.Common.VietnameseNumbers;

namespace CcHc.Domain.Plans;

/// <summary>
/// "Create plan from assessment": a draft with every deducted criterion listed under its field, and the document's
/// other parts pre-filled with the wording of the seed plans (all editable). The clerk then adds causes, tasks,
/// leads and deadlines; completeness says what is still missing.
/// </summary>
public static class PlanDrafter
{
    /// <summary>The draft, as a Kế hoạch or (seed 001) a công văn: "Số: …/UBND" and its Kính gửi line.</summary>
    public static RemediationPlan Draft(Commune commune, Assessment assessment, AssessmentEvaluation evaluation, DocumentForm form = DocumentForm.Plan)
    {
        if (evaluation.AssessmentId != assessment.Id || assessment.CommuneId != commune.Id)
        {
            throw new ArgumentException("The evaluation must be of this commune's assessment.", nameof(evaluation));
        }

        var header = Header(commune, assessment, evaluation);
        if (form == DocumentForm.Letter)
        {
            header = header with { DocumentSymbol = PlanKinds.DefaultSymbol(form), Addressees = [PlanKinds.DefaultAddressee] };
        }

        var plan = new RemediationPlan(commune.Id, PlanSetup.RemediationFor(assessment.Year) with { Form = form }, assessment, header);
        foreach (var content in Items(evaluation, plan.Year))
        {
            plan.AddItem(content);
        }

        return plan;
    }

    public static PlanHeader Header(Commune commune, Assessment assessment, AssessmentEvaluation evaluation)
    {
        var year = assessment.Year;
        var next = year + 1;
        var communeShort = commune.Name.StartsWith("xã ", StringComparison.OrdinalIgnoreCase) ? "xã" : commune.Name;
        return new PlanHeader
        {
            PlaceName = commune.PlaceName,
            Summary = $"Khắc phục tồn tại, hạn chế, sau kiểm tra cải cách hành chính năm {year}",
            LegalBases = [$"Căn cứ {assessment.Decision.Citation} về việc phê duyệt Chỉ số cải cách hành chính năm {year}."],
            Preamble =
                $"Để kịp thời khắc phục các tồn tại, hạn chế và các tiêu chí bị trừ điểm trong công tác cải cách hành chính năm {year}, " +
                $"UBND {commune.Name} xây dựng Kế hoạch khắc phục, như sau:",
            Purpose = string.Join('\n',
                $"- Kịp thời chấn chỉnh, khắc phục tồn tại, hạn chế và các tiêu chí bị trừ điểm trong công tác cải cách hành chính năm {year} góp phần nâng cao chỉ số cải cách hành chính của {communeShort}, tăng cường hiệu lực, hiệu quả quản lý nhà nước;",
                $"- Đề ra các nhiệm vụ, giải pháp nhằm khắc phục hạn chế, nâng cao các Chỉ số cải cách hành chính năm {next};",
                "- Tăng cường vai trò, trách nhiệm của người đứng đầu và đội ngũ cán bộ, công chức về công tác cải cách hành chính."),
            Requirements = string.Join('\n',
                "- Người đứng đầu cơ quan phải xác định vai trò, trách nhiệm của cá nhân trong cải cách hành chính; thường xuyên kiểm tra, đôn đốc, yêu cầu cán bộ, công chức được giao phụ trách thực hiện nghiêm túc, đầy đủ, kịp thời các giải pháp khắc phục tồn tại, hạn chế và các tiêu chí bị trừ điểm theo Kế hoạch đề ra.",
                $"- Việc khắc phục tồn tại, hạn chế và các tiêu chí bị trừ điểm phải được tiến hành đồng bộ trên tất cả các lĩnh vực CCHC có tiêu chí bị trừ điểm, gắn với việc thực hiện có hiệu quả Kế hoạch cải cách hành chính năm {next}."),
            ResultsIntro = ResultsIntro(assessment, evaluation),
            Organisation = string.Join('\n',
                $"1. Công chức Văn phòng - Thống kê chủ trì, phối hợp với các công chức chuyên môn có liên quan theo dõi, kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch này; tổng hợp kết quả, báo cáo UBND {communeShort} lồng ghép trong báo cáo cải cách hành chính định kỳ.",
                "2. Các công chức chuyên môn căn cứ chức năng, nhiệm vụ được phân công chủ động triển khai thực hiện có hiệu quả các nội dung được giao tại Kế hoạch này; báo cáo kết quả thực hiện đúng thời gian quy định.",
                $"3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các công chức kịp thời báo cáo UBND {communeShort} (qua Văn phòng - Thống kê) để xem xét, giải quyết."),
            Closing =
                $"Trên đây là Kế hoạch khắc phục tồn tại, hạn chế trong thực hiện nhiệm vụ cải cách hành chính năm {year} của UBND {communeShort}, " +
                "đề nghị các ban, ngành, cá nhân liên quan thực hiện nghiêm túc, góp phần nâng cao chỉ số CCHC./.",
            Recipients =
            [
                $"{UnitWording.SuperiorCommittee(commune)};",
                $"{UnitWording.OversightRecipient(commune)};",
                "TT Đảng ủy, TT HĐND xã;",
                "Chủ tịch, các PCT UBND xã;",
                "Các công chức chuyên môn;",
                "Lưu: VT.",
            ],
            SignerAuthority = "TM. ỦY BAN NHÂN DÂN",
            SignerTitle = "CHỦ TỊCH",
            SignerName = commune.ChairmanName ?? string.Empty,
            Layout = PlanLayout.Sections,
        };
    }

    private static string ResultsIntro(Assessment assessment, AssessmentEvaluation evaluation)
    {
        var total = assessment.StatedTotal ?? evaluation.TotalAppraised;
        if (total is null)
        {
            return $"Kết quả thẩm định Chỉ số cải cách hành chính năm {assessment.Year} của xã như sau:";
        }

        var max = evaluation.TotalMax is { } m ? "/" + Score(m) : string.Empty;
        var rank = assessment.Rank is { } r ? $"; xếp thứ {r.Position}/{r.Of}" : string.Empty;
        var classification = assessment.Classification is { } c ? $", xếp loại {c}" : string.Empty;
        var deducted = evaluation.TotalDeduction is { } d
            ? $" Tổng số điểm bị trừ là {Score(d)} điểm trên {evaluation.Fields.Count(f => f.IsDeducted)} lĩnh vực."
            : string.Empty;
        return $"Năm {assessment.Year}, công tác cải cách hành chính (CCHC) của xã được thẩm định đạt {Score(total.Value)}{max} điểm{rank}{classification}.{deducted} Cụ thể:";
    }

    private static IEnumerable<ItemContent> Items(AssessmentEvaluation evaluation, int planYear)
    {
        foreach (var group in evaluation.DeductedLeaves().GroupBy(r => evaluation.FieldOf(r.Node.Id).Node))
        {
            var field = group.Key;
            // The reason typed on the field row, then those of its criteria.
            var reasons = group.Prepend(evaluation[field.Id]).Select(r => r.Reason).OfType<string>().Distinct().ToList();
            yield return new ItemContent(
                field.Title,
                field.Id,
                group.Select(r => r.Node.Id).ToList(),
                reasons.Count == 0 ? null : string.Join("; ", reasons),
                null,
                [],
                Deadline.WholeYear(planYear),
                []);
        }
    }
}
