using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.DemoData;

/// <summary>
/// Seed 000: xã Cẩm Sơn (huyện Cẩm Xuyên, tỉnh Hà Tĩnh), PAR index 2023 and its remediation plan for 2024, a draft.
/// The source lists only the sub-criteria that lost points, under a full 8-field score table. Every number is kept
/// as printed, mistakes included (domain.md lists them); the evaluator shows them, nothing here corrects them.
/// </summary>
public static class CamSon2023
{
    private const int Year = 2023;
    private const int PlanYear = 2024;

    public static DemoCommune Build(StandardPositions positions)
    {
        var commune = new Commune("xã Cẩm Sơn", "huyện Cẩm Xuyên", "tỉnh Hà Tĩnh", "Cẩm Sơn", "ỦY BAN NHÂN DÂN\nXÃ CẨM SƠN");
        commune.SetChairman("Hoàng Văn Hiệp");
        var office = new OversightOffice("Phòng Nội vụ huyện Cẩm Xuyên", "huyện Cẩm Xuyên", "tỉnh Hà Tĩnh");
        commune.AssignTo(office);
        var own = new CommunePositionRegistry(commune.Id);

        var set = new CriteriaSet(
            "Chỉ số CCHC năm 2023 – xã Cẩm Sơn (các tiêu chí bị trừ điểm)", IndexKind.ParIndex, commune.Province, Year,
            CriteriaCoverage.DeductedOnly);
        set.SetClassificationBands(CriteriaSet.DefaultParIndexBands);
        var assessment = new Assessment(
            commune.Id, set, Year, new SourceDecision("9471/QĐ-UBND", new DateOnly(2023, 12, 26), "UBND huyện Cẩm Xuyên"));

        // Section II: "chấm điểm 85,08/100 điểm; xếp thứ 3/23 xã, thị trấn". The seed prints no class ("loại …"),
        // so none is recorded (85,08 would be "Khá" under the default bands).
        assessment.SetResult(85.08m, new Rank(3, 23), null);

        // A field: a row of the section II table (title as the table prints it, with its stated deduction).
        CriterionNode Field(string title, decimal max, decimal appraised, decimal statedDeduction)
        {
            var node = set.AddNode(null, null, title, max);
            assessment.RecordScore(node, appraised, statedDeduction);
            return node;
        }

        // A sub-criterion as a bullet of section III prints it: the title before the colon, only the numbers printed.
        CriterionNode Sub(
            CriterionNode field, string title, decimal? max = null, decimal? appraised = null, decimal? statedDeduction = null,
            string? reason = null)
        {
            var node = set.AddNode(field, null, title, max);
            assessment.RecordScore(node, appraised, statedDeduction, reason: reason);
            return node;
        }

        // 1. Chỉ đạo điều hành. "Thực hiện Kế hoạch CCHC đạt: 1,43/1,5 điểm (bị trừ 0,7 điểm)": the stated 0,7 is
        // the source's mistake (1,5 − 1,43 = 0,07) and stays. The title drops the "đạt" that opens the score phrase.
        var f1 = Field("Chỉ đạo điều hành", 11m, 9.13m, 1.87m);
        List<CriterionNode> f1Subs =
        [
            Sub(f1, "Thực hiện Kế hoạch CCHC", 1.5m, 1.43m, 0.7m),
            Sub(f1, "Kết quả khắc phục tồn tại, hạn chế do cấp trên chỉ ra năm trước", 2m, 1.84m, 0.16m),
            Sub(f1, "Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC", 2m, 0.5m, 1.5m),
            Sub(f1, "Đối thoại của lãnh đạo xã với người dân", 1m, 0.96m, 0.04m),
            Sub(f1, "Thực hiện nhiệm vụ được UBND huyện, CT UBND huyện giao", 1.5m, 1.4m, 0.1m),
        ];

        // 2. Cải cách thể chế: one content, named in a sentence ("nội dung bị trừ điểm là công tác góp ý …");
        // its first letter is capitalised to read as a title.
        var f2 = Field("Cải cách thể chế", 7m, 6.75m, 0.25m);
        List<CriterionNode> f2Subs =
        [
            Sub(f2, "Công tác góp ý các dự thảo văn bản quy phạm pháp luật được lấy ý kiến", statedDeduction: 0.25m),
        ];

        // 3. Cải cách thủ tục hành chính: the field says 1,51 deducted, its items sum to 0,51 (kept).
        var f3 = Field("Cải cách thủ tục hành chính", 14.5m, 12.99m, 1.51m);
        List<CriterionNode> f3Subs =
        [
            Sub(f3, "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết trước và đúng hạn", statedDeduction: 0.01m),
            Sub(f3, "Ban hành kế hoạch rà soát, đánh giá TTHC", statedDeduction: 0.5m),
        ];

        var f4 = Field("Cải cách tổ chức bộ máy", 6m, 5.5m, 0.5m);
        List<CriterionNode> f4Subs =
        [
            Sub(f4, "Thực hiện quy chế dân chủ cơ sở và dân vận chính quyền ở đơn vị", statedDeduction: 0.5m),
        ];

        // 5. Cải cách chế độ công vụ. The block's lead line is misnumbered "5." and titled like its first item
        // ("5. Kết quả thực hiện nhiệm vụ của cán bộ, công chức: bị trừ 1,88, trong đó:"). The third item prints no
        // number at all: only its reason is kept, its deduction stays unknown.
        var f5 = Field("Cải cách chế độ công vụ", 16.5m, 14.62m, 1.88m);
        List<CriterionNode> f5Subs =
        [
            Sub(f5, "Kết quả thực hiện nhiệm vụ của cán bộ, công chức", statedDeduction: 0.38m),
            Sub(f5, "Cập nhật thông tin vào phần mềm quản lý cán bộ, công chức", statedDeduction: 1m),
            Sub(f5, "Trong năm không có văn bản phê bình của cấp trên", reason: "không có điểm do có văn bản phê bình"),
        ];

        var f6 = Field("Cải cách tài chính công", 13.5m, 12.86m, 0.64m);
        List<CriterionNode> f6Subs =
        [
            Sub(f6, "Thực hiện giải ngân vốn đầu tư ngân sách nhà nước", statedDeduction: 0.14m),
            Sub(f6, "Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách", statedDeduction: 0.5m),
        ];

        // 7. The 13 lines as printed: "(tổng x điểm)" is the maximum; "bị trừ 1 điểm (tổng 0,5 điểm)" is a deduction
        // larger than the maximum (kept); the last line repeats field 6's second item word for word (kept).
        var f7 = Field("Xây dựng, phát triển chính quyền điện tử, chính quyền số", 20m, 14.27m, 5.73m);
        List<CriterionNode> f7Subs =
        [
            Sub(f7, "Tỷ lệ cán bộ, công chức cấp xã có chữ ký số hoặc chữ ký điện tử cá nhân", 0.5m, statedDeduction: 0.2m),
            Sub(f7, "Tỷ lệ người dân ở độ tuổi trưởng thành thuộc xã có chữ ký số hoặc chữ ký điện tử cá nhân", 0.5m, statedDeduction: 0.5m),
            Sub(f7, "Tỷ lệ hộ gia đình, cơ quan, tổ chức, khu di tích có địa chỉ số", 0.5m, statedDeduction: 0.5m),
            Sub(f7, "Tỷ lệ văn bản được thực hiện dưới dạng điện tử, được ký số", 4m, statedDeduction: 0.73m),
            Sub(
                f7,
                "Trang thông tin điện tử có đầy đủ các loại thông tin cung cấp theo quy định tại Khoản 1, Điều 4, Nghị định 42/2022/NĐ-CP",
                0.5m,
                statedDeduction: 1m),
            Sub(f7, "Tỷ lệ hồ sơ trực tuyến toàn trình", 1.5m, statedDeduction: 0.18m),
            Sub(f7, "Tỷ lệ hồ sơ phát sinh giao dịch thanh toán trực tuyến", 0.5m, statedDeduction: 0.39m),
            Sub(f7, "Tỷ lệ thanh toán trực tuyến", 0.5m, statedDeduction: 0.22m),
            Sub(f7, "Đánh giá việc sắp xếp tài liệu, lưu trữ hồ sơ", 0.5m, statedDeduction: 0.25m),
            Sub(
                f7,
                "Đánh giá mức độ tuân thủ quy trình TTHC thông qua xem xét tỷ lệ hồ sơ giải quyết đúng và trước hạn",
                0.5m,
                statedDeduction: 0.25m),
            Sub(
                f7,
                "Đánh giá mức độ tuân thủ quy trình TTHC thông qua kiểm tra, bóc mẫu hồ sơ kết hợp kiểm tra trên Cổng dịch vụ công quốc gia/ hệ thống thông tin giải quyết TTHC của tỉnh để đánh giá (đã loại trừ các hồ sơ quá hạn ở 7b.2.3.1)",
                1.5m,
                statedDeduction: 0.75m),
            Sub(
                f7,
                "Đánh giá việc tuân thủ quy trình điện tử giải quyết TTHC trên Cổng dịch vụ công quốc gia/ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh (thông qua kiểm tra trực tiếp trên Cổng/hệ thống (đã loại trừ các hồ sơ quá hạn ở 7b.2.3.1))",
                statedDeduction: 0.25m),
            Sub(f7, "Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách", statedDeduction: 0.5m),
        ];

        // 8. "bị trừ 2/2 điểm" and "bị trừ 0,5/2 điểm": the maximum is 2, the appraised score is not printed.
        // The field says 2,54 deducted, its items sum to 3,04 (kept).
        var f8 = Field("Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế xã hội", 11.5m, 8.96m, 2.54m);
        List<CriterionNode> f8Subs =
        [
            Sub(f8, "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", statedDeduction: 0.01m),
            Sub(f8, "Mức độ thu hút đầu tư", 2m, statedDeduction: 2m),
            Sub(f8, "Thực hiện thu ngân sách theo kế hoạch được giao", 2m, statedDeduction: 0.5m),
            Sub(f8, "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND xã giao", 2m, statedDeduction: 0.53m),
        ];

        var plan = new RemediationPlan(commune.Id, assessment, Header());

        var officeStatistics = positions[PositionCatalogue.OfficeStatistics];
        var finance = positions[PositionCatalogue.FinanceAccounting];
        var relatedStaff = own.Named("Các công chức UBND xã, cán bộ xã có liên quan đến nhiệm vụ trong Kế hoạch CCHC");
        var relatedBodies = own.Named("Các tổ chức, ban, ngành có liên quan");

        // Every block of section III: "Thời gian khắc phục: Năm 2024." The block's deduction part, lead and support lines
        // are kept in the source's words (its figures and its mistakes included): the print reproduces them; the
        // positions stay the structured leads and supports the tracker uses.
        void Item(
            string heading, CriterionNode field, List<CriterionNode> subs, Position lead, Position[] supports, string[] tasks,
            string deduction, string? leadWording = null, string? supportWording = null, Position[]? coLeads = null) =>
            plan.AddItem(new ItemContent(
                heading,
                field.Id,
                subs.ConvertAll(s => s.Id),
                null,
                lead.Id,
                Array.ConvertAll(supports, s => s.Id),
                Deadline.Parse("Năm 2024", PlanYear),
                Array.ConvertAll(tasks, t => new TaskContent(t)),
                CoLeadPositionIds: coLeads is null ? null : Array.ConvertAll(coLeads, c => c.Id),
                DeductionWording: deduction,
                LeadWording: leadWording,
                SupportWording: supportWording));

        const string RelatedStaffWording = "các công chức UBND xã, cán bộ xã có liên quan đến nhiệm vụ trong Kế hoạch CCHC.";

        Item(
            "Công tác chỉ đạo, điều hành cải cách hành chính", f1, f1Subs, officeStatistics, [relatedStaff],
            [
                "Nêu cao vai trò trách nhiệm của người đứng đầu tại Quyết định số 54/2019/QĐ-UBND ngày 27/9/2019 về Ban hành Quy định trách nhiệm người đứng đầu cơ quan hành chính nhà nước và cơ quan Trung ương đóng trên địa bàn tỉnh về thực hiện cải cách hành chính. Tăng cường công tác đôn đốc, kiểm tra, giám sát việc thực hiện CCHC trong cơ quan. Chỉ đạo quyết liệt việc khắc phục tồn tại, hạn chế đã được chỉ ra. Ưu tiên bố trí kinh phí để khắc phục đối với các tiêu chí cần kinh phí thực hiện.",
                "Tạo điều kiện thuận lợi để cán bộ, công chức và người hoạt động không chuyên trách phát huy năng lực, sở trường công tác, phát huy được nhiều sáng kiến trong thực hiện nhiệm vụ. Không xem xét các danh hiệu thi đua đối với các cá nhân không phát huy được sáng kiến trong năm.",
            ],
            Lines(
                "Điểm số bị trừ: 1,87 điểm, trong đó:",
                "Thực hiện Kế hoạch CCHC đạt: 1,43/1,5 điểm (bị trừ 0,7 điểm)",
                "Kết quả khắc phục tồn tại, hạn chế do cấp trên chỉ ra năm trước: 1,84/2 điểm (bị trừ 0,16 điểm)",
                "Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC: đạt 0,5/2 điểm, bị trừ 1,5 điểm.",
                "Đối thoại của lãnh đạo xã với người dân: đạt 0,96/1 điểm, bị trừ 0,04 điểm",
                "Thực hiện nhiệm vụ được UBND huyện, CT UBND huyện giao: đạt 1,4/1,5 điểm, bị trừ 0,1 điểm."),
            supportWording: RelatedStaffWording);

        Item(
            "Cải cách thể chế", f2, f2Subs, positions[PositionCatalogue.JusticeCivilStatus], [relatedStaff],
            [
                "Theo dõi, bám sát nhiệm vụ của cấp trên giao về góp ý văn bản quy phạm pháp luật, kịp thời lấy ý kiến các ban, ngành, tổ chức, cá nhân liên quan để tổng hợp, báo cáo cấp trên đúng tiến độ.",
            ],
            "Điểm số bị trừ: 0,25 điểm, nội dung bị trừ điểm là công tác góp ý các dự thảo văn bản quy phạm pháp luật được lấy ý kiến.",
            supportWording: RelatedStaffWording);

        // "Phối hợp: các công chức UBND xã được giao nhiệm vụ tại bộ phận Tiếp nhận và Trả kết quả." kept whole, so the
        // export prints the line as the seed does.
        Item(
            "Cải cách thủ tục hành chính", f3, f3Subs, officeStatistics,
            [own.Named("Các công chức UBND xã được giao nhiệm vụ tại bộ phận Tiếp nhận và Trả kết quả")],
            [
                "Tập trung xử lý hồ sơ giải quyết TTHC, bám sát phần mềm giải quyết TTHC, xử lý hồ sơ kịp thời, không để quá hạn trên phần mềm.",
                "Nghiên cứu tài liệu, rà soát TTHC đảm bảo tiến độ kế hoạch đề ra, đề xuất cắt giảm các nội dung không phù hợp.",
            ],
            Lines(
                "Điểm số bị trừ: 1,51 điểm, đó là:",
                "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết trước và đúng hạn, bị trừ 0,01 điểm.",
                "Ban hành kế hoạch rà soát, đánh giá TTHC: bị trừ 0,5 điểm"),
            supportWording: "các công chức UBND xã được giao nhiệm vụ tại bộ phận Tiếp nhận và Trả kết quả.");

        // "Chủ trì thực hiện: Công chức Văn phòng - Thống kê, Tư pháp - Hộ tịch.": two leads, both chủ trì.
        Item(
            "Cải cách tổ chức bộ máy", f4, f4Subs, officeStatistics, [relatedBodies],
            [
                "Xây dựng kế hoạch thực hiện dân chủ cơ sở, dân vận chính quyền sát đúng với thực tiễn địa phương, nhằm có định hướng cho việc thực hiện công tác dân vận.",
            ],
            Lines(
                "Điểm số bị trừ: 0,5 điểm, đó là:",
                "Thực hiện quy chế dân chủ cơ sở và dân vận chính quyền ở đơn vị: bị trừ 0,5 điểm."),
            coLeads: [positions[PositionCatalogue.JusticeCivilStatus]]);

        // "Thực hiện: Toàn thể cán bộ, công chức trong cơ quan" and no "Phối hợp". The block's first line is misnumbered
        // "5." and titled like its first item, with its total 1,88 (the table's); the third item prints no figure, only
        // its remark, kept verbatim.
        Item(
            "Cải cách chế độ công vụ", f5, f5Subs, positions[PositionCatalogue.AllStaff], [],
            [
                "Đào tạo, bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho đội ngũ cán bộ, công chức; Khen thưởng, biểu dương kịp thời những cách làm hay, sáng tạo trong công việc; Xét khen thưởng khách quan, công bằng.",
                "Đôn đốc cán bộ, công chức cập nhật phần mềm đầy đủ",
                "Chỉ đạo đội ngũ cán bộ, công chức bám sát nhiệm vụ thực hiện đảm bảo tiến độ, không để cấp trên phê bình.",
            ],
            Lines(
                "Kết quả thực hiện nhiệm vụ của cán bộ, công chức: bị trừ 1,88, trong đó:",
                "Kết quả thực hiện nhiệm vụ của cán bộ, công chức: bị trừ 0,38 điểm",
                "Cập nhật thông tin vào phần mềm quản lý cán bộ, công chức: bị trừ 1 điểm",
                "Trong năm không có văn bản phê bình của cấp trên: không có điểm do có văn bản phê bình."),
            leadWording: "Toàn thể cán bộ, công chức trong cơ quan");

        Item(
            "Cải cách tài chính công", f6, f6Subs, finance, [relatedBodies],
            [
                "Tăng cường giải ngân kế hoạch vốn đầu tư ngân sách; giải ngân nguồn vốn ngân sách nhà nước thực hiện các Chương trình mục tiêu quốc gia; xây dựng kế hoạch và có giải pháp tăng cường công tác thu ngân sách nhà nước.",
            ],
            Lines(
                "Điểm số bị trừ: 0,64 điểm, đó là:",
                "Thực hiện giải ngân vốn đầu tư ngân sách nhà nước: bị trừ 0,14 điểm",
                "Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách: bị trừ 0,5 điểm"),
            leadWording: "Công chức Tài chính - kế toán");

        // "Chủ trì thực hiện: Chuyên trách công nghệ thông tin, công chức Văn hóa - xã hội phụ trách lĩnh vực văn hóa
        // thông tin.": two leads, the second with its description, printed as written. The heading is section III's
        // ("Xây dựng và phát triển …"), which differs from the table's ("Xây dựng, phát triển …").
        Item(
            "Xây dựng và phát triển chính quyền điện tử, chính quyền số", f7, f7Subs,
            own.Named("Chuyên trách công nghệ thông tin"),
            [relatedBodies],
            [
                "Phối hợp với các đơn vị viễn thông để cung cấp chữ ký số cho cán bộ, công chức và người dân.",
                "Phát huy vai trò trách nhiệm của tổ chuyển đổi số cộng đồng ở thôn, tăng cường tuyên truyền, vận động người dân sử dụng chữ ký số cá nhân, tạo địa chỉ số cho từng hộ gia đình.",
                "Tăng cường vai trò, trách nhiệm của ban biên tập trang TTĐT xã, tích cực đăng tin bài, cập nhật, công khai thông tin.",
                "Phối hợp với Mặt trận Tổ quốc và các đoàn thể tuyên truyền, hướng dẫn đăng ký tài khoản dịch vụ công và thực hiện dịch vụ công trực tuyến, thanh toán trực tuyến.",
                "Tuân thủ quy trình nội bộ, quy trình giải quyết TTHC, lưu trữ hồ sơ đầy đủ, đảm bảo theo quy trình đã xây dựng.",
            ],
            Lines(
                "Điểm số bị trừ: 5,73 điểm, đó là:",
                "Tỷ lệ cán bộ, công chức cấp xã có chữ ký số hoặc chữ ký điện tử cá nhân: bị trừ 0,2 điểm (tổng 0,5 điểm)",
                "Tỷ lệ người dân ở độ tuổi trưởng thành thuộc xã có chữ ký số hoặc chữ ký điện tử cá nhân: bị trừ 0,5 điểm (tổng 0,5 điểm)",
                "Tỷ lệ hộ gia đình, cơ quan, tổ chức, khu di tích có địa chỉ số: bị trừ 0,5 điểm (tổng 0,5 điểm)",
                "Tỷ lệ văn bản được thực hiện dưới dạng điện tử, được ký số: bị trừ 0,73 điểm (tổng 4 điểm)",
                "Trang thông tin điện tử có đầy đủ các loại thông tin cung cấp theo quy định tại Khoản 1, Điều 4, Nghị định 42/2022/NĐ-CP: bị trừ 1 điểm (tổng 0,5 điểm)",
                "Tỷ lệ hồ sơ trực tuyến toàn trình: bị trừ 0,18 điểm (tổng 1,5 điểm)",
                "Tỷ lệ hồ sơ phát sinh giao dịch thanh toán trực tuyến: bị trừ 0,39 điểm (tổng 0,5 điểm)",
                "Tỷ lệ thanh toán trực tuyến: bị trừ 0,22 điểm (tổng 0,5 điểm)",
                "Đánh giá việc sắp xếp tài liệu, lưu trữ hồ sơ: bị trừ 0,25 điểm (tổng 0,5 điểm)",
                "Đánh giá mức độ tuân thủ quy trình TTHC thông qua xem xét tỷ lệ hồ sơ giải quyết đúng và trước hạn: bị trừ 0,25 điểm (tổng 0,5 điểm)",
                "Đánh giá mức độ tuân thủ quy trình TTHC thông qua kiểm tra, bóc mẫu hồ sơ kết hợp kiểm tra trên Cổng dịch vụ công quốc gia/ hệ thống thông tin giải quyết TTHC của tỉnh để đánh giá (đã loại trừ các hồ sơ quá hạn ở 7b.2.3.1): bị trừ 0,75 điểm (tổng 1,5 điểm)",
                "Đánh giá việc tuân thủ quy trình điện tử giải quyết TTHC trên Cổng dịch vụ công quốc gia/ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh (thông qua kiểm tra trực tiếp trên Cổng/hệ thống (đã loại trừ các hồ sơ quá hạn ở 7b.2.3.1)): bị trừ 0,25 điểm.",
                "Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách: bị trừ 0,5 điểm"),
            leadWording: "Chuyên trách công nghệ thông tin, công chức Văn hóa - xã hội phụ trách lĩnh vực văn hóa thông tin.",
            coLeads: [positions[PositionCatalogue.CultureSociety]]);

        Item(
            "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế xã hội", f8, f8Subs, finance,
            [own.Named("Cán bộ, công chức có liên quan đến việc thực hiện Nghị quyết HĐND xã")],
            [
                "Tăng cường vai trò, trách nhiệm của đội ngũ công chức được phân công nhiệm vụ trực tiếp giải quyết thủ tục hành chính, lấy sự hài lòng của người dân làm thước đo đánh giá việc thực hiện nhiệm vụ của công chức.",
                "Tăng cường vai trò kiểm tra, giám sát của lãnh đạo cơ quan, kịp thời chấn chỉnh thái độ, tác phong, lề lối làm việc của đội ngũ công chức.",
                "Tăng cường các biện pháp thu ngân sách, biểu dương kịp thời các đơn vị, cá nhân làm tốt.",
                "Tăng cường kêu gọi đầu tư về trên địa bàn.",
            ],
            Lines(
                "Điểm số bị trừ: 2,54 điểm, đó là:",
                "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC: bị trừ 0,01 điểm",
                "Mức độ thu hút đầu tư: bị trừ 2/2 điểm",
                "Thực hiện thu ngân sách theo kế hoạch được giao: bị trừ 0,5/2 điểm",
                "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND xã giao: bị trừ 0,53/2 điểm."),
            leadWording: "Công chức Tài chính - kế toán",
            supportWording: "cán bộ, công chức có liên quan đến việc thực hiện Nghị quyết HĐND xã.");

        return new DemoCommune(commune, office, own.All, set, assessment, plan);
    }

    private static string Lines(params string[] lines) => string.Join('\n', lines);

    private static PlanHeader Header() => new()
    {
        PlaceName = "Cẩm Sơn",
        Summary = "Khắc phục tồn tại, hạn chế, sau kiểm tra cải cách hành chính năm 2023",

        // The seed cites no "Căn cứ": its opening paragraph starts with "Thực hiện Quyết định số 9471…".
        LegalBases = [],
        Preamble =
            "Thực hiện Quyết định số 9471/QĐ-UBND ngày 26 tháng 12 năm 2023 của UBND huyện Cẩm Xuyên về việc phê duyệt Chỉ số cải cách hành chính năm 2023 và kết quả đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu UBND các xã, thị trấn trong thực hiện cải cách hành chính năm 2023. Để kịp thời khắc phục các tồn tại, hạn chế và các tiêu chí bị trừ điểm trong công tác cải cách hành chính năm 2023, UBND xã xây dựng Kế hoạch khắc phục, như sau:",
        Purpose = string.Join(
            '\n',
            "- Kịp thời chấn chỉnh, khắc phục tồn tại, hạn chế và các tiêu chí bị trừ điểm trong công tác cải cách hành chính năm 2023 góp phần nâng cao chỉ số cải cách hành chính của xã, tăng cường hiệu lực, hiệu quả quản lý nhà nước;",
            "- Đề ra các nhiệm vụ, giải pháp nhằm khắc phục hạn chế, nâng cao các Chỉ số cải cách hành chính năm 2024.",
            "- Tăng cường vai trò, trách nhiệm của người đứng đầu và đội ngũ cán bộ, công chức về công tác cải cách hành chính.",
            "- Góp phần xây dựng chính quyền điện tử, thực hiện chuyển đổi số trên địa bàn."),
        Requirements = string.Join(
            '\n',
            "- Người đứng đầu cơ quan phải xác định vai trò, trách nhiệm của cá nhân trong cải cách hành chính; Thể hiện sự quyết tâm, quyết liệt trong chỉ đạo, điều hành; thường xuyên kiểm tra, đôn đốc, yêu cầu cán bộ, công chức được giao phụ trách thực hiện nghiêm túc, đầy đủ, kịp thời các giải pháp khắc phục tồn tại, hạn chế và các tiêu chí bị trừ điểm theo Kế hoạch đề ra. Biểu dương kịp thời cách làm hay, rút ngắn chi phí, thời gian giải quyết công việc. Tạo điều kiện làm việc thuận lợi, để cán bộ, công chức phát hiện, phát huy sáng kiến trong thực hiện nhiệm vụ.",
            "- Việc khắc phục tồn tại, hạn chế và các tiêu chí bị trừ điểm phải được tiến hành đồng bộ trên tất cả các lĩnh vực CCHC có tiêu chí bị trừ điểm, gắn với việc thực hiện có hiệu quả Kế hoạch cải cách hành chính năm 2024."),

        // Verbatim, including the parenthesis the seed opens and never closes.
        ResultsIntro =
            "Kết quả đạt được năm 2023: Năm 2023, công tác cải cách hành chính (CCHC) trên địa bàn xã được Hội đồng thẩm định, xác định Chỉ số CCHC của huyện chấm điểm 85,08/100 điểm; xếp thứ 3/23 xã, thị trấn trên toàn huyện; tăng 20 bậc so với năm 2022. Tuy nhiên, tổng số điểm bị trừ còn khá cao (14,92 điểm trên tất cả 8 lĩnh vực. Cụ thể:",

        // The seed has no section IV (Tổ chức thực hiện).
        Organisation = string.Empty,
        Closing =
            "Trên đây là Kế hoạch khắc phục tồn tại, hạn chế trong thực hiện nhiệm vụ cải cách hành chính năm 2023 của UBND xã, đề nghị các ban, ngành, cá nhân liên quan thực hiện nghiêm túc, góp phần nâng cao chỉ số CCHC tại xã./.",
        Recipients =
        [
            "UBND huyện;",
            "Phòng Nội vụ;",
            "Phòng Văn hóa - thông tin;",
            "Phòng Kinh tế - Hạ tầng;",
            "Phòng Tài chính - Kế hoạch;",
            "TV ĐU - TT HĐND xã;",
            "Chủ tịch, PCT UBND;",
            "UBMTTQ, các đoàn thể;",
            "Các ban, ngành UBND;",
            "Đài TT, Trang TTĐT;",
            "Lưu: VT.",
        ],

        // The seed prints "TM.ỦY BAN NHÂN DÂN" without the space; the standard form is kept.
        SignerAuthority = "TM. ỦY BAN NHÂN DÂN",
        SignerTitle = "CHỦ TỊCH",
        SignerName = "Hoàng Văn Hiệp",
        Layout = PlanLayout.Sections,
    };
}
