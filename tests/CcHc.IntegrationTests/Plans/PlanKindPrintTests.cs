using System.Net;
using ClosedXML.Excel;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// The plan kinds in print, rendered by the real host from the seeded demo communes: Triệu Trạch's công văn (seed 001),
/// Quảng Công's improvement plan (seed 002), Hà Bắc's multi-index plan (seed 004).
/// </summary>
public sealed class PlanKindPrintTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public PlanKindPrintTests(CcHcWebApplicationFactory factory) => _factory = factory;

    private async Task<string> DocumentAsync(string commune, string account)
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, commune);
        using var client = await TestAccounts.SignedInAsync(_factory, account);
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Plans/Document/{planId}", UriKind.Relative)));
    }

    private static void InOrder(string html, params string[] parts)
    {
        var position = 0;
        foreach (var part in parts)
        {
            var next = html.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(next >= 0, $"\"{part}\" missing or out of order");
            position = next;
        }
    }

    [Fact]
    public async Task The_cong_van_prints_its_number_with_the_vv_lines_beneath_kinh_gui_and_no_document_kind_title()
    {
        var html = await DocumentAsync("xã Triệu Trạch", "t.clerk.trieutrach");

        InOrder(
            html,
            "XÃ TRIỆU TRẠCH", "Số: 10/UBND", "<div class=\"letter-summary\">V/v khắc phục Chỉ số cải cách hành chính năm 2022</div>",
            "Triệu Trách, ngày 15 tháng 02 năm 2023", "Kính gửi: Các đ/c cán bộ, công chức xã", "Căn cứ Quyết định số 258/QĐ-UBND",
            "Yêu cầu các đ/c cán bộ công chức", "Nơi nhận:", "Lê Văn Mẫn",
            "PHỤ LỤC", "Kết quả phê duyệt Chỉ số CCHC năm 2022 của UBND xã, biện pháp giải quyết trong năm 2023",
            "(Đính kèm Công văn số 10/UBND ngày 14/02/2023 của UBND xã)", "1. Điểm số từng tiêu chí đạt được",
            "2. Điểm số chưa đạt đối với các tiêu chí thành phần", "1.1.3. Mức độ thực hiện kế hoạch CCHC");
        Assert.DoesNotContain("<h1 class=\"title\">KẾ HOẠCH</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("KẾT QUẢ ĐẠT ĐƯỢC", html, StringComparison.Ordinal);
        Assert.DoesNotContain("I. ", html[..html.IndexOf("Nơi nhận:", StringComparison.Ordinal)].Replace("VII. ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_page_of_the_cong_van_lists_its_appendix_citing_another_date()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Triệu Trạch");
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.trieutrach");

        var html = WebUtility.HtmlDecode(await chairman.GetStringAsync(new Uri($"/Plans/Details/{planId}", UriKind.Relative)));

        Assert.Contains("id=\"citation-mismatch\"", html, StringComparison.Ordinal);
        Assert.Contains("ngày 14/02/2023 (văn bản ban hành ngày 15/02/2023)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_improvement_plan_prints_its_sections_as_the_source_has_them_without_a_score_table_or_invented_names()
    {
        var html = await DocumentAsync("xã Quảng Công", "t.clerk.quangcong");

        InOrder(
            html,
            "Số:      /KH-UBND", "Quảng Công, ngày      tháng      năm 2020", "KẾ HOẠCH", "Nâng cao chỉ số cải cách hành chính năm 2020",
            "Thực hiện Kế hoạch số 67/KH-UBND",
            "I. ĐÁNH GIÁ KẾT QUẢ ĐẠT ĐƯỢC CŨNG NHƯ TỒN TẠI TRONG CÔNG TÁC CẢI CÁCH HÀNH CHÍNH CỦA XÃ NĂM 2019 VÀ TỪ ĐẦU NĂM 2020 ĐẾN NAY",
            "1. Kết quả chung:", "a. Những hạn chế", "b. Những điểm yếu",
            "II. NHIỆM VỤ CỤ THỂ ĐỂ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020", "Chủ tịch Ủy ban nhân dân xã yêu cầu",
            "1. Tăng cường công tác lãnh đạo", "2. Khẩn trương triển khai", "Thường xuyên rà soát để bố trí", "10. Văn hóa thông tin xã",
            "Trên đây là Kế hoạch nâng cao chỉ số CCHC năm 2020", "- Lưu: VT;");
        Assert.DoesNotContain("class=\"grid scores\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Đơn vị chủ trì", html, StringComparison.Ordinal);
        Assert.DoesNotContain("III.", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"signer\"></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_multi_index_plan_prints_its_index_groups_leads_in_the_sources_words_and_the_replaced_plan_once()
    {
        var html = await DocumentAsync("xã Hà Bắc", "t.clerk.habac");

        InOrder(
            html,
            "Hà Bắc, ngày      tháng      năm 2023", "Duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par index)",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Tiếp tục phấn đấu", "4. Xác định công tác",
            "II. NỘI DUNG KẾ HOẠCH", "<h3>1. Chỉ số Cải cách hành chính và chỉ số hài lòng.</h3>", "1.1. Xây dựng và tổ chức",
            "- Đơn vị chủ trì: Các công chức chuyên môn thuộc UBND xã.", "- Đơn vị phối hợp: Công chức Văn phòng-Thống kê",
            "1.11. Tăng cường công tác tuyên truyền", "<h3>2. Chỉ số hiệu quả quản trị và hành chính công.</h3>",
            "2.4. Chấn chỉnh tình trạng lạm thu", "- Đơn vị chủ trì: Trung tâm học tập cộng đồng.",
            "- Đơn vị phối hợp: Trường Mầm non, Trường Tiểu học, Trường THCS.", "<h3>3. Chỉ số năng lực cạnh tranh.</h3>",
            "3.1. Tiếp tục rà soát, cắt giảm", "<h3>4. Nhiệm vụ, giải pháp cụ thể giai đoạn 2023 - 2025", "4.1. Các công chức chuyên môn có liên quan",
            "III. TỔ CHỨC THỰC HIỆN", "1. Kế hoạch này thay thế cho Kế hoạch số 80/ KH – UBND ngày 21/9/2022",
            "6. Công chức Văn hóa- xã hội", "- Lưu: VT, VP.", "CHỦ TỊCH", "Nguyễn Thành Chân");

        // Section IV says the replaced plan in its own words: the app's sentence is not added a second time.
        Assert.Single(html.Split("thay thế cho").Skip(1));
        Assert.DoesNotContain("class=\"grid scores\"", html, StringComparison.Ordinal);

        // Group 4's task names no lead: none is printed for it.
        var group4 = html[html.IndexOf("4.1. Các công chức chuyên môn có liên quan", StringComparison.Ordinal)..html.IndexOf("III. TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal)];
        Assert.DoesNotContain("Đơn vị chủ trì", group4, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_multi_index_workbook_says_why_it_has_no_score_table_and_shows_the_index_of_every_task()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Hà Bắc");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.habac");

        var bytes = await clerk.GetByteArrayAsync(new Uri($"/Plans/Xlsx/{planId}", UriKind.Relative));
        using var workbook = new XLWorkbook(new MemoryStream(bytes));

        var summary = workbook.Worksheet(PlanWorkbook.SummarySheet);
        Assert.Contains(summary.CellsUsed(), c => c.GetString() == PlanWorkbook.NoAssessmentMessage);
        var tasks = workbook.Worksheet(PlanWorkbook.TaskSheet);
        var rows = tasks.RowsUsed().Where(r => r.RowNumber() >= SheetLayout.FirstDataRow).ToList();
        Assert.Equal(22, rows.Count);
        Assert.Equal("Chỉ số", tasks.Cell(SheetLayout.HeaderRow, 3).GetString());
        Assert.Equal(
            ["PAR INDEX", "SIPAS", "PAPI", "PCI", string.Empty],
            rows.Select(r => r.Cell(3).GetString()).Distinct());
        Assert.Equal("Trung tâm học tập cộng đồng.", rows[14].Cell(5).GetString());
    }
}
