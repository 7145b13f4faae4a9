using System.Net;
using CcHc.Infrastructure.Auditing;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;
using static CcHc.IntegrationTests.Admin.CriteriaSetTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>
/// Setting up a province's year through real form posts: a Windows-1258 .csv, checks refused by row, warnings
/// previewed and confirmed, a second identical set refused, deleting an unused set and refusing a used one, the
/// province's reviewer allowed and another province's refused, and the clerk's empty state.
/// </summary>
public sealed class ProvinceCriteriaSetTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public ProvinceCriteriaSetTests(CcHcWebApplicationFactory factory) => _factory = factory;

    /// <summary>A small complete set; <paramref name="seed"/> makes its content unique so tests do not collide.</summary>
    private static byte[] SmallSet(string seed) => SpreadsheetFiles.Utf8(
        "Mã;Nội dung;Cấp;Điểm tối đa\n"
        + $"1;Chỉ đạo điều hành {seed};1;10\n"
        + "1.1;Kế hoạch CCHC;2;4\n"
        + "1.2;Báo cáo CCHC;2;6\n"
        + "2;Cải cách thể chế;1;5\n");

    [Fact]
    public async Task A_windows_1258_csv_saved_by_excel_imports_with_its_vietnamese_text_intact()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Chỉ số CCHC " + UniqueName("ansi");

        using var response = await PostImportAsync(admin, ImportFields(name, 2027), TabularFileReaderTests.Windows1258CsvBytes(), "bo-tieu-chi.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var set = await FindSetAsync(_factory, name) ?? throw new InvalidOperationException("The set was not saved.");
        Assert.Equal(
            ["1. Công tác chỉ đạo, điều hành cải cách hành chính", "1.1. Kế hoạch cải cách hành chính – năm 2026"],
            set.Nodes.OrderBy(n => n.Order).Select(n => n.DisplayName));
        Assert.Equal(1.5m, set.Nodes.Single(n => n.Code == "1.1").MaxScore);
    }

    [Fact]
    public async Task A_csv_in_an_unknown_encoding_is_refused_with_how_to_save_it()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var tcvn3 = new byte[] { 0x4D, 0xB7, 0x3B, 0x4E, 0xE9, 0x69, 0x20, 0x64, 0x75, 0x6E, 0x67, 0x3B, 0x43, 0xCA, 0x70, 0x0D, 0x0A };

        using var response = await PostImportAsync(admin, ImportFields("Chỉ số " + UniqueName("tcvn3")), tcvn3, "bo-tieu-chi.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("\"CSV UTF-8 (Comma delimited) (*.csv)\"", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_jump_and_a_child_above_its_parent_are_refused_by_row_and_nothing_is_saved()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Chỉ số CCHC " + UniqueName("nhay");
        var before = await SetCountAsync(_factory);
        var csv = "Mã;Nội dung;Cấp;Điểm tối đa\n1;Chỉ đạo điều hành;1;10\n1.1.1.1;Cấp bốn;4;1\n2;Thể chế;1;5\n2.1;Văn bản;2;7\n";

        using var response = await PostImportAsync(admin, ImportFields(name), SpreadsheetFiles.Utf8(csv), "nhay-cap.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<tr><td class=\"text-end\">3</td><td>Cấp</td><td>cấp 4 ngay dưới dòng 2 (\"1\", cấp 1): thiếu cấp 2, 3 ở giữa.", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"text-end\">5</td><td>Điểm tối đa</td><td>điểm tối đa 7 lớn hơn điểm tối đa 5 của tiêu chí cha ở dòng 4 (\"2\").</td></tr>", html, StringComparison.Ordinal);
        Assert.Equal(before, await SetCountAsync(_factory));
    }

    [Fact]
    public async Task Children_adding_up_to_more_are_previewed_and_saved_only_when_confirmed()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Chỉ số CCHC " + UniqueName("canh-bao");
        var before = await SetCountAsync(_factory);
        var csv = "Mã;Nội dung;Cấp;Điểm tối đa\n1;Thực hiện kế hoạch;1;2\n1.1;Hoàn thành 100%;2;2\n1.2;Hoàn thành dưới 100%;2;1\n";

        using var preview = await PostImportAsync(admin, ImportFields(name, 2028), SpreadsheetFiles.Utf8(csv), "muc-diem.csv");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        var decoded = WebUtility.HtmlDecode(html);
        Assert.Contains("Xem trước: 1 lĩnh vực, 3 dòng tiêu chí, 1 cảnh báo. Chưa có gì được lưu.", decoded, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"text-end\">2</td><td>Điểm tối đa</td><td>2 tiêu chí con (dòng 3–4) có tổng điểm tối đa 3, lớn hơn điểm tối đa 2 của dòng này.", decoded, StringComparison.Ordinal);
        Assert.Equal(before, await SetCountAsync(_factory));

        var confirm = HtmlForm.Parse(html, "confirm-form");
        using var saved = await admin.SubmitAsync(ImportUrl, confirm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var set = await FindSetAsync(_factory, name) ?? throw new InvalidOperationException("The confirmed set was not saved.");
        Assert.Equal(["1", "1.1", "1.2"], set.Nodes.OrderBy(n => n.Order).Select(n => n.Code));
        Assert.Equal(2028, set.Year);

        // A confirmation whose rows were changed since the preview shows the new warnings instead of saving.
        var tampered = HtmlForm.Parse(html, "confirm-form");
        tampered["Input.Name"] = name + " (2)";
        tampered["Input.PreviewRows"] = tampered["Input.PreviewRows"].Replace("\"maxScore\":1", "\"maxScore\":1.5", StringComparison.Ordinal);
        using var again = await admin.SubmitAsync(ImportUrl, tampered);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("id=\"import-preview\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await FindSetAsync(_factory, name + " (2)"));
    }

    [Fact]
    public async Task A_second_identical_set_for_the_same_index_province_and_year_is_refused_whatever_its_name()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var seed = UniqueName("trung");
        using var first = await PostImportAsync(admin, ImportFields("Chỉ số CCHC " + seed, 2029), SmallSet(seed), "a.csv");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var before = await SetCountAsync(_factory);

        var fields = ImportFields("Tên khác " + seed, 2029);
        fields["Input.Province"] = "Tỉnh Hà Tĩnh ";
        using var second = await PostImportAsync(admin, fields, SmallSet(seed), "b.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains(
            $"Đã có bộ tiêu chí \"Chỉ số CCHC {seed}\" giống hệt: cùng chỉ số, tỉnh Hà Tĩnh, năm 2029 và cùng 4 dòng tiêu chí. Không nhập lần thứ hai",
            WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await SetCountAsync(_factory));

        // The same content for another year is a new set.
        using var nextYear = await PostImportAsync(admin, ImportFields("Chỉ số CCHC " + seed, 2030), SmallSet(seed), "c.csv");
        Assert.Equal(HttpStatusCode.Redirect, nextYear.StatusCode);
    }

    [Fact]
    public async Task An_unused_set_is_deleted_after_confirmation_and_audited()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Chỉ số CCHC " + UniqueName("xoa");
        using var imported = await PostImportAsync(admin, ImportFields(name), SmallSet(name), "xoa.csv");
        var set = await FindSetAsync(_factory, name) ?? throw new InvalidOperationException("not imported");
        var url = $"/Admin/CriteriaSets/Delete/{set.Id}";

        var page = await GetHtmlAsync(admin, url);
        Assert.Contains("Chưa có kết quả đánh giá hay kế hoạch nào dùng bộ này. Xóa bộ tiêu chí cùng toàn bộ 4 dòng tiêu chí của nó?", page, StringComparison.Ordinal);
        Assert.Contains($"data-set=\"{name}\"", await GetHtmlAsync(admin, "/Admin/CriteriaSets/Index"), StringComparison.Ordinal);

        using var response = await admin.PostFormAsync(url, url, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await FindSetAsync(_factory, name));
        Assert.Equal(0, await WithDbAsync(_factory, db => db.CriterionNodes.CountAsync(n => n.CriteriaSetId == set.Id)));
        var audit = await WithDbAsync(_factory, db => db.AuditEntries.Where(e => e.EntityId == set.Id.ToString() && e.Action == AuditAction.Delete).Select(e => e.UserName).ToListAsync());
        Assert.Equal(["t.admin"], audit);
        Assert.Contains($"Đã xóa bộ tiêu chí \"{name}\" (4 dòng tiêu chí).", await GetHtmlAsync(admin, response.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_set_an_assessment_uses_is_not_deleted_and_the_page_says_what_uses_it()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var setId = await SeedSetIdAsync(_factory, "xã Triệu Trạch");
        var url = $"/Admin/CriteriaSets/Delete/{setId}";
        var nodes = await WithDbAsync(_factory, db => db.CriterionNodes.CountAsync(n => n.CriteriaSetId == setId));

        var page = await GetHtmlAsync(admin, url);
        Assert.Contains("1 kết quả đánh giá dùng bộ này (xã Triệu Trạch năm 2022)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"delete-form\"", page, StringComparison.Ordinal);

        using var response = await admin.PostFormAsync("/Admin/CriteriaSets/Index", url, []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Không xóa được bộ tiêu chí", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(nodes, await WithDbAsync(_factory, db => db.CriterionNodes.CountAsync(n => n.CriteriaSetId == setId)));
    }

    [Fact]
    public async Task A_shipped_index_catalogue_is_not_deleted()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var catalogue = CcHc.Infrastructure.Seeding.IndexCatalogueSeeder.Catalogues[0];
        var setId = await WithDbAsync(_factory, db => db.CriteriaSets.Where(s => s.Name == catalogue.Name && s.IndexKind == catalogue.Kind && s.Year == catalogue.Year).Select(s => s.Id).SingleAsync());
        var url = $"/Admin/CriteriaSets/Delete/{setId}";

        Assert.Contains("đây là danh mục thành phần chỉ số mà CcHc cung cấp sẵn cho các kế hoạch", await GetHtmlAsync(admin, url), StringComparison.Ordinal);
        using var response = await admin.PostFormAsync(url, url, []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(1, await WithDbAsync(_factory, db => db.CriteriaSets.CountAsync(s => s.Id == setId)));
    }

    [Fact]
    public async Task The_reviewer_of_the_province_imports_lists_and_deletes_its_provinces_sets_only()
    {
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.camxuyen");
        var name = "Chỉ số CCHC " + UniqueName("so-noi-vu");

        var form = await GetHtmlAsync(reviewer, ImportUrl);
        Assert.Contains("value=\"tỉnh Hà Tĩnh\" readonly", form, StringComparison.Ordinal);
        using var response = await PostImportAsync(reviewer, ImportFields(name, 2026), SmallSet(name), "so-noi-vu.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var set = await FindSetAsync(_factory, name) ?? throw new InvalidOperationException("not imported");
        Assert.Equal("tỉnh Hà Tĩnh", set.Province);
        var list = await GetHtmlAsync(reviewer, "/Admin/CriteriaSets/Index");
        Assert.Contains($"data-set=\"{name}\"", list, StringComparison.Ordinal);
        Assert.Contains("Các bộ tiêu chí của <strong>tỉnh Hà Tĩnh</strong>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("tỉnh Quảng Trị", list, StringComparison.Ordinal);
        Assert.Contains($"/Admin/CriteriaSets/Edit/{set.Id}", list, StringComparison.Ordinal);
        await GetHtmlAsync(reviewer, $"/Admin/CriteriaSets/Edit/{set.Id}");

        using var deleted = await reviewer.PostFormAsync($"/Admin/CriteriaSets/Delete/{set.Id}", $"/Admin/CriteriaSets/Delete/{set.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await FindSetAsync(_factory, name));
    }

    [Fact]
    public async Task A_reviewer_of_another_province_and_a_commune_clerk_are_refused_and_nothing_changes()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Chỉ số CCHC " + UniqueName("tinh-khac");
        using var imported = await PostImportAsync(admin, ImportFields(name), SmallSet(name), "ha-tinh.csv");
        var set = await FindSetAsync(_factory, name) ?? throw new InvalidOperationException("not imported");
        var adminToken = await admin.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        Assert.False(string.IsNullOrEmpty(adminToken));

        using var other = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        var otherList = await GetHtmlAsync(other, "/Admin/CriteriaSets/Index");
        Assert.DoesNotContain($"data-set=\"{name}\"", otherList, StringComparison.Ordinal);
        Assert.Contains("Các bộ tiêu chí của <strong>tỉnh Quảng Ngãi</strong>", otherList, StringComparison.Ordinal);
        var token = await other.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        foreach (var page in new[] { "Edit", "Copy", "Export", "Delete" })
        {
            using var get = await other.GetAsync(new Uri($"/Admin/CriteriaSets/{page}/{set.Id}", UriKind.Relative));
            await AssertForbiddenAsync(other, get);
        }

        using var delete = await other.PostFormWithTokenAsync($"/Admin/CriteriaSets/Delete/{set.Id}", token, []);
        await AssertForbiddenAsync(other, delete);
        using var import = await PostImportAsync(other, ImportFields(name + " (Quảng Ngãi nhập hộ)"), SmallSet(name + "x"), "x.csv");
        await AssertForbiddenAsync(other, import);

        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var clerkList = await clerk.GetAsync(new Uri("/Admin/CriteriaSets/Index", UriKind.Relative));
        await AssertForbiddenAsync(clerk, clerkList);
        var clerkToken = await clerk.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using var clerkDelete = await clerk.PostFormWithTokenAsync($"/Admin/CriteriaSets/Delete/{set.Id}", clerkToken, []);
        await AssertForbiddenAsync(clerk, clerkDelete);

        Assert.NotNull(await FindSetAsync(_factory, name));
        Assert.Null(await FindSetAsync(_factory, name + " (Quảng Ngãi nhập hộ)"));
    }

    [Fact]
    public async Task A_clerk_starting_a_year_without_a_criteria_set_is_told_so_and_whom_to_ask_instead_of_a_form()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        var html = await GetHtmlAsync(clerk, "/Assessments/Create?year=2031");

        Assert.Contains(
            "Chưa có bộ tiêu chí Chỉ số CCHC năm 2031 cho tỉnh Hà Tĩnh, nên chưa tạo được kết quả thẩm định. Bộ tiêu chí do Sở Nội vụ (hoặc quản trị hệ thống) nhập một lần cho cả tỉnh, xã không tự nhập. "
            + "Đề nghị Phòng Nội vụ huyện Cẩm Xuyên (cơ quan theo dõi xã Cẩm Sơn) nhập bộ tiêu chí của tỉnh cho năm cần đánh giá, hoặc liên hệ quản trị hệ thống.",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"assessment-form\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Assessments/Create?year=2023\"", html, StringComparison.Ordinal);

        var withSet = await GetHtmlAsync(clerk, "/Assessments/Create?year=2023");
        Assert.Contains("id=\"assessment-form\"", withSet, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"no-criteria-set\"", withSet, StringComparison.Ordinal);
    }
}
