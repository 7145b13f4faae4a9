using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.DemoData;

/// <summary>
/// Seed 004: xã Hà Bắc (huyện Hà Trung, tỉnh Thanh Hóa), Kế hoạch "Duy trì, cải thiện và nâng cao … năm 2023 và giai
/// đoạn 2023 - 2025" — a multi-index plan (PAR INDEX, SIPAS, PAPI, PCI) over 2023–2025 resting on no assessment, a
/// draft (the seed's "Số: /KH-UBND" carries no number and its dateline no day). Its tasks are grouped as printed ("1.
/// Chỉ số Cải cách hành chính và chỉ số hài lòng." 1.1–1.11, "2. …" 2.1–2.9, "3. …", "4. …"); each item's "Đơn vị chủ
/// trì" and "Đơn vị phối hợp" keep the source's words and are linked to the commune's titles and organisations (Công
/// an xã, Trạm y tế xã, MTTQ, the schools, the thôn…), each organisation reported for by a title of the commune.
/// Section IV is kept as printed with its own numbering (the seed has no III and numbers 3. and 4. as headings); it
/// opens with the sentence that replaces Kế hoạch 80/KH-UBND, which is also the plan's replaced-plan citation.
/// No deadline is printed anywhere: the draft is incomplete, as the seed is.
/// </summary>
public static class HaBac2023
{
    private const string GroupPar = "Chỉ số Cải cách hành chính và chỉ số hài lòng.";

    private const string GroupPapi = "Chỉ số hiệu quả quản trị và hành chính công.";

    private const string GroupPci = "Chỉ số năng lực cạnh tranh.";

    private const string GroupPeriod = "Nhiệm vụ, giải pháp cụ thể giai đoạn 2023 - 2025 (theo các tiêu chí thành phần của từng Chỉ số)";

    private const string Summary = "Duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par index), chỉ số hài lòng (Sipas), chỉ số hiệu quả quản trị và hành chính công (Papi), chỉ số năng lực cạnh tranh (PCI) xã Hà Bắc năm 2023 và giai đoạn 2023 - 2025";

    private const string Preamble = "Thực hiện Kế hoạch số 243/KH-UBND ngày 09/10/2023 của UBND tỉnh Thanh Hóa về việc duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Parindex), chỉ số hài lòng (Sipas), chỉ số hiệu quả quản trị và hành chính công (Papi) và chỉ số năng lực cạnh tranh (PCI) tỉnh Thanh Hóa năm 2023 và giai đoạn 2023 – 2025; Kế hoạch số 208/KH-UBND ngày 24/10/2023 của UBND huyện Hà Trung về việc duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par index), chỉ số hài lòng (Sipas), chỉ số hiệu quả quản trị và hành chính công (Papi) và chỉ số năng lực cạnh tranh (PCI) huyện Hà Trung năm 2023 và giai đoạn 2023 – 2025. UBND xã Hà Bắc ban hành kế hoạch triển khai cụ thể như sau:";

    private static readonly string[] Purpose =
    [
        "1. Tiếp tục phấn đấu, duy trì kết quả chỉ số hài lòng, chỉ số hiệu quả Quản trị và Hành chính công và chỉ số cải cách hành chính. Đồng thời, cải thiện và nâng cao chỉ số năng lực cạnh tranh của xã.",
        "2. Xác định công tác cải cách hành chính gắn với việc duy trì, cải thiện và nâng cao các chỉ số là nhiệm vụ trọng tâm, xuyên suốt trong thực hiện nhiệm vụ phát triển kinh tế - xã hội của xã. Trên cơ sở đó, phân công rõ nhiệm vụ cho từng cá nhân, nhằm khắc phục những tồn tại, hạn chế, quyết tâm nâng cao các chỉ số, nhất là những chỉ số thành phần chưa có sự cải thiện hoặc đạt điểm số thấp.",
        "3. Các đồng chí công chức chuyên môn cần bám sát yêu cầu, nội dung của các chỉ số thành phần thuộc từng bộ tiêu chí để chủ động triển khai thực hiện theo chức năng, nhiệm vụ được giao; kịp thời tham mưu, đề xuất các giải pháp cụ thể nhằm duy trì, cải thiện và nâng cao các chỉ số trên địa bàn xã.",
        "4. Xác định công tác cải cách hành chính gắn với việc duy trì, cải thiện và nâng cao các Chỉ số của tỉnh, của huyện là một nhân tố góp phần duy trì, cải thiện và nâng cao các chỉ số của tỉnh; coi đây là một trong những nhiệm vụ trọng tâm, xuyên suốt trong thực hiện nhiệm vụ phát triển kinh tế - xã hội của xã.",
    ];

    private static readonly string[] Organisation =
    [
        "1. Kế hoạch này thay thế cho Kế hoạch số 80/ KH – UBND ngày 21/9/2022 số UBND xã Hà Bắc về việc duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par index), chỉ số hài lòng (Sipas), chỉ số hiệu quả quản trị và hành chính công (Papi) và chỉ số năng lực cạnh tranh (PCI) tỉnh Thanh Hóa năm 2022 và giai đoạn 2022 – 2025.",
        "2. Công chức chuyên môn UBND xã tập trung triển khai thực hiện hiệu quả, kịp thời những nội dung, nhiệm vụ được giao tại Kế hoạch này, góp phần nâng cao điểm số, thứ hạng Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng (SIPAS), Chỉ số hiệu quả quản trị và hành chính công (PAPI) và Chỉ số năng lực cạnh tranh (PCI) của xã. Chịu trách nhiệm trước UBND xã, Chủ tịch UBND xã về kết quả thực hiện. Định kỳ hằng quý, 06 tháng, năm, tổng hợp, đánh giá tình hình triển khai và kết quả thực hiện nhiệm vụ, báo cáo UBND huyện (qua Phòng Nội vụ) tại mục riêng trong báo cáo công tác CCHC định kỳ theo quy định.",
        "- Hằng năm căn cứ kết quả các Chỉ số được công bố và chỉ đạo của UBND xã, Chủ tịch UBND xã để chủ động rà soát lại các nội dung, tiêu chí, tiêu chí thành phần của từng Chỉ số; giao trách nhiệm cụ thể cho cá nhân, tổ chức triển khai thực hiện nhằm duy trì, cải thiện và nâng cao các Chỉ số; trong đó, tập trung cải thiện các Chỉ số đang giảm hoặc đang đứng ở thứ hạng thấp. Mỗi đơn vị được giao nhiệm vụ cải thiện điểm số, thứ hạng các Chỉ số/Chỉ số thành phần phải xây dựng kế hoạch cụ thể để cải thiện từng Chỉ số/Chỉ số thành phần, nhất là các Chỉ số/Chỉ số thành phần có thứ hạng và điểm số thấp hoặc có xu hướng giảm điểm.",
        "- Chủ động phối hợp hiệu quả với các ban, ngành, chuyên môn, các đơn vị có liên quan trong việc triển khai đánh giá Chỉ số cải cách hành chính, Chỉ số hài lòng.",
        "- Chủ động phối hợp hiệu quả với Ủy ban Mặt trận Tổ quốc Việt Nam và các đơn vị có liên quan trong việc đánh giá Chỉ số Hiệu quả Quản trị và Hành chính công cấp xã.",
        "3. Công chức Văn phòng-Thống kê.",
        "- Chủ trì, phối hợp với các công chức liên quan, triển khai việc thực hiện đánh giá Chỉ số cải cách hành chính và Chỉ số hài lòng; phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tổ chức triển khai đánh giá Chỉ số Hiệu quả Quản trị và Hành chính công cấp xã.",
        "- Hướng dẫn, theo dõi, đôn đốc, kiểm tra tổ chức triển khai thực hiện hiệu quả các nhiệm vụ đề ra tại Kế hoạch này; tổng hợp và báo cáo chung về tình hình, kết quả thực hiện. Theo dõi, đánh giá việc thực hiện thí điểm các mô hình, sáng kiến trên cơ sở đó, đề xuất, báo cáo Chủ tịch UBND xã về việc nhân rộng các mô hình, sáng kiến trên địa bàn xã",
        "4. Công chức Tài chính – kế toán xã.",
        "Chủ trì, làm đầu mối theo dõi, đôn đốc, tổng hợp báo cáo chung về tình hình thực hiện Chỉ số năng lực cạnh tranh cấp xã (PCI). Phối hợp với Công chức Văn phòng-Thống kê đôn đốc, kiểm tra và đánh giá kết quả thực hiện nhiệm vụ của các địa phương, đơn vị được giao tại Kế hoạch này.",
        "Căn cứ các nội dung Kế hoạch, trên cơ sở đề nghị của các công chức, chuyên môn và khả năng cân đối ngân sách, tham mưu cho UBND xã bố trí kinh phí để triển khai thực hiện Kế hoạch này.",
        "5. Đề nghị Ủy ban mặt trận Tổ quốc Việt Nam xã phối hợp với các đoàn thể được lựa chọn điều tra xã hội học phục vụ xác định Chỉ số Hiệu quả Quản trị và Hành chính công cấp xã để thực hiện tuyên truyền kết quả, các nội dung đã triển khai của chính quyền địa phương, nâng cao tỷ lệ đánh giá hài lòng của người dân.",
        "6. Công chức Văn hóa- xã hội tăng cường thông tin, tuyên truyền, phổ biến Kế hoạch này đến các ban ngành đoàn thể, cộng đồng doanh nghiệp và người dân; kịp thời thông tin về kết quả đạt được của Chỉ số cải cách hành chính, Chỉ số hài lòng, Chỉ số Hiệu quả Quản trị và Hành chính công, Chỉ số năng lực cạnh tranh của xã để cán bộ, công chức và người dân, doanh nghiệp được biết, tham gia và ủng hộ. Trong quá trình thực hiện, trường hợp phát sinh khó khăn, vướng mắc; kịp thời báo cáo Chủ tịch UBND xã (qua Công chức Văn phòng-Thống kê) để xem xét hoặc báo cáo cấp trên xem xét theo quy định./.",
    ];

    private const string Replaces = "Kế hoạch số 80/ KH – UBND ngày 21/9/2022 số UBND xã Hà Bắc về việc duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par index), chỉ số hài lòng (Sipas), chỉ số hiệu quả quản trị và hành chính công (Papi) và chỉ số năng lực cạnh tranh (PCI) tỉnh Thanh Hóa năm 2022 và giai đoạn 2022 – 2025";

    private static readonly string[] Recipients =
    [
        "Phòng Nội vụ huyện (b/c);",
        "CC chuyên môn UBND xã(t/h);",
        "Lưu: VT, VP.",
    ];

    public static DemoCommune Build(StandardPositions positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var commune = new Commune("xã Hà Bắc", "huyện Hà Trung", "tỉnh Thanh Hóa", "Hà Bắc", "ỦY BAN NHÂN DÂN\nXÃ HÀ BẮC");
        commune.SetChairman("Nguyễn Thành Chân");

        // "Phòng Nội vụ huyện (b/c)" is the first recipient; section IV reports to "UBND huyện (qua Phòng Nội vụ)".
        var office = new OversightOffice("Phòng Nội vụ huyện Hà Trung", "huyện Hà Trung", "tỉnh Thanh Hóa");
        commune.AssignTo(office);
        var own = new CommunePositionRegistry(commune.Id);

        var vptk = positions[PositionCatalogue.OfficeStatistics];
        var justice = positions[PositionCatalogue.JusticeCivilStatus];
        var finance = positions[PositionCatalogue.FinanceAccounting];
        var culture = positions[PositionCatalogue.CultureSociety];
        var land = positions[PositionCatalogue.LandConstruction];
        var chairman = positions[PositionCatalogue.Chairman];

        // "Các công chức chuyên môn (thuộc UBND xã)": the civil servants as a body, a title of the commune.
        var specialists = own.Named("Các công chức chuyên môn");

        // The organisations the plan names, each with the title whose holder reports for it: the one-stop shop, the
        // front, the mass organisations and the thôn through Văn phòng - Thống kê (section IV makes it the plan's
        // focal point); the health station, the schools, the learning centre and the radio through Văn hóa - Xã hội;
        // the police through Văn phòng - Thống kê; "các đơn vị liên quan" of the PCI task through Tài chính - Kế toán.
        var oneStop = own.Organisation("Bộ phận tiếp nhận và trả kết quả", vptk);
        var bodies = own.Organisation("Các ban, ngành, đoàn thể", vptk);
        var front = own.Organisation("MTTQ", vptk);
        var politicalSocial = own.Organisation("Các tổ chức chính trị - xã hội", vptk);
        var hamlets = own.Organisation("Các thôn", vptk);
        var clinic = own.Organisation("Trạm y tế xã", culture);
        var learning = own.Organisation("Trung tâm học tập cộng đồng", culture);
        var kindergarten = own.Organisation("Trường Mầm non", culture);
        var primary = own.Organisation("Trường Tiểu học", culture);
        var secondary = own.Organisation("Trường THCS", culture);
        var police = own.Organisation("Công an xã", vptk);
        var radio = own.Organisation("Đài truyền thanh xã", culture);
        var related = own.Organisation("Các đơn vị liên quan", finance);

        var plan = new RemediationPlan(
            commune.Id,
            new PlanSetup(PlanKind.MultiIndex, DocumentForm.Plan, 2023, 2025, [IndexKind.ParIndex, IndexKind.Sipas, IndexKind.Papi, IndexKind.Pci]),
            null,
            new PlanHeader
            {
                PlaceName = "Hà Bắc",
                Summary = Summary,

                // The seed has no "Căn cứ" lines: its "Thực hiện Kế hoạch số 243/KH-UBND … 208/KH-UBND …" paragraph
                // is the preamble.
                Preamble = Preamble,

                // Section I's four points, with their numbers as printed (the seed has no "Mục đích"/"Yêu cầu" split).
                Purpose = string.Join('\n', Purpose),
                Organisation = string.Join('\n', Organisation),
                ReplacesWording = Replaces,
                Recipients = Recipients,
                SignerTitle = "CHỦ TỊCH",
                SignerName = "Nguyễn Thành Chân",
            });

        // One item per numbered point ("3." has a single unnumbered one, "4." one without lead): its text the item's
        // task, the page break that splits 1.1 ("xã Hà / Bắc") and 2.1 joined; its name on the pages the first sentence.
        void Item(string group, IndexKind? index, string text, string? leadWording, Position[] leads, string? supportWording, Position[] supports) =>
            plan.AddItem(new ItemContent(
                QuangCong2020.FirstSentence(text),
                null,
                [],
                null,
                leads.Length > 0 ? leads[0].Id : null,
                Array.ConvertAll(supports, s => s.Id),
                null,
                [new TaskContent(text)],
                CoLeadPositionIds: leads.Skip(1).Select(p => p.Id).ToList(),
                LeadWording: leadWording,
                SupportWording: supportWording,
                Index: index,
                GroupHeading: group));

        Item(GroupPar, IndexKind.ParIndex,
            "Xây dựng và tổ chức triển khai thực hiện tốt Kế hoạch cải cách hành chính hàng năm của xã, thực hiện tốt các nội dung theo Kế hoạch số 55/KH- UBND ngày 20/6/2021 của UBND xã Hà Bắc về việc nâng cao chỉ số CCHC xã Hà Bắc, giai đoạn 2021-2025. Chỉ đạo, triển khai, kiểm tra việc thực hiện các nhiệm vụ được giao tại Kế hoạch cải cách hành chính năm 2023.",
            "Các công chức chuyên môn thuộc UBND xã.", [specialists],
            "Công chức Văn phòng-Thống kê", [vptk]);

        Item(GroupPar, IndexKind.ParIndex,
            "Phát động, tìm kiếm, nhân rộng các mô hình, sáng kiến trong công tác CCHC; UBND xã có ít nhất 01 sáng kiến hoặc giải pháp mới về CCHC áp dụng triển khai có hiệu quả trong cơ quan.",
            "Công chức chuyên UBND xã (Công chức Văn phòng-Thống kê tổng hợp, đánh giá các mô hình, sáng kiến cải cách hành chính; trên cơ sở đó đề xuất thí điểm, nhân rộng thực hiện trên địa bàn xã).", [vptk],
            "Các Công chức chuyên môn.", [specialists]);

        Item(GroupPar, IndexKind.ParIndex,
            "Nâng cao chất lượng tham mưu rà soát, phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện các văn bản quy phạm pháp luật thuộc phạm vi quản lý nhà nước. Thực hiện kiểm tra, xử lý, rà soát văn bản quy phạm pháp luật hiệu quả, đảm bảo 100% số văn bản quy phạm pháp luật phải được xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý sau rà soát; 100% văn bản phát hiện sai phạm qua kiểm tra phải được xử lý hoặc kiến nghị xử lý.",
            "Công chức Tư pháp- Hộ tịch.", [justice],
            "Các công chức chuyên môn và các ban, ngành có liên quan.", [specialists, bodies]);

        Item(GroupPar, IndexKind.Sipas,
            "Tập trung nguồn lực đẩy nhanh việc thực hiện số hóa hồ sơ, kết quả giải quyết TTHC, đảm bảo việc kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin, cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành; Cổng dịch vụ công phục vụ giải quyết TTHC; đảm bảo hoàn thành mục tiêu 100% kết quả của các hồ sơ giải quyết TTHC được cung cấp đồng thời cả bản điện tử. Tăng cường công tác tuyên truyền, hỗ trợ người dân thực hiện dịch vụ công trực tuyến; tiếp tục triển khai các giải pháp cụ thể, hiệu quả để hỗ trợ người dân, doanh nghiệp thực hiện thanh toán trực tuyến.",
            "Các công chức chuyên môn và Bộ phận tiếp nhận và trả kết quả; UBND xã.", [specialists, oneStop],
            "Các ban, ngành, đoàn thể liên quan.", [bodies]);

        Item(GroupPar, IndexKind.ParIndex,
            "Tiếp tục rà soát, quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các công chức chuyên môn thuộc UBND xã. Thực hiện kiểm tra đối với các nhiệm vụ đã phân cấp; xử lý triệt để những vấn đề phát hiện qua kiểm tra. Thực hiện việc xác định cơ cấu công chức theo vị trí việc làm.",
            "Các công chức chuyên môn.", [specialists],
            "Công chức Văn phòng-Thống kê.", [vptk]);

        Item(GroupPar, IndexKind.ParIndex,
            "Nâng cao tinh thần, thái độ, trách nhiệm của cán bộ, công chức trong thực thi công vụ. Tăng cường công tác kiểm tra, giám sát, đôn đốc việc thực hiện công tác cải cách hành chính và thực thi nhiệm vụ của cán bộ, công chức, phát hiện, xử lý hoặc kiến nghị xử lý theo thẩm quyền đối với cán bộ, công chức, có hành vi vi phạm.",
            "Các công chức chuyên môn UBND xã.", [specialists],
            "Công chức Văn phòng-Thống kê.", [vptk]);

        Item(GroupPar, IndexKind.ParIndex,
            "Tiếp tục triển khai Quyết định số 2584/QĐUBND ngày 26/7/2022 của UBND tỉnh. Theo dõi, kiểm tra, đôn đốc không để xảy ra sai phạm trong việc quản lý, sử dụng ngân sách trong quản lý, sử dụng tài sản công. Xử lý, chấn chỉnh kịp thời các sai phạm xảy ra (nếu có) trong quản lý ngân sách. Hoàn thành việc thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước; thực hiện xử lý, giải quyết các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách theo đúng quy định.",
            "Công chức Tài chính-Kế toán.", [finance],
            "Các công chức chuyên môn UBND các xã, các ban, ngành, đoàn thể có liên quan.", [specialists, bodies]);

        Item(GroupPar, IndexKind.ParIndex,
            "Hướng dẫn, kiểm tra công, trang thông tin điện tử của xã cung cấp đầy đủ thông tin theo quy định. Đảm bảo hạ tầng kỹ thuật và triển khai các biện pháp về an toàn, an ninh thông tin để thực hiện tích hợp các phần mềm, đặc biệt hệ thống phần mềm Một cửa điện tử, Cổng Dịch vụ công trực tuyến của xã hoạt động an toàn, thông suốt và ổn định.",
            "Công chức Văn hóa- xã hội", [culture],
            "Công chức - Văn phòng- Thống kê và Bộ phận tiếp nhận và trả kết quả của xã.", [vptk, oneStop]);

        Item(GroupPar, IndexKind.ParIndex,
            "Tham mưu các nhiệm vụ, giải pháp phát triển kinh tế - xã hội trên địa phương, góp phần hoàn thành đạt và vượt 100% chỉ tiêu phát triển kinh tế xã hội do Hội đồng nhân dân xã giao.",
            "Công chức Tài chính – Kế toán, ngân sách.", [finance],
            "Các công chức chuyên môn UBND xã.", [specialists]);

        Item(GroupPar, IndexKind.Sipas,
            "Chỉ đạo, triển khai dưới nhiều hình thức (hội nghị, tiếp xúc cử tri, tổ chức đối thoại, hòm thư góp ý, trang thông tin điện tử, mạng xã hội...) thuận lợi, dễ dàng để người dân có cơ hội tham gia góp ý đối với quá trình xây dựng chính sách và phản hồi ý kiến về kết quả, tác động của các chính sách.",
            "Các công chức chuyên môn UBND xã.", [specialists],
            "MTTQ, các tổ chức chính trị - xã hội.", [front, politicalSocial]);

        Item(GroupPar, IndexKind.Sipas,
            "Tăng cường công tác tuyên truyền, cung cấp thông tin về chính sách pháp luật liên quan trực tiếp đến đời sống người dân như: Chính sách phát triển kinh tế; chính sách khám, chữa bệnh; chính sách giáo dục phổ thông; chính sách trật tự, an toàn xã hội; chính sách giao thông đường bộ; chính sách điện sinh hoạt; chính sách nước sinh hoạt và chính sách an sinh xã hội... để nhân dân được biết, được bàn, được làm, được kiểm tra.",
            "Công chức Tư pháp- Hộ tịch, Công chức Văn hóa - xã hội.", [justice, culture],
            "Các công chức chuyên môn của UBND xã.", [specialists]);

        Item(GroupPapi, IndexKind.Papi,
            "Khắc phục ngay tình trạng giải quyết hồ sơ quá hạn trong lĩnh vực đất đai. rà soát lại những trường hợp còn tồn đọng trong việc cấp Giấy chứng nhận quyền sử dụng đất, thực hiện cấp Giấy chứng nhận quyền sử dụng đất cho tổ chức, công dân. Thực hiện công bố thông tin, dữ liệu về đất đai đầy đủ, kịp thời; rà soát, thu hồi đất các dự án chậm tiến độ sử dụng đất, sử dụng đất sai mục đích, kém hiệu quả, tạo quỹ đất sạch; công bố và cập nhật đầy đủ các thông tin về quy hoạch, kế hoạch sử dụng đất, cơ chế, chính sách hỗ trợ giải phóng mặt bằng, quỹ đất chưa sử dụng và các thông tin liên quan khác đến đất đai.",
            "Công chức địa chính, xây dựng, Tài nguyên và Môi trường.", [land],
            "Các công chức chuyên môn UBND xã, các thôn.", [specialists, hamlets]);

        Item(GroupPapi, IndexKind.Papi,
            "Kiểm tra, hướng dẫn các ban, ngành đoàn thể, các thôn, trong thực hiện quy trình rà soát, xét duyệt công khai, minh bạch danh sách các hộ nghèo.",
            "Công chức Văn hóa-xã hội.", [culture],
            "MTTQ, ban, ngành, đoàn thể chính trị- xã hội.", [front, bodies]);

        Item(GroupPapi, IndexKind.Papi,
            "Nâng cao chất lượng khám chữa bệnh cho nhân dân, cải thiện thái độ phục vụ của đội ngũ nhân viên, y, Bác sĩ..",
            "Công chức Văn phòng- Thống kê.", [vptk],
            "Trạm y tế xã.", [clinic]);

        Item(GroupPapi, IndexKind.Papi,
            "Chấn chỉnh tình trạng lạm thu đầu năm học; việc dạy thêm, học thêm không đúng quy định.",
            "Trung tâm học tập cộng đồng.", [learning],
            "Trường Mầm non, Trường Tiểu học, Trường THCS.", [kindergarten, primary, secondary]);

        Item(GroupPapi, IndexKind.Papi,
            "Nâng cao hiệu quả hệ thống thu gom, xử lý nước thải, thu gom và xử lý rác thải rắn sinh hoạt bảo đảm tiêu chuẩn, quy chuẩn. Thu gom, xử lý triệt để chất thải nguy hại, chất thải y tế.",
            "Công chức Địa chính – xây dựng.", [land],
            "Các ban, ngành, MTTQ, các đoàn thể chính trị-xã hội, các thôn có liên quan.", [bodies, front, hamlets]);

        Item(GroupPapi, IndexKind.Papi,
            "Tăng cường công tác đào tạo, bồi dưỡng nhằm nâng cao chất lượng, hiệu quả hoạt động của đội ngũ cán bộ, công chức cấp xã; cán bộ thôn.",
            "Công chức Văn phòng-Thống kê.", [vptk],
            "Các công chức chuyên môn thuộc UBND xã.", [specialists]);

        Item(GroupPapi, IndexKind.Papi,
            "Thực hiện có hiệu quả Đề án 06; thường xuyên kiểm tra, đôn đốc các địa phương tăng cường đảm bảo an ninh trật tự; nâng cao hiệu quả phong trào “Toàn dân bảo vệ an ninh Tổ quốc” góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội ở địa bàn dân cư.",
            "Công an xã.", [police],
            "Các công chức chuyên môn UBND xã, và các thôn.", [specialists, hamlets]);

        Item(GroupPapi, IndexKind.Papi,
            "Tăng cường công tác thông tin tuyên truyền về chính sách bảo hiểm xã hội, bảo hiểm y tế đối với người dân đến địa bàn khu dân cư để người dân biết, hưởng ứng tham gia.",
            "Công chức Văn hóa-xã hội.", [culture],
            "Đài truyền thanh xã.", [radio]);

        Item(GroupPapi, IndexKind.Papi,
            "Thường xuyên tổ chức đối thoại với MTTQ, các đoàn thể chính trị và nhân dân thực hiện tốt quy chế dân chủ ở cơ sở.",
            "UBND xã.", [chairman],
            "MTTQ, các đoàn thể chính trị-xã hội và nhân dân.", [front, bodies]);

        Item(GroupPci, IndexKind.Pci,
            "Tiếp tục rà soát, cắt giảm thời gian đăng ký, điều chỉnh đăng ký doanh nghiệp nhanh nhất, giảm chi phí thời gian cho doanh nghiệp; công khai, minh bạch các thủ tục hành chính có liên quan đến đăng ký doanh nghiệp; đẩy mạnh tỷ lệ doanh nghiệp đăng ký doanh nghiệp qua mạng.",
            "Công chức Tài chính – kế toán.", [finance],
            "Các đơn vị liên quan.", [related]);

        Item(GroupPeriod, null,
            "Các công chức chuyên môn có liên quan xây dựng kế hoạch và tổ chức thực hiện các nhiệm vụ phù hợp với tình hình thực tế của xã.",
            null, [],
            null, []);

        return new DemoCommune(commune, office, own.All, null, null, plan);
    }
}
