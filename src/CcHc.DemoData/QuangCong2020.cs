using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;

namespace CcHc.DemoData;

/// <summary>
/// Seed 002: xã Quảng Công (huyện Quảng Điền, tỉnh Thừa Thiên Huế), Kế hoạch "Nâng cao chỉ số cải cách hành chính năm
/// 2020" — an improvement plan of PAR INDEX resting on no assessment (the seed prints no score), a draft. The seed has
/// no header block (no number, no date, no signer): the plan carries none, and what it does not say stays blank — the
/// chairman's name, the signer's name, the dateline's day and month. Section I is prose (1. Kết quả chung; 2. a., b.),
/// section II ten numbered tasks: one item per task, its paragraphs as the item's task lines, without lead or deadline
/// where the seed gives none (the draft is therefore incomplete, as the seed is). Words as printed, slips included
/// ("nhiều nhiều chuyển biến", "của UBND xã  yêu cầu").
/// </summary>
public static class QuangCong2020
{
    private const int PlanYear = 2020;

    private const string Summary = "Nâng cao chỉ số cải cách hành chính năm 2020";

    private const string Preamble = "Thực hiện Kế hoạch số 67/KH-UBND ngày 16 tháng 4 năm 2020 của UBND huyện Quảng Điền về việc nâng cao chỉ số cải cách hành chính năm 2020. Nay UBND xã Quảng Công xây dựng kế hoạch nâng cao chỉ số cải cách hành chính năm 2020 của địa phương cụ thể như sau:";

    private static readonly string[] Results =
    [
        "1. Kết quả chung:",
        "Thời gian qua, công tác cải cách hành chính, tăng cường ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính luôn được xã quan tâm, tập trung chỉ đạo và tổ chức thực hiện. Với sự nỗ lực, cố gắng của các cơ quan, ban ngành, đoàn thể cấp xã, cán bộ, công chức, nhiều nhiệm vụ trọng tâm đã được tích cực triển khai thực hiện và đạt được một số kết quả quan trọng trong công tác cải cách hành chính.  Bộ phận Tiếp nhận và trả kết quả hiện đại của xã được thành lập, đi vào hoạt động ổn định và tạo được nhiều nhiều chuyển biến tích cực; phương thức, lề lối làm việc được đổi mới, nâng cao chất lượng; việc ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính được đẩy mạnh. Những kết quả này đã góp phần từng bước nâng cao chất lượng giải quyết thủ tục hành chính, làm thay đổi mối quan hệ giữa chính quyền người dân và các tổ chức; giảm bớt những phiền hà, nhũng nhiễu và tạo thuận lợi cho người dân khi đến giao dịch với cơ quan hành chính nhà nước.",
        "2. Những hạn chế năm 2019 và đầu năm 2020 đến nay; điểm yếu trong đánh giá chỉ số cải cách hành chính năm 2019:",
        "a. Những hạn chế năm 2019 và đầu năm 2020 đến nay:",
        "Bên cạnh những kết quả đạt được, việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp của các cơ quan, đơn vị trên địa bàn xã vẫn còn một số hạn chế. Tình trạng giải quyết hồ sơ chậm trễ, một số cán bộ, công chức còn chưa thành thạo quy trình ứng dụng của phần mềm nên vẫn còn tình trạng thiếu hồ sơ, thủ tục, bổ sung và tiếp nhận hồ sơ không hợp lệ và chưa được người dân quan tâm sử dụng. Số lượng hồ sơ tiếp nhận, trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích chưa được áp dụng.",
        "b. Những điểm yếu trong đánh giá chỉ số cải cách hành chính năm 2019:",
        "Một số tiêu chí thành phần điểm thấp so với điểm tối đa, mặc dù có tài liệu kiểm chứng nhưng tiến độ thực hiện chậm so với yêu cầu của huyện hoặc việc giải trình thiếu thuyết phục.",
        "Một số tiêu chí thành phần không được tính điểm do các nội dung xã chưa triển khai thực hiện hoặc đã tiến hành thực hiện nhưng lại không có văn bản cụ thể, không có tài liệu kiểm chứng.",
    ];

    private const string TasksIntro = "Để đẩy mạnh công tác cải cách hành chính, nâng cao chất lượng giải quyết thủ tục hành chính trên địa bàn xã, nâng cao chỉ số cải cách hành chính năm 2020 Chủ tịch Ủy ban nhân dân xã yêu cầu Thủ trưởng các cơ quan, ban ngành cấp xã trực tiếp chỉ đạo việc tổ chức thực hiện công tác cải cách hành chính, cải cách thủ tục hành chính, ứng dụng công nghệ thông tin phục vụ xây dựng Chính quyền điện tử cấp xã và tập trung thực hiện tốt những nhiệm vụ sau:";

    private static readonly string[][] Tasks =
    [
        [
            "Tăng cường công tác lãnh đạo, chỉ đạo, nâng cao trách nhiệm của người đứng đầu của cơ quan, đơn vị trong việc triển khai thực hiện nhiệm vụ cải cách hành chính. Xác định cải cách hành chính là nhiệm vụ chính trị trọng tâm, thường xuyên, liên tục trong chỉ đạo, điều hành thực thi công vụ.",
        ],
        [
            "Khẩn trương triển khai thực hiện tốt Kế hoạch số 133/KH-UBND ngày 27/12/2019 của Ủy ban nhân dân huyện Quảng Điền về công tác cải cách hành chính năm 2020, Kế hoạch số 67/KH-UBND ngày 16/4/2020 của Ủy ban nhân dân huyện Quảng Điền về việc nâng cao chỉ số cải cách hành chính năm 2020.",
            "Thường xuyên rà soát để bố trí cán bộ thực hiện nhiệm vụ tại Bộ phận Một cửa hiện đại xã phải đảm bảo về năng lực, trình độ chuyên môn, khả năng giao tiếp để hướng dẫn, tiếp nhận, thẩm định, trình phê duyệt hồ sơ cho người dân, doanh nghiệp; tiến tới thực hiện toàn bộ quy trình tại Bộ phận Một cửa hiện đại xã đối với những thủ tục hành chính phổ biến và có số lượng hồ sơ phát sinh lớn.",
            "Văn phòng Thống kê tiến hành đánh giá, tổng kết hoạt động của Bộ phận Tiếp nhận và trả kết quả hiện đại của xã.",
        ],
        [
            "Thực hiện tham mưu công bố thủ tục hành chính, niêm yết công khai thủ tục hành chính kịp thời theo đúng quy định. Chấn chỉnh việc giải quyết thủ tục hành chính tại bộ phận tiếp nhận và trả kết quả hiện đại của xã hạn chế tối đa việc người dân, doanh nghiệp phải đi lại nhiều lần. Thường xuyên đôn đốc, kiểm tra việc giải quyết thủ tục hành chính, khắc phục tình trạng thiếu công khai, minh bạch thông tin về thủ tục hành chính. Nghiêm túc xử lý các phản ánh, kiến nghị của cá nhân, tổ chức về quy định thủ tục hành chính; khắc phục tình trạng quá hạn trong giải quyết thủ tục hành chính; thực hiện nghiêm việc xin lỗi cá nhân, tổ chức khi xảy ra tình trạng chậm, muộn và sai sót trong giải quyết thủ tục hành chính.",
        ],
        [
            "Triển khai đánh giá việc giải quyết thủ tục hành chính và đánh giá mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính tại Bộ phận Một cửa, bảo đảm thực chất, tránh hình thức; kịp thời động viên, khen thưởng cán bộ, công chức, viên chức được đánh giá cao trong giải quyết thủ tục hành chính và xử lý nghiêm, thay thế cán bộ, công chức, viên chức có hành vi vi phạm quy định; đề xuất chế độ, chính sách, đào tạo, bồi dưỡng nâng cao trình độ, năng lực chuyên môn, kỹ năng ứng xử, giao tiếp, làm chủ các ứng dụng công nghệ thông tin cho cán bộ, công chức, viên chức tại Bộ phận Một cửa hiện đại của xã.",
        ],
        [
            "Tích cực tham mưu đề xuất sáng kiến cải cách thủ tục hành chính, đề xuất việc thực hiện liên thông các thủ tục hành chính, đặc biệt các thủ tục hành chính liên quan đến nhiều cấp, nhiều ngành... nhằm cắt giảm chi phí tuân thủ thủ tục hành chính cho tổ chức, cá nhân khi thực hiện thủ tục hành chính, góp phần cải thiện môi trường đầu tư, kinh doanh của xã.",
        ],
        [
            "Phối hợp chặt chẽ với Văn phòng Ủy ban nhân dân huyện, Phòng Văn hóa- Thông tin, Trung tâm Phục vụ hành chính công huyện, Trung tâm Công nghệ thông tin trực thuộc Sở Thông tin và Truyền thông trong việc triển khai dịch vụ công trực tuyến mức độ 3, mức độ 4 trên Cổng Dịch vụ công của tỉnh đảm bảo tính thống nhất, đồng bộ, thuận tiện, dễ sử dụng. Chuẩn hóa, thống nhất quy trình nội bộ giải quyết thủ tục hành chính trên địa bàn xã trên tinh thần cải cách mạnh mẽ và tạo điều kiện cho người dân, doanh nghiệp.",
        ],
        [
            "Đẩy nhanh việc xây dựng, cung cấp dịch vụ công trực tuyến mức độ 3, mức độ 4 theo Danh mục đã được Ủy ban nhân dân tỉnh phê duyệt. Thường xuyên rà soát, đánh giá sự phù hợp của thủ tục hành chính và các quy định liên quan đến thủ tục hành chính với yêu cầu triển khai thực hiện dịch vụ công trực tuyến để kiến nghị Ủy ban nhân dân tỉnh, các Sở, ban, ngành sửa đổi, hoàn thiện quy định thủ tục hành chính và xây dựng lộ trình cung cấp dịch vụ công trực tuyến khả thi, hiệu quả.",
            "Tăng cường thông tin, tuyên truyền nhằm nâng cao hiểu biết, nhận thức của cán bộ, công chức, viên chức và người dân, doanh nghiệp trong việc thực hiện và giải quyết dịch vụ công trực tuyến.",
        ],
        [
            "Triển khai và ứng dụng có hiệu quả chữ ký số trong cơ quan. Tiếp tục triển khai có hiệu quả các phần mềm chuyên ngành, phần mềm dùng chung của tỉnh trong các cơ quan nhà nước; tăng cường công tác chỉ đạo, điều hành và giải quyết công việc trên môi trường mạng.",
        ],
        [
            "Phối hợp với Bưu điện xã tổ chức triển khai có hiệu quả việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ, bảo đảm tạo thuận lợi nhất cho người dân, doanh nghiệp trong giải quyết thủ tục hành chính.",
        ],
        [
            "Văn hóa thông tin xã tích cực tuyên truyền, phổ biến về hoạt động cải cách hành chính, cải cách thủ tục hành chính và xây dựng Chính quyền điện tử của xã. Thông tin, tuyên truyền nhân rộng và phổ biến các gương “Điển hình tiên tiến”, “Người tốt, việc tốt”, các sáng kiến, giải pháp, cách làm hay mang lại hiệu quả cao trong công việc của các cá nhân, tổ chức, đơn vị; phát hiện, phản ánh và đưa tin kịp thời những hành vi nhũng nhiễu, tiêu cực, vi phạm quy tắc ứng xử của đội ngũ cán bộ, công chức, viên chức trên địa bàn xã.",
        ],
    ];

    private const string Closing = "Trên đây là Kế hoạch nâng cao chỉ số CCHC năm 2020 của UBND xã  yêu cầu Thủ trưởng các cơ quan, ban ngành cấp xã, toàn thể cán bộ, công chức khẩn trương, nghiêm túc tổ chức thực hiện. Trong quá trình triển khai thực hiện nếu có khó khăn, vướng mắc, cần kịp thời báo cáo về UBND xã (qua Công chức VP –TK xã) để được xem xét, giải quyết./.";

    private static readonly string[] Recipients =
    [
        "UBND huyện;",
        "Phòng Nội vụ;",
        "Đảng ủy xã;",
        "HĐND xã;",
        "CT; các PCT xã;",
        "Các Đoàn thể cấp xã;",
        "Toàn thể CBCC;",
        "Lưu: VT;",
    ];

    public static DemoCommune Build(StandardPositions positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var commune = new Commune("xã Quảng Công", "huyện Quảng Điền", "tỉnh Thừa Thiên Huế", "Quảng Công", "ỦY BAN NHÂN DÂN\nXÃ QUẢNG CÔNG");

        // "Phòng Nội vụ" is among the recipients; the district is the one whose plan 67/KH-UBND the preamble cites.
        var office = new OversightOffice("Phòng Nội vụ huyện Quảng Điền", "huyện Quảng Điền", "tỉnh Thừa Thiên Huế");
        commune.AssignTo(office);
        var own = new CommunePositionRegistry(commune.Id);

        var plan = new RemediationPlan(
            commune.Id,
            new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, PlanYear, PlanYear, [IndexKind.ParIndex]),
            null,
            new PlanHeader
            {
                PlaceName = "Quảng Công",
                Summary = Summary,
                Preamble = Preamble,

                // Section I (the results of 2019 and of 2020 so far, and the weaknesses), as printed, one paragraph a line.
                ResultsIntro = string.Join('\n', Results),

                // Section II's lead paragraph: the chairman's requirement ("yêu cầu … những nhiệm vụ sau").
                Requirements = TasksIntro,
                Closing = Closing,
                Recipients = Recipients,

                // The seed shows no signature block: the form's own "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (required by a
                // KH-UBND) and no name, so the print leaves the name's place empty.
                SignerName = string.Empty,
            });

        // Ten numbered tasks, in the seed's order; the item's name on the pages is its first sentence.
        foreach (var paragraphs in Tasks)
        {
            plan.AddItem(new ItemContent(
                FirstSentence(paragraphs[0]),
                null,
                [],
                null,
                null,
                [],
                null,
                Array.ConvertAll(paragraphs, p => new TaskContent(p)),
                Index: IndexKind.ParIndex));
        }

        return new DemoCommune(commune, office, own.All, null, null, plan);
    }

    /// <summary>"Tăng cường công tác lãnh đạo, … cải cách hành chính." of a paragraph that goes on after it.</summary>
    internal static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? paragraph : paragraph[..(end + 1)];
    }
}
