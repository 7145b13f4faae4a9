using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.DemoData;

/// <summary>
/// Seed 001: xã Triệu Trạch (huyện Triệu Phong, tỉnh Quảng Trị), PAR index 2022 and the remediation it asks for in
/// 2023, issued as the công văn it is: "Số: 10/UBND" of 15/02/2023, "V/v khắc phục Chỉ số cải cách hành chính năm
/// 2022", "Kính gửi: Các đ/c cán bộ, công chức xã", in the appendix layout. Its appendix cites "Công văn số 10/UBND
/// ngày 14/02/2023": kept as printed, and the plan lists the mismatch with its own date. The letter lists the 7 criteria ("Tiêu chí thứ N"); its appendix (Phụ lục)
/// lists the sub-criteria that lost points with cause, tasks and deadlines. Numbers as printed, mistakes included:
/// the stated total 92,59 is not the sum of the criteria (90,74).
/// </summary>
public static class TrieuTrach2022
{
    private const int Year = 2022;
    private const int PlanYear = 2023;
    private static readonly TimeSpan VietnamTime = TimeSpan.FromHours(7);

    /// <param name="positions">The standard titles.</param>
    /// <param name="issued">False: the plan is left a draft before it is submitted (tests that need a draft beside an issued plan).</param>
    public static DemoCommune Build(StandardPositions positions, bool issued = true)
    {
        // The letter's dateline prints "Triệu Trách" (and its first paragraph "xã Triệu Trách"): the document's own
        // misspelling of Triệu Trạch, kept as the place name because the dateline is printed from it.
        var commune = new Commune(
            "xã Triệu Trạch", "huyện Triệu Phong", "tỉnh Quảng Trị", "Triệu Trách", "ỦY BAN NHÂN DÂN\nXÃ TRIỆU TRẠCH");
        commune.SetChairman("Lê Văn Mẫn");
        var office = new OversightOffice("Phòng Nội vụ huyện Triệu Phong", "huyện Triệu Phong", "tỉnh Quảng Trị");
        commune.AssignTo(office);
        var own = new CommunePositionRegistry(commune.Id);

        var set = new CriteriaSet(
            "Chỉ số CCHC năm 2022 – xã Triệu Trạch (các tiêu chí bị trừ điểm)", IndexKind.ParIndex, commune.Province, Year,
            CriteriaCoverage.DeductedOnly);
        set.SetClassificationBands(CriteriaSet.DefaultParIndexBands);

        // The seed cites "Quyết định số 258/QĐ-UBND ngày 14/02/2023 của UBND huyện": the district is named here.
        var assessment = new Assessment(
            commune.Id, set, Year, new SourceDecision("258/QĐ-UBND", new DateOnly(2023, 2, 14), "UBND huyện Triệu Phong"));

        // "92,59 điểm, đạt loại tốt, đứng thứ nhất 1/18 xã thị trấn". The criteria below add up to 90,74: the
        // source's mistake, kept so that CcHc shows it.
        assessment.SetResult(92.59m, new Rank(1, 18), "Tốt");

        // A criterion of the letter's list ("Tiêu chí thứ N … đạt x/y điểm"), the appendix's roman numeral as its code
        // where the appendix prints a heading for it (I, II, III, VII) and its heading as the title; the list's wording
        // otherwise (IV, V, VI are not in the appendix, so no code is printed for them).
        CriterionNode Field(string? code, string title, decimal max, decimal appraised)
        {
            var node = set.AddNode(null, code, title, max);
            assessment.RecordScore(node, appraised);
            return node;
        }

        // An appendix row: its level is the depth of its code ("1.1.3" → 3, "1.2" → 2); the row hangs under its
        // field because the appendix lists no intermediate criteria.
        CriterionNode Row(CriterionNode field, string code, string? title, decimal max, decimal appraised, string? reason)
        {
            var node = set.AddNode(field, code, title, max, code.Split('.').Length);
            assessment.RecordScore(node, appraised, reason: reason);
            return node;
        }

        // The appendix prints its scores with a decimal point ("1.6", "2.5", "1.8", "0.34", "0.5").
        var f1 = Field("I", "Công tác chỉ đạo, điều hành CCHC", 21m, 17.1m);
        var r113 = Row(f1, "1.1.3", "Mức độ thực hiện kế hoạch CCHC", 2m, 1.6m, "Hoàn thành 80% nhiệm vụ CCHC theo Kế hoạch");

        // The row prints the code "1.2" and no title: the code alone names it, no title is made up.
        var r12 = Row(f1, "1.2", null, 4m, 2.5m, "BC CCHC thiếu nội dung papi");
        var r153 = Row(
            f1, "1.5.3", "Tổ chức thực hiện đánh giá chỉ số đã công bố và kết quả khắc phục tồn tại, hạn chế", 1m, 0m,
            "Thực hiện báo cáo kết quả khắc phục chỉ số CCHC chậm so với yêu cầu đề ra");
        var r16 = Row(f1, "1.6", "Sáng kiến trong triển khai công tác CCHC", 2m, 1m, "Có 1 sáng kiến CCHC");

        var f2 = Field("II", "Theo dõi thi hành pháp luật", 12m, 11.8m);

        // Cause, task and deadline cells are empty in the appendix (see the item below).
        var r244 = Row(f2, "2.4.4", "Xử lý kết quả theo dõi thi hành pháp luật", 2m, 1.8m, null);

        var f3 = Field("III", "Cải cách thủ tục hành chính, thực hiện cơ chế một cửa", 25m, 20.84m);
        var r312 = Row(
            f3, "3.12",
            "Thủ tục hành chính có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến và tỷ lệ giao dịch thanh toán trực tuyến đạt được",
            1m, 0m, "Không thực hiện");
        var r3131 = Row(
            f3, "3.13.1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", 1m, 0.34m, "Tỷ lệ dịch vụ công trực tuyến toàn trình 33,7 %");
        var r3133 = Row(
            f3, "3.13.3", "Tỷ lệ Dịch vụ công trực tuyến mức độ cao triển khai trên cổng dịch vụ công tỉnh", 0.5m, 0m,
            "Tỷ lệ DVCTT mức độ cao đã đăng ký triển khai trên Cổng DVC tỉnh = tổng số DVCTT mức độ 3 và mức độ 4 trong biểu thống kê là 83, tổng số TTHC thuộc thẩm quyền giải quyết 156 đạt 0,53% chưa đạt yêu cầu");

        Field(null, "Cải cách tổ chức bộ máy hành chính nhà nước", 7m, 7m);
        Field(null, "Cải cách chế độ công vụ", 12m, 12m);
        Field(null, "Thực hiện cải cách tài chính công", 10m, 10m);

        var f7 = Field("VII", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", 13m, 12m);
        var r77 = Row(
            f7, "7.7", "Áp dụng chữ ký số của UBND cấp xã", 2m, 1m,
            "Tỷ lệ văn bản thực hiện chữ ký số so với tổng văn bản phát hành chưa đạt yêu cầu.");

        var plan = new RemediationPlan(
            commune.Id, new PlanSetup(PlanKind.Remediation, DocumentForm.Letter, PlanYear, PlanYear, [IndexKind.ParIndex]), assessment, Header());

        // The appendix has no lead column: each task cell names who acts. "CC phụ trách CCHC" and "Văn phòng TK xã"
        // are the Công chức Văn phòng - Thống kê (the clerk in charge of CCHC); "Bộ phận 1 cửa" and the groups the
        // cells name are the commune's own titles.
        var clerk = positions[PositionCatalogue.OfficeStatistics];
        var bodiesAndStaff = own.Named("Các ban ngành, công chức");
        var oneStopShop = own.Named("Bộ phận 1 cửa");

        // One item per appendix row with a task. A cell of "- " lines gives one task per line, each with the matching
        // line of the deadline cell; the item's deadline is the whole deadline cell (its latest due date).
        void Item(
            CriterionNode field, CriterionNode row, string heading, Position lead, Position[] supports, string deadlineCell,
            params (string Task, string? Deadline)[] tasks) =>
            plan.AddItem(new ItemContent(
                heading,
                field.Id,
                [row.Id],
                assessment.ScoreOf(row.Id)?.Reason,
                lead.Id,
                Array.ConvertAll(supports, s => s.Id),
                Deadline.Parse(deadlineCell, PlanYear),
                Array.ConvertAll(
                    tasks, t => new TaskContent(t.Task, t.Deadline is { } d ? Deadline.Parse(d, PlanYear) : null))));

        Item(
            f1, r113, r113.Title, clerk, [bodiesAndStaff],
            "- Cả năm\n- Cả năm\n- Kế hoạch ban hành trước ngày 01/5, thực hiện kiểm tra Quý III; các đ/c cán bộ cc báo cáo định kỳ theo thời gian quy định.",
            ("Tăng cường công tác tham mưu tuyên truyền CCHC đảm bảo theo Kế hoạch.", "Cả năm"),
            ("Các ban ngành, công chức căn cứ kế hoạch CCHC đã ban hành, thực hiện nhiệm vụ CCHC đảm bảo yêu cầu, kế hoạch đề ra", "Cả năm"),
            (
                "Văn phòng TK xã tham mưu xây dựng Kế hoạch và tổ chức kiểm tra, theo dõi việc thực hiện đảm bảo yêu cầu đề ra; theo dõi thông qua việc bc định kỳ CCHC.",
                "Kế hoạch ban hành trước ngày 01/5, thực hiện kiểm tra Quý III; các đ/c cán bộ cc báo cáo định kỳ theo thời gian quy định."));

        // The row's title cell prints only "1.2", which is the heading.
        Item(
            f1, r12, "1.2", clerk, [], "Theo kì báo cáo định kỳ",
            ("CC phụ trách CCHC thực hiện báo cáo theo đúng nội dung yêu cầu", null));

        Item(
            f1, r153, r153.Title, clerk, [own.Named("Các đ/c cán bộ, công chức liên quan")],
            "- Tham mưu văn bản phân tích trước ngày 01/3; tham mưu Báo cáo kết quả trước ngày 15/12.\n- Tham mưu báo cáo kết quả trước ngày 15/12.",
            (
                "CC phụ trách CCHC tham mưu văn bản phân tích chỉ số CCHC năm 2022 của UBND xã; tham mưu Công văn chỉ đạo khắc phục tồn tại, hạn chế trong công tác CCHC năm 2022; tham mưu báo cáo kết quả khắc phục (lồng ghép vào báo cáo CCHC năm)",
                "Tham mưu văn bản phân tích trước ngày 01/3; tham mưu Báo cáo kết quả trước ngày 15/12."),
            (
                "Các đ/c cán bộ, công chức liên quan khắc phục chỉ số CCHC năm 2022; lồng ghép báo cáo kết quả khắc phục các tồn tại hạn chế về chỉ số CCHC năm 2022 vào báo cáo CCHC năm 2023.",
                "Tham mưu báo cáo kết quả trước ngày 15/12."));

        // The cell names no lead: it asks for sáng kiến to be proposed and reported to the district for recognition,
        // which is the CCHC clerk's work; the groups it encourages support.
        Item(
            f1, r16, r16.Title, clerk, [bodiesAndStaff], "Cung cấp sáng kiến để được công nhận trước 30/10",
            (
                "Tăng cường công tác CCHC, khuyến khích các đ/c cán bộ, công chức, các ban ngành đoàn thể, tổ công nghệ chuyển đổi số nghiên cứu, tìm hiểu đề xuất sáng kiến, kinh nghiệm làm hay tăng hiệu quả công tác CCHC, báo cáo UBND huyện công nhận",
                null));

        // 3.12: the task cell says the commune cannot act yet ("Chưa có văn bản, hướng dẫn…") and gives no deadline.
        plan.AddItem(new ItemContent(
            r312.Title,
            f3.Id,
            [r312.Id],
            assessment.ScoreOf(r312.Id)?.Reason,
            null,
            [],
            null,
            [],
            NotRemediable: true,
            NotRemediableReason: "Chưa có văn bản, hướng dẫn triển khai thực hiện."));

        // 2.4.4's cause, measures and deadline cells are empty, yet the letter was issued. CcHc issues only a plan that
        // answers every deduction, so the row is answered by the one thing the source says about it: nothing. This
        // sentence is CcHc's, not the seed's, and is printed in the row's measures cell (docs/documents.md).
        plan.AddItem(new ItemContent(
            r244.Title,
            f2.Id,
            [r244.Id],
            null,
            null,
            [],
            null,
            [],
            NotRemediable: true,
            NotRemediableReason: "(Phụ lục của công văn để trống nguyên nhân, biện pháp và thời gian hoàn thành.)"));

        // The two 3.13 cells have no "- " lines: each is one task, as printed (two sentences run together without a
        // stop; "phối tuyên truyền" sic).
        Item(
            f3, r3131, r3131.Title, oneStopShop, [], "Cả năm",
            (
                "Tăng cường công tác tuyên truyền đến hội viên đoàn viên và toàn thể nhân dân về dịch vụ công trực tuyến toàn trình Bộ phận 1 cửa thực hiện các giải pháp nhằm tăng tỷ lệ dịch vụ công trực tuyến toàn trình.",
                null));

        Item(
            f3, r3133, r3133.Title, oneStopShop, [], "Cả năm",
            (
                "Tăng cường công tác phối tuyên truyền toàn thể nhân dân về hồ sơ TTHC trực tuyến mức độ 3,4 Bộ phận 1 cửa thực hiện các giải pháp nhằm tăng tỷ lệ TTHC triển khai trên cổng dịch vụ công tỉnh",
                null));

        // "Toàn thể công chức UBND xã …": the catalogue's "Toàn thể cán bộ, công chức".
        Item(
            f7, r77, r77.Title, positions[PositionCatalogue.AllStaff], [], "Cả năm",
            ("Toàn thể công chức UBND xã tăng cường thực hiện kí số văn bản đảm bảo quy định, đạt hiệu quả.", null));

        // Issued as the seed shows: "Số: 10/UBND", "Triệu Trách, ngày 15 tháng 02 năm 2023". The chairman saw the
        // source's own discrepancy (92,59 stated, 90,74 in the table) before approving.
        if (!issued)
        {
            return new DemoCommune(commune, office, own.All, set, assessment, plan);
        }

        var clerkActor = new Actor("clerk.trieutrach", "Công chức VP-TK xã Triệu Trạch");
        var chairmanActor = new Actor("chairman.trieutrach", "Lê Văn Mẫn");
        var evaluation = assessment.Evaluate(set);
        plan.Submit(clerkActor, new DateTimeOffset(2023, 2, 14, 16, 0, 0, VietnamTime), evaluation);
        plan.Approve(chairmanActor, new DateTimeOffset(2023, 2, 15, 8, 0, 0, VietnamTime), new SourceReview(SourceDiscrepancies.Of(evaluation).Count, true));
        plan.Issue(clerkActor, new DateTimeOffset(2023, 2, 15, 9, 0, 0, VietnamTime), "10", new DateOnly(2023, 2, 15));

        return new DemoCommune(commune, office, own.All, set, assessment, plan);
    }

    private static PlanHeader Header() => new()
    {
        // Dateline as printed (see the commune's place name).
        PlaceName = "Triệu Trách",

        // A công văn: "Số: 10/UBND", the "V/v …" words under it (as printed, lower case), "Kính gửi".
        DocumentSymbol = PlanKinds.DefaultSymbol(DocumentForm.Letter),
        Summary = "khắc phục Chỉ số cải cách hành chính năm 2022",
        Addressees = ["Các đ/c cán bộ, công chức xã"],

        // The appendix's citation as printed: the 14th, a day before the letter's own date.
        AppendixCaption = "Đính kèm Công văn số 10/UBND ngày 14/02/2023 của UBND xã",
        LegalBases = [],

        // The letter's two paragraphs, verbatim ("xã Triệu Trách" sic).
        Preamble = string.Join(
            '\n',
            "Căn cứ Quyết định số 258/QĐ-UBND ngày 14/02/2023 của UBND huyện về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2022 của UBND các xã, thị trấn. Chỉ số CCHC năm 2022 của xã Triệu Trách là 92,59 điểm, đạt loại tốt, đứng thứ nhất 1/18 xã thị trấn, tăng 10 bậc từ thứ 11 năm 2021, lên thứ 1 năm 2022, đây là sự cố gắng đột phá trong công tác CCHC (Phụ lục đính kèm), nhưng vẫn còn nhiều tồn tại, hạn chế cần khắc phục.",
            "Để khắc phục tồn tại, hạn chế đó, phấn đấu giữ vững được chỉ số CCHC của xã nằm top đầu, UBND xã yêu cầu các đ/c cán bộ, công chức, các ban ngành liên quan tiếp tục duy trì các tiêu chí, tiêu chí thành phần đạt điểm tuyệt đối, đồng thời căn cứ Phụ lục đính kèm tổ chức khắc phục các tiêu chí đạt điểm thấp nhằm đưa chỉ số cải cách hành chính năm 2023 của UBND xã nằm trong top đầu khối các xã thị trấn trên địa bàn huyện."),

        // The appendix's paragraph and its score list, as printed: the criteria are worded as the letter words them
        // (not as the appendix's headings), and they add up to 90,74, not the 92,59 stated above them (the source's
        // discrepancy: the score table below totals 90,74 and the assessment's page shows the difference).
        ResultsIntro = string.Join(
            '\n',
            "Căn cứ Quyết định số 258/QĐ-UBND ngày 14/02/2023 của UBND huyện về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2022 của UBND các xã, thị trấn. Chỉ số CCHC năm 2022 của xã Triệu Trạch là 92,59 điểm, đạt loại tốt, đứng thứ nhất trong số 18 xã thị trấn, cụ thể như sau:",
            "1. Điểm số từng tiêu chí đạt được",
            "- Tiêu chí thứ 1: Công tác chỉ đạo, điều hành về cải cách hành chính, đạt 17,1/21 điểm;",
            "- Tiêu chí thứ 2: Theo dõi thi hành pháp luật, xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật, đạt 11,8/12 điểm;",
            "- Tiêu chí thứ 3: Cải cách thủ tục hành chính, thực hiện cơ chế 1 cửa, đạt 20,84/25 điểm;",
            "- Tiêu chí thứ 4: Cải cách tổ chức bộ máy hành chính nhà nước đạt 7/7 điểm;",
            "- Tiêu chí thứ 5: Cải cách chế độ công vụ, đạt 12/12 điểm;",
            "- Tiêu chí thứ 6: Thực hiện cải cách tài chính công đạt 10/10 điểm;",
            "- Tiêu chí thứ 7: Xây dựng và phát triển Chính phủ điện tử, Chính phủ số, đạt 12/13 điểm.",
            "2. Điểm số chưa đạt đối với các tiêu chí thành phần, nguyên nhân, trách nhiệm, biện pháp khắc phục và thời gian hoàn thành:"),
        Closing = "Yêu cầu các đ/c cán bộ công chức, các ban ngành triển khai thực hiện kịp thời./.",
        Recipients =
        [
            "Như trên;",
            "Đảng ủy, HĐND (BC);",
            "Mặt trận; các đoàn thể (P/h);",
            "Lưu VT.",
        ],
        SignerAuthority = "TM. ỦY BAN NHÂN DÂN",
        SignerTitle = "CHỦ TỊCH",
        SignerName = "Lê Văn Mẫn",
        Layout = PlanLayout.Appendix,
    };
}
