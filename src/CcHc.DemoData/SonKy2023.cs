using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Domain.Tracking;

namespace CcHc.DemoData;

/// <summary>
/// Seed 003: xã Sơn Kỳ (huyện Sơn Hà, tỉnh Quảng Ngãi), PAR index 2023 and plan "Số: 27/KH-UBND" of 16/02/2024, as
/// issued. The seed is an OCR'd scan without diacritics; every text here is restored Vietnamese, wording and the
/// document's own slips kept ("Kế hoạch CHHC", "Cổng dịch công"). It names deducted sub-criteria by code and prints
/// no score at all, so the assessment records none: unknown is never zero.
/// </summary>
public static class SonKy2023
{
    private const int Year = 2023;
    private const int PlanYear = 2024;
    private static readonly TimeSpan VietnamTime = TimeSpan.FromHours(7);

    /// <summary>
    /// The signature block's name is partly hidden by the stamp; the OCR reads "An Phéng", which is noise, not a name:
    /// in this scan "é" stands for several marked vowels ("hién" = hiện, "Déc" = Độc, "Céng" = Cổng), the surname is not
    /// legible, and Sơn Hà's (Hrê) names need not be Kinh syllables. Nothing is invented: the demo says the name cannot be
    /// read, in the plan's signer line and wherever the app shows the signer.
    /// </summary>
    public const string UnreadableSignerName = "(bản quét không đọc được tên người ký)";

    public static DemoCommune Build(StandardPositions positions)
    {
        var commune = new Commune("xã Sơn Kỳ", "huyện Sơn Hà", "tỉnh Quảng Ngãi", "Sơn Kỳ", "ỦY BAN NHÂN DÂN\nXÃ SƠN KỲ");

        // The plan is signed "TM. ỦY BAN NHÂN DÂN" by someone whose name the scan does not show (see above), taken as
        // the chairman (the title line under "TM. ỦY BAN NHÂN DÂN" is not legible either); the chairman's name is unknown.
        var office = new OversightOffice("Phòng Nội vụ huyện Sơn Hà", "huyện Sơn Hà", "tỉnh Quảng Ngãi");
        commune.AssignTo(office);
        var own = new CommunePositionRegistry(commune.Id);

        var set = new CriteriaSet(
            "Chỉ số CCHC năm 2023 – xã Sơn Kỳ (các tiêu chí bị trừ điểm)", IndexKind.ParIndex, commune.Province, Year,
            CriteriaCoverage.DeductedOnly);
        set.SetClassificationBands(CriteriaSet.DefaultParIndexBands);

        // The legal basis says "của Chủ tịch Ủy ban nhân dân huyện": the district is named here.
        var assessment = new Assessment(
            commune.Id, set, Year,
            new SourceDecision("22a/QĐ-UBND", new DateOnly(2024, 1, 11), "Chủ tịch Ủy ban nhân dân huyện Sơn Hà"));

        // Fields: the section II headings "1. Lĩnh vực …" with their numbers as codes. Sub-criteria: every code the
        // plan names, under its field (the seed names no intermediate criteria), level from the code's depth, title
        // as quoted in its block (restored; a final full stop inside the quotes dropped). No scores: none printed.
        CriterionNode Field(string code, string title) => set.AddNode(null, code, title, null);

        CriterionNode Sub(CriterionNode field, string code, string title) =>
            set.AddNode(field, code, title, null, code.Split('.').Length);

        var f1 = Field("1", "Lĩnh vực công tác chỉ đạo điều hành");
        var c132 = Sub(f1, "1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra");
        var c142 = Sub(f1, "1.4.2", "Tuyên truyền nội dung CCHC thông qua các hình thức khác");
        var c15 = Sub(f1, "1.5", "Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC");
        var c17 = Sub(f1, "1.7", "Thực hiện các nhiệm vụ được Tỉnh ủy, HĐND, UBND tỉnh, Chủ tịch UBND tỉnh giao trong năm");

        var f2 = Field("2", "Lĩnh vực Cải cách thể chế");

        var f3 = Field("3", "Lĩnh vực Cải cách thủ tục hành chính");
        var c3112 = Sub(
            f3, "3.1.1.2", "Có các kiến nghị cải cách TTHC, kiến nghị cụ thể sửa đổi, bổ sung VBQPPL quy định TTHC trong năm đánh giá");
        var c3122 = Sub(f3, "3.1.2.2", "100% vấn đề phát hiện qua rà soát đã được xử lý hoặc kiến nghị xử lý");

        // 3.4.1 names the district's specialised agencies (CQCM cấp huyện) in a commune's plan: as printed.
        var c341 = Sub(f3, "3.4.1", "Tỷ lệ hồ sơ TTHC do CQCM cấp huyện tiếp nhận trong năm được giải quyết trước hạn, đúng hạn");
        var c342 = Sub(f3, "3.4.2", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết trước hạn, đúng hạn");

        var f4 = Field("4", "Lĩnh vực Cải cách tổ chức bộ máy");

        var f5 = Field("5", "Lĩnh vực Cải cách chế độ công vụ");
        var c512 = Sub(f5, "5.1.2", "Tỷ lệ cơ quan chuyên môn của huyện bố trí công chức theo đúng vị trí việc làm được phê duyệt");
        var c513 = Sub(f5, "5.1.3", "Tỷ lệ đơn vị sự nghiệp thuộc huyện bố trí viên chức theo đúng vị trí việc làm được phê duyệt");

        var f6 = Field("6", "Lĩnh vực Cải cách tài chính công");
        var c611 = Sub(f6, "6.1.1", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước (NSNN)");

        var f7 = Field("7", "Lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số");
        var c7332 = Sub(
            f7, "7.3.3.2",
            "Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết TTHC điện tử đối với TTHC thuộc thẩm quyền giải quyết của cấp xã");
        var c734 = Sub(f7, "7.3.4", "Tỷ lệ hồ sơ có phát sinh dịch vụ công trực tuyến một phần");
        var c735 = Sub(f7, "7.3.5", "Tỷ lệ hồ sơ có phát sinh dịch vụ công trực tuyến toàn trình");

        // The seed gives 7.3.7.2 and 7.3.7.3 the same title, word for word: kept.
        var c7372 = Sub(f7, "7.3.7.2", "Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến");
        var c7373 = Sub(f7, "7.3.7.3", "Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến");

        // OCR "tác động của CCHC đến người dén" = "người dân".
        var f8 = Field("8", "Lĩnh vực tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội");

        var plan = new RemediationPlan(commune.Id, assessment, Header());

        var officeStatistics = positions[PositionCatalogue.OfficeStatistics];
        var justice = positions[PositionCatalogue.JusticeCivilStatus];
        var finance = positions[PositionCatalogue.FinanceAccounting];
        var culture = positions[PositionCatalogue.CultureSociety];

        // "các bộ phận chuyên môn (xã, có liên quan)": the commune's own title, as its recipients list and section III
        // print it. The seed's "bộ phận Văn phòng - thống kê", "bộ phận Tư pháp - hộ tịch" … are the standard titles.
        var departments = own.Named("Các bộ phận chuyên môn xã");

        // One item per "Tiêu chí thành phần" block, or per field block that names none (fields 2, 4, 8, linked to
        // the field, their opening paragraph as the item's words: the grouped layout prints it under the field's
        // heading, unlettered, as the seed does). "Bộ phận thực hiện" is the task; its lead is the unit it names first ("… chủ trì", "Giao …"),
        // its supports the units it works with ("phối hợp với …") or singles out ("Lưu ý …").
        void Item(
            string heading, CriterionNode field, CriterionNode[] criteria, Position lead, Position[] supports, string deadline,
            params string[] tasks) =>
            plan.AddItem(new ItemContent(
                heading,
                field.Id,
                Array.ConvertAll(criteria, c => c.Id),
                null,
                lead.Id,
                Array.ConvertAll(supports, s => s.Id),
                Deadline.Parse(deadline, PlanYear),
                Array.ConvertAll(tasks, t => new TaskContent(t))));

        // 1. Lĩnh vực công tác chỉ đạo điều hành
        Item(
            Heading(c132), f1, [c132], officeStatistics, [departments], "Trước Quý II năm 2024",
            "Văn phòng- thống kê xã chủ trì, phối hợp với các bộ phận chuyên môn có liên quan tham mưu UBND xã Kế hoạch kiểm tra các bộ phận chuyên môn đảm bảo trên 30% số bộ phận chuyên môn được kiểm tra; đồng thời có báo cáo, thông báo kết luận sau khi kiểm tra; Riêng đối với các bộ phận chuyên môn được kiểm tra sau khi có kết luận khẩn trương khắc phục xử lý các vấn đề phát hiện qua kiểm tra gửi UBND xã (qua VP-TK xã) để tổng hợp, báo cáo.");
        Item(
            Heading(c142), f1, [c142], culture, [officeStatistics], "Quý II năm 2024",
            "Bộ phận Văn hóa- xã hội xã chủ trì, phối hợp với Văn phòng-thống kê xã tham mưu UBND xã tham gia các cuộc thi “Tuyên truyền Cải cách hành chính” qua mạng Internet; phát động để cán bộ, công chức, người lao động, người dân tham gia.");
        Item(
            Heading(c15), f1, [c15], officeStatistics, [], "Trong Quý II 2024",
            "Văn phòng- thống kê xã tham mưu UBND xã giao chỉ tiêu cho các bộ phận chuyên môn sáng kiến hoặc giải pháp, cách làm mới có khả năng áp dụng, đem lại hiệu quả trong công tác cải cách hành chính tại cơ quan, đơn vị, địa phương (03 sáng kiến).");
        Item(
            Heading(c17), f1, [c17], officeStatistics, [departments], "Trong năm 2024",
            "Văn phòng – thống kê xã chủ trì, phối hợp với các bộ phận chuyên môn thường xuyên theo dõi, đôn đốc báo cáo kết quả thực hiện đảm bảo thời gian quy định khi UBND huyện giao nhiệm vụ qua Phần mềm theo dõi công việc. Trường hợp khi đến thời hạn nhưng chưa có kết quả chủ động tham mưu UBND xã văn bản gửi Văn phòng UBND huyện xin gia hạn thời gian xử lý.");

        // 2. Lĩnh vực Cải cách thể chế: the block's content line, then "Bộ phận thực hiện" (no final stop printed).
        Item(
            "Nội dung theo Kế hoạch cải cách hành chính xã năm 2024.", f2, [f2], justice, [departments], "Theo Kế hoạch CHHC năm 2024",
            "Giao Bộ phận Tư pháp- hộ tịch xã chủ trì tham mưu UBND xã các nội dung, nhiệm vụ theo Kế hoạch cải cách hành chính đảm bảo đúng thời gian quy định; trường hợp các nội dung liên quan đến các bộ phận chuyên môn có trách nhiệm theo dõi, đôn đốc, tổng hợp báo cáo UBND xã kịp thời để theo dõi, chỉ đạo");

        // 3. Lĩnh vực Cải cách thủ tục hành chính. Block a) names two sub-criteria; its lead is the departments.
        Item(
            Heading(c3112, c3122), f3, [c3112, c3122], departments, [officeStatistics], "Trong quý III năm 2024",
            "Các bộ phận chuyên môn xã căn cứ kế hoạch rà soát, đánh giá thủ tục hành chính năm 2024 của xã, chủ động rà soát, báo cáo kết quả thực hiện (Trong đó: Phải có kiến nghị liên quan đến thủ tục hành chính các lĩnh vực thuộc thẩm quyền giải quyết của UBND xã). Giao Văn phòng –thống kê xã có trách nhiệm theo dõi, đôn đốc, tổng hợp báo cáo UBND xã gửi Văn phòng UBND huyện đảm bảo thời gian quy định.");
        Item(
            Heading(c341), f3, [c341], officeStatistics, [], "Thường xuyên trong năm 2024",
            "Giao bộ phận Văn phòng- thống kê xã thường xuyên theo dõi, đôn đốc công chức phụ trách theo dõi xử lý hồ sơ trên Hệ thống phần mềm giải quyết thủ tục hành chính tỉnh đảm bảo đạt tỷ lệ tối thiểu 97% kết quả giải quyết đúng hạn, trước hạn; Trường hợp chậm giải quyết để hồ sơ trên Hệ thống phần mềm giải quyết thủ tục hành chính tỉnh thì các bộ phận chuyên môn chịu trách nhiệm trước Chủ tịch UBND xã. Bộ phận Văn phòng –thống kê xã có trách nhiệm theo dõi, đôn đốc, định kỳ hằng tháng báo cáo UBND xã kết quả giải quyết TTHC tại Bộ phận một cửa xã.");
        Item(
            Heading(c342), f3, [c342], officeStatistics, [], "Thường xuyên trong năm 2024",
            "Bộ phận Văn phòng- thống kê xã thường xuyên theo dõi, đôn đốc công chức phụ trách theo dõi xử lý hồ sơ trên Hệ thống phần mềm giải quyết thủ tục hành chính tỉnh đảm bảo đạt tỷ lệ tối thiểu 97% kết quả giải quyết đúng hạn, trước hạn; Trường hợp chậm giải quyết để hồ sơ trên Hệ thống phần mềm giải quyết thủ tục hành chính tỉnh thì Công chức trực tiếp phụ trách lĩnh vực chịu trách nhiệm trước Chủ tịch UBND xã. Giao Văn phòng – thống kê xã có trách nhiệm theo dõi, đôn đốc, định kỳ hằng tháng báo cáo UBND xã kết quả giải quyết TTHC tại Bộ phận một cửa xã.");

        // 4. Lĩnh vực Cải cách tổ chức bộ máy
        Item(
            "Nội dung theo Kế hoạch cải cách hành chính xã năm 2024.", f4, [f4], officeStatistics, [departments], "Theo Kế hoạch CHHC năm 2024",
            "Bộ phận Văn phòng- thống kê xã chịu trách nhiệm tham mưu UBND xã các nội dung, nhiệm vụ theo Kế hoạch cải cách hành chính đảm bảo đúng thời gian quy định; trường hợp các nội dung liên quan đến bộ phận chuyên môn có trách nhiệm theo dõi, đôn đốc, tổng hợp báo cáo UBND xã kịp thời để theo dõi, chỉ đạo.");

        // 5. Lĩnh vực Cải cách chế độ công vụ (one block, two sub-criteria)
        Item(
            Heading(c512, c513), f5, [c512, c513], officeStatistics, [], "Thường xuyên trong năm 2024",
            "Giao bộ phận Văn phòng- thống kê xã tham mưu UBND xã đề xuất, kiến nghị UBND huyện bố trí công chức tại cơ quan, đơn vị theo đúng vị trí việc làm được phê duyệt đảm bảo đạt tỷ lệ 100%.");

        // 6. Lĩnh vực Cải cách tài chính công
        Item(
            Heading(c611), f6, [c611], finance, [departments], "Trong năm 2024",
            "Bộ phận Tài chính - Kế toán xã chủ trì, phối hợp với các bộ phận chuyên môn triển khai thực hiện đảm bảo thực hiện giải ngân kế hoạch vốn đầu tư NSNN đảm bảo đạt tỷ lệ tối thiểu trên 70%. Tập trung thực hiện nghiêm túc, quyết liệt các giải pháp đẩy mạnh giải ngân vốn đầu tư công theo quy định.");

        // 7. Lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số
        Item(
            Heading(c7332), f7, [c7332], officeStatistics, [], "Thường xuyên trong năm 2024",
            "Giao bộ phận Văn phòng- thống kê xã thường xuyên theo dõi công chức phụ trách thực hiện số hóa kết quả giải quyết thủ tục hành chính trên Hệ thống giải quyết thủ tục hành chính tỉnh đảm bảo đạt tối thiểu tỷ lệ 60%. Trường hợp bộ phận chuyên môn nào không đạt được tỷ lệ tối thiểu nêu trên làm ảnh hưởng đến điểm chung của xã thì bộ phận chuyên môn đó và cá nhân công chức phụ trách lĩnh vực chịu trách nhiệm trước Chủ tịch UBND xã.");
        Item(
            Heading(c734), f7, [c734], officeStatistics, [], "Thường xuyên trong năm 2024",
            "Giao bộ phận Văn phòng- thống kê xã thường xuyên theo dõi, đôn đốc công chức phụ trách thực hiện tiếp nhận và giải quyết thủ tục hành chính đối với dịch vụ công trực tuyến một phần qua Cổng dịch công của tỉnh đảm bảo đạt tối thiểu tỷ lệ 80%.");
        Item(
            Heading(c735), f7, [c735], officeStatistics, [justice], "Thường xuyên trong năm 2024",
            "Giao bộ phận Văn phòng- thống kê xã thường xuyên theo dõi, đôn đốc công chức phụ trách thực hiện tiếp nhận và giải quyết thủ tục hành chính đối với dịch vụ công trực tuyến toàn trình qua Cổng dịch công của tỉnh đảm bảo đạt tối thiểu tỷ lệ 100%. (Lưu ý: Những hồ sơ chờ tiếp nhận không được để quá 8 giờ, nằm ở bộ phận Tư pháp- Hộ tịch là chủ yếu).");
        Item(
            Heading(c7372, c7373), f7, [c7372, c7373], officeStatistics, [justice], "Thường xuyên trong năm 2024",
            "Giao bộ phận Văn phòng- thống kê xã thường xuyên theo dõi, đôn đốc công chức phụ trách khi tiếp nhận và giải quyết hồ sơ qua Hệ thống giải quyết thủ tục hành chính tỉnh có phát sinh phí, lệ phí phải thực hiện thanh toán trực tuyến đảm bảo đạt tỷ lệ 100% (Lưu ý bộ phận Tư pháp- Hộ tịch xã)");

        // 8. The block's paragraph (its final "," read as the full stop it stands for), then "Bộ phận thực hiện".
        Item(
            "Triển khai thực hiện quyết liệt, có hiệu quả các nhiệm vụ, giải pháp của Chương trình hành động triển khai thực hiện các Nghị quyết của Chính phủ, Tỉnh ủy, Hội đồng nhân dân tỉnh, UBND tỉnh, Huyện ủy, HĐND huyện, Đảng ủy, HĐND xã về kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024 đảm bảo thực hiện đạt và vượt các chỉ tiêu kinh tế - xã hội năm 2024. Tăng cường vai trò trách nhiệm của các thành viên Ủy ban nhân dân xã là đơn vị chủ trì, chịu trách nhiệm chính về các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh năm 2024.", f8, [f8], finance, [departments], "Trong năm 2024",
            "Bộ phận Tài chính - Kế toán xã chủ trì, phối hợp với các bộ phận chuyên môn có liên quan có giải pháp để hoàn thành các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh. Định kỳ báo cáo UBND xã kết quả thực hiện để kịp thời chỉ đạo.");

        // The workflow as the document went: drafted and submitted by the clerk, approved by the chairman, issued as
        // "Số: 27/KH-UBND" dated 16/02/2024. The scan's organisation signature reads "Thời gian ký: 21/02/2024
        // 09:02:49", the moment the office put it out, used as the issue step's time; the earlier steps are plausible.
        var clerkActor = new Actor("clerk.sonky", "Công chức Văn phòng - Thống kê xã Sơn Kỳ");
        var chairmanActor = new Actor("chairman.sonky", "Chủ tịch UBND xã Sơn Kỳ");
        plan.Submit(clerkActor, new DateTimeOffset(2024, 2, 15, 15, 30, 0, VietnamTime), assessment.Evaluate(set));
        plan.Approve(chairmanActor, new DateTimeOffset(2024, 2, 16, 8, 15, 0, VietnamTime));
        plan.Issue(clerkActor, new DateTimeOffset(2024, 2, 21, 9, 2, 49, VietnamTime), "27", new DateOnly(2024, 2, 16));

        var notes = Progress(plan, c132, c142, c15, c611, f8, c341, c735);
        return new DemoCommune(commune, office, own.All, set, assessment, plan) { TaskNotes = notes };
    }

    /// <summary>
    /// Plausible progress during 2024 (the seed stops at the plan): a few tasks in progress or done, each move with
    /// its dated entry, made through the same domain methods the task page uses. The finance entries are the demo
    /// staff account's (staff.sonky, Công chức Tài chính - Kế toán).
    /// </summary>
    private static List<TaskNote> Progress(RemediationPlan plan, params CriterionNode[] criteria)
    {
        var vptk = new Actor("vptk.sonky", "Công chức Văn phòng - Thống kê xã Sơn Kỳ");
        var culture = new Actor("vhxh.sonky", "Công chức Văn hóa - Xã hội xã Sơn Kỳ");
        var finance = new Actor("staff.sonky", "Công chức Tài chính - Kế toán xã Sơn Kỳ");
        var justice = new Actor("tphk.sonky", "Công chức Tư pháp - Hộ tịch xã Sơn Kỳ");
        var notes = new List<TaskNote>();

        Guid Task(CriterionNode criterion, int index = 0) =>
            plan.Items.First(i => i.CriterionIds.Contains(criterion.Id)).Tasks[index].Id;

        void Lead(Guid task, Actor actor, DateOnly date, TaskProgress progress, string text) =>
            notes.Add(TaskNote.ByLead(plan, task, actor, date, date, progress, text, new DateTimeOffset(date.ToDateTime(new TimeOnly(16, 30)), VietnamTime)));

        void Support(Guid task, Actor actor, DateOnly date, string text) =>
            notes.Add(TaskNote.BySupport(plan, task, actor, date, date, text, new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), VietnamTime)));

        var (c132, c142, c15, c611, f8, c341, c735) = (criteria[0], criteria[1], criteria[2], criteria[3], criteria[4], criteria[5], criteria[6]);

        Lead(Task(c132), vptk, new DateOnly(2024, 3, 4), TaskProgress.InProgress,
            "Đã tham mưu UBND xã ban hành Kế hoạch kiểm tra công tác CCHC năm 2024 đối với các bộ phận chuyên môn.");
        Lead(Task(c132), vptk, new DateOnly(2024, 3, 27), TaskProgress.Done,
            "Đã kiểm tra 3/7 bộ phận chuyên môn (42,9%); có thông báo kết luận kiểm tra, các bộ phận đã báo cáo kết quả khắc phục.");
        Lead(Task(c142), culture, new DateOnly(2024, 5, 20), TaskProgress.InProgress,
            "Đã phát động cán bộ, công chức, người lao động và người dân tham gia cuộc thi “Tuyên truyền Cải cách hành chính” trên Internet.");
        Lead(Task(c15), vptk, new DateOnly(2024, 6, 24), TaskProgress.Done,
            "UBND xã đã giao chỉ tiêu 03 sáng kiến cho các bộ phận chuyên môn.");
        Lead(Task(c611), finance, new DateOnly(2024, 7, 15), TaskProgress.InProgress,
            "Tỷ lệ giải ngân vốn đầu tư NSNN đến 30/6/2024 đạt 48%; đã báo cáo UBND xã các công trình chậm giải ngân.");
        Lead(Task(f8), finance, new DateOnly(2024, 10, 3), TaskProgress.InProgress,
            "Đã báo cáo UBND xã kết quả thực hiện các chỉ tiêu kinh tế - xã hội 9 tháng đầu năm 2024.");
        Lead(Task(c341), vptk, new DateOnly(2024, 4, 5), TaskProgress.InProgress,
            "Quý I/2024: 98,2% hồ sơ TTHC giải quyết đúng hạn, trước hạn; đã báo cáo tại phiên họp thường kỳ UBND xã.");
        Support(Task(c735), justice, new DateOnly(2024, 4, 10),
            "Bộ phận Tư pháp - Hộ tịch đã tiếp nhận hết hồ sơ dịch vụ công trực tuyến toàn trình trong ngày, không để quá 8 giờ.");
        return notes;
    }

    /// <summary>The block's heading as the seed writes it: Tiêu chí thành phần: “1.3.2. Xử lý …” (và Tiêu chí thành phần: “…”).</summary>
    private static string Heading(params CriterionNode[] criteria) =>
        string.Join(" và ", Array.ConvertAll(criteria, c => $"Tiêu chí thành phần: “{c.DisplayName}”"));

    private static PlanHeader Header() => new()
    {
        PlaceName = "Sơn Kỳ",
        Summary =
            "Khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính năm 2023 và nhiệm vụ, giải pháp nâng cao các Chỉ số CCHC năm 2024",
        LegalBases =
        [
            "Căn cứ Quyết định số 22a/QĐ-UBND ngày 11/01/2024 của Chủ tịch Ủy ban nhân dân huyện về phê duyệt kết quả Chỉ số Cải cách hành chính năm 2023 của UBND các xã, thị trấn trên địa bàn huyện Sơn Hà;",
            "Căn cứ Kế hoạch số 14/KH-UBND ngày 05/02/2024 của UBND huyện Sơn Hà về việc ban hành Kế hoạch cải cách hành chính năm 2024 huyện Sơn Hà;",
        ],
        Preamble =
            "UBND xã Sơn Kỳ xây dựng Kế hoạch khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính năm 2023 và nhiệm vụ, giải pháp nâng cao các Chỉ số CCHC năm 2024, với nội dung như sau:",

        // Section I has only "1. Mục đích" (a, b, c); no "Yêu cầu". Point a)'s footnote marker after "chỉ ra" is
        // dropped: its footnote (Quyết định 22a and Báo cáo số 16/BC-VPH) has no place in the header.
        Purpose = string.Join(
            '\n',
            "a) Đề ra các giải pháp cụ thể để khắc phục khuyết điểm, hạn chế trong công tác cải cách hành chính, cải thiện môi trường đầu tư kinh doanh năm 2023; đồng thời, phân công nhiệm vụ cụ thể cho tập thể, cá nhân chịu trách nhiệm triển khai thực hiện, đảm bảo khắc phục các tồn tại, hạn chế đã được phân tích, chỉ ra.",
            "b) Việc triển khai các giải pháp khắc phục khuyết điểm phải được thực hiện thường xuyên, liên tục và có hiệu quả; đồng thời, có sự kiểm tra, giám sát thường xuyên việc thực hiện của đơn vị và người đứng đầu cơ quan, đơn vị.",
            "c) Chủ tịch, các PCT UBND xã nêu cao tinh thần trách nhiệm trong chỉ đạo chấn chỉnh khắc phục các nội dung tiêu chí, tiêu chí thành phần bị mất điểm đã được chỉ ra; tổ chức thực hiện có hiệu quả việc khắc phục và cải thiện, duy trì, nâng cao Chỉ số cải cách hành chính trên địa bàn xã Sơn Kỳ."),

        // Section II of this seed is "Nhiệm vụ, giải pháp thực hiện" (the items), not a results table.
        ResultsIntro = string.Empty,

        // Section III (Tổ chức thực hiện), paragraph by paragraph; it ends the body ("./." – the scan shows "./").
        Organisation = string.Join(
            '\n',
            "1. Văn phòng- thống kê xã chủ trì, phối hợp với các bộ phận chuyên môn có liên quan theo dõi, kiểm tra, đôn đốc việc triển khai thực hiện các giải pháp nâng cao Chỉ số hiệu quả Chỉ số cải cách hành chính xã.",
            "2. Các bộ phận chuyên môn xã, các cá nhân công chức phụ trách lĩnh vực căn cứ chức năng, nhiệm vụ được phân công, xây dựng Kế hoạch cụ thể của bộ phận mình để triển khai thực hiện có hiệu quả các nội dung tại Kế hoạch này. Ngoài các nội dung theo Kế hoạch này các bộ phận chuyên môn, cá nhân công chức được giao nhiệm vụ chủ động triển khai thực hiện các nội dung nhiệm vụ được giao tại Kế hoạch cải cách hành chính năm 2024 đảm bảo hoàn thành 100% kế hoạch giao; đồng thời báo cáo kết quả thực hiện đúng thời gian quy định.",
            "Văn phòng- Thống kê xã có trách nhiệm tổng hợp tình hình triển khai thực hiện Kế hoạch này của các bộ phận chuyên môn, báo cáo Ủy ban nhân dân xã lồng ghép trong các báo cáo công tác cải cách hành chính định kỳ hằng tháng (tại phiên họp thường kỳ UBND xã), quý, năm hoặc theo yêu cầu của UBND huyện.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc các bộ phận chuyên môn, cá nhân công chức được giao nhiệm vụ kịp thời báo cáo Ủy ban nhân dân xã (qua Văn phòng- thống kê xã) để tổng hợp, xem xét, quyết định./."),
        Closing = string.Empty,

        // "Nơi nhận" as far as the scan shows it: "Các Ban ngành HĐT xã" is the OCR's "HPT" read with its usual
        // P = Đ; the initials after "Lưu: VT," are lost under the stamp.
        Recipients =
        [
            "Văn phòng UBND huyện;",
            "TT Đảng ủy;",
            "TT HĐND xã;",
            "CT, các PCT UBND xã;",
            "Các bộ phận chuyên môn xã;",
            "Các Ban ngành HĐT xã;",
            "Cổng TTĐT xã;",
            "Lưu: VT.",
        ],
        SignerAuthority = "TM. ỦY BAN NHÂN DÂN",
        SignerTitle = "CHỦ TỊCH",
        SignerName = UnreadableSignerName,
        Layout = PlanLayout.Grouped,
    };
}
