using System.Net;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Spreadsheets;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;
using static CcHc.IntegrationTests.Admin.CriteriaSetTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>/Admin/CriteriaSets: import through real multipart posts, the errors table, the size limit, the template, 403 for others.</summary>
public sealed class CriteriaSetImportPageTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public CriteriaSetImportPageTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_admin_imports_Cam_Son_fields_from_a_csv_and_sees_the_set_with_default_bands()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Chỉ số CCHC " + UniqueName("csv");

        using var response = await PostImportAsync(admin, ImportFields(name), SpreadsheetFiles.Utf8(SpreadsheetFiles.CamSonCsv), "cam-son.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var set = await FindSetAsync(_factory, name) ?? throw new InvalidOperationException("The set was not saved.");
        Assert.StartsWith($"/Admin/CriteriaSets/Edit/{set.Id}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(SpreadsheetFiles.CamSonNodes, SpreadsheetFiles.Shape(set));
        Assert.Equal(("tỉnh Hà Tĩnh", 2024, IndexKind.ParIndex, CriteriaCoverage.Complete), (set.Province, set.Year, set.IndexKind, set.Coverage));
        Assert.Equal(CriteriaSet.DefaultParIndexBands, set.ClassificationBands);

        var edit = await GetHtmlAsync(admin, response.Headers.Location.OriginalString);
        Assert.Contains("Đã nhập bộ tiêu chí", edit, StringComparison.Ordinal);
        Assert.Contains("data-node=\"7.1. Trang thông tin điện tử", edit, StringComparison.Ordinal);
        var list = await GetHtmlAsync(admin, "/Admin/CriteriaSets/Index");
        Assert.Contains($"data-set=\"{name}\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_written_by_excel_tools_imports_too()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Chỉ số CCHC " + UniqueName("xlsx");
        var rows = new List<object?[]> { new object?[] { "Mã", "Nội dung", "Cấp", "Điểm tối đa" } };
        rows.AddRange(SpreadsheetFiles.CamSonNodes.Select(n => new object?[] { n.Code, n.Title, n.Level, n.Max }));

        // Another year than the csv test's: the same content for the same province and year would be a second copy.
        using var response = await PostImportAsync(admin, ImportFields(name, 2025), SpreadsheetFiles.Xlsx([.. rows]), "cam-son.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SpreadsheetFiles.CamSonNodes, SpreadsheetFiles.Shape((await FindSetAsync(_factory, name))!));
    }

    [Fact]
    public async Task A_bad_file_shows_every_error_as_a_table_and_creates_no_set()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Chỉ số CCHC " + UniqueName("sai");
        var before = await SetCountAsync(_factory);
        var csv = "Mã;Nội dung;Cấp;Điểm tối đa\n1;Chỉ đạo điều hành;1;11\n1.1;;2;1,5\n1.2;Kết quả;hai;2\n1.2;Trùng mã;2;1,2,3\n";

        using var response = await PostImportAsync(admin, ImportFields(name), SpreadsheetFiles.Utf8(csv), "bo-tieu-chi.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("id=\"import-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"text-end\">3</td><td>Nội dung</td><td>chưa có nội dung tiêu chí.</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"text-end\">4</td><td>Cấp</td><td>\"hai\" không phải là cấp (một số nguyên 1, 2, 3…).</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"text-end\">5</td><td>Mã</td><td>mã \"1.2\" trùng với dòng 4.</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"text-end\">5</td><td>Điểm tối đa</td><td>\"1,2,3\" không phải là số điểm.</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{name}\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await SetCountAsync(_factory));
        Assert.Null(await FindSetAsync(_factory, name));
    }

    [Theory]
    [InlineData("ngau-nhien.xlsx", false)]
    [InlineData("ket-qua.csv", true)]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_with_the_message_and_nothing_saved(string fileName, bool pdf)
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var before = await SetCountAsync(_factory);
        var bytes = new byte[2048];
        new Random(3).NextBytes(bytes);
        if (pdf)
        {
            "%PDF-1.4\n"u8.CopyTo(bytes);
        }

        using var response = await PostImportAsync(admin, ImportFields("Chỉ số " + UniqueName("rac")), bytes, fileName);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<td>Tệp không phải bảng tính .xlsx hoặc .csv (UTF-8).</td>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await SetCountAsync(_factory));
    }

    [Fact]
    public async Task Missing_fields_and_a_missing_file_are_shown_beside_each_field()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var fields = ImportFields(string.Empty);
        fields["Input.Year"] = "1999";

        using var response = await PostImportAsync(admin, fields, (HttpContent?)null, "x");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Nhập tên bộ tiêu chí.", FieldMessage(html, "Input.Name"));
        Assert.Equal("Năm phải từ 2000 đến 2100.", FieldMessage(html, "Input.Year"));
        Assert.Equal("Chọn tệp .xlsx hoặc .csv.", FieldMessage(html, "Input.File"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_50_mb_upload_is_sent_back_to_the_form_with_the_vietnamese_message_and_nothing_saved(bool withLength)
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var before = await SetCountAsync(_factory);
        var name = "Chỉ số " + UniqueName("lon");
        using var file = new StreamContent(new ZeroStream(50L * 1024 * 1024, seekable: withLength));

        using var response = await PostImportAsync(admin, ImportFields(name), file, "rat-lon.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/CriteriaSets/Import?tooLarge=True", response.Headers.Location!.OriginalString);
        using var form = await admin.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("Tệp lớn hơn 5 MB.", FieldMessage(await form.Content.ReadAsStringAsync(), "Input.File"));
        Assert.Equal(before, await SetCountAsync(_factory));
        Assert.Null(await FindSetAsync(_factory, name));
    }

    [Fact]
    public async Task The_template_downloads_as_an_xlsx_in_the_import_format()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        using var response = await admin.GetAsync(new Uri("/Admin/CriteriaSets/Index?handler=Template", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SpreadsheetWorkbooks.ContentType, response.Content.Headers.ContentType?.MediaType);
        var data = await SpreadsheetFiles.ReadOkAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(SpreadsheetColumns.CriteriaSet, data.Headers);
        Assert.Equal(3, data.Rows.Count);
    }

    [Fact]
    public async Task A_commune_user_gets_403_on_the_import_page_and_its_post_and_a_reviewer_of_another_province_on_the_post_and_nothing_is_saved()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var adminToken = await admin.GetAntiforgeryTokenAsync(ImportUrl);
        Assert.False(string.IsNullOrEmpty(adminToken));
        var before = await SetCountAsync(_factory);

        // The clerk may not open the pages at all; the reviewer of tỉnh Quảng Ngãi may, for its own province only.
        foreach (var account in new[] { "t.clerk.camson", "t.reviewer.sonha" })
        {
            using var user = await TestAccounts.SignedInAsync(_factory, account);
            if (account == "t.clerk.camson")
            {
                using var page = await user.GetAsync(new Uri(ImportUrl, UriKind.Relative));
                await AssertForbiddenAsync(user, page);
                using var index = await user.GetAsync(new Uri("/Admin/CriteriaSets/Index?handler=Template", UriKind.Relative));
                await AssertForbiddenAsync(user, index);
            }

            var token = await user.GetAntiforgeryTokenAsync("/Account/ChangePassword");
            using var content = new MultipartFormDataContent();
            foreach (var (key, value) in ImportFields("Chỉ số " + UniqueName("cam")))
            {
                content.Add(new StringContent(value), key);
            }

            content.Add(new StringContent(token), "__RequestVerificationToken");
            content.Add(new ByteArrayContent(SpreadsheetFiles.Utf8(SpreadsheetFiles.CamSonCsv)), "Input.File", "cam-son.csv");
            using var post = await user.PostAsync(new Uri(ImportUrl, UriKind.Relative), content);
            await AssertForbiddenAsync(user, post);
        }

        Assert.Equal(before, await SetCountAsync(_factory));
    }
}
