using System.Net;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.IntegrationTests.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;
using static CcHc.IntegrationTests.Admin.CriteriaSetTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>/Admin/CriteriaSets Edit, Copy and Export through real form posts: the tree edited in place, concurrency, scored nodes kept.</summary>
public sealed class CriteriaSetEditPageTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public CriteriaSetEditPageTests(CcHcWebApplicationFactory factory) => _factory = factory;

    private static int _year = 2040;

    /// <summary>
    /// A fresh set of Cẩm Sơn's fields imported through the page, each for a year of its own (the same content for the
    /// same province and year would be refused as a second copy); returns its id.
    /// </summary>
    private static async Task<Guid> ImportedSetAsync(HttpClient admin)
    {
        var year = Interlocked.Increment(ref _year);
        using var response = await PostImportAsync(admin, ImportFields("Chỉ số CCHC " + UniqueName("sua"), year), SpreadsheetFiles.Utf8(SpreadsheetFiles.CamSonCsv), "cam-son.csv");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return RedirectId(response);
    }

    private static string EditUrl(Guid id) => $"/Admin/CriteriaSets/Edit/{id}";

    /// <summary>"Nodes[3]" for the row of the node with <paramref name="code"/>, read from the form's hidden ids.</summary>
    private static string Prefix(HtmlForm form, CriteriaSet set, string code)
    {
        var id = set.Nodes.Single(n => n.Code == code).Id.ToString();
        return form.Fields.First(f => f.Key.EndsWith(".Id", StringComparison.Ordinal) && f.Value == id).Key[..^".Id".Length];
    }

    [Fact]
    public async Task The_admin_edits_codes_titles_and_maxima_in_place_with_decimal_commas()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var id = await ImportedSetAsync(admin);
        var set = await SetAsync(_factory, id);
        var form = HtmlForm.Parse(await GetHtmlAsync(admin, EditUrl(id)), "nodes-form");
        var row = Prefix(form, set, "1.1");
        form[row + ".Title"] = "  Thực hiện Kế hoạch CCHC năm  ";
        form[row + ".MaxScore"] = "1,75";
        form[row + ".Code"] = "1.1a";

        using var response = await admin.SubmitAsync(EditUrl(id), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var node = (await SetAsync(_factory, id)).Nodes.Single(n => n.Code == "1.1a");
        Assert.Equal(("Thực hiện Kế hoạch CCHC năm", 1.75m), (node.Title, node.MaxScore));
        Assert.Contains("Đã lưu 1 tiêu chí.", await GetHtmlAsync(admin, EditUrl(id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_values_are_shown_beside_their_fields_and_nothing_is_saved()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var id = await ImportedSetAsync(admin);
        var set = await SetAsync(_factory, id);
        var form = HtmlForm.Parse(await GetHtmlAsync(admin, EditUrl(id)), "nodes-form");
        var first = Prefix(form, set, "1.1");
        var second = Prefix(form, set, "1.2");
        form[first + ".MaxScore"] = "1,2,3";
        form[second + ".Title"] = " ";
        form[second + ".Code"] = "1.1";

        using var response = await admin.SubmitAsync(EditUrl(id), form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("\"1,2,3\" không phải là số điểm (ví dụ 14,5; tối đa 2 chữ số thập phân).", FieldMessage(html, first + ".MaxScore"));
        Assert.Equal("Nhập nội dung tiêu chí.", FieldMessage(html, second + ".Title"));
        Assert.Equal("Mã \"1.1\" trùng với một tiêu chí khác của bộ.", FieldMessage(html, second + ".Code"));
        Assert.Contains("value=\"1,2,3\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(SpreadsheetFiles.CamSonNodes, SpreadsheetFiles.Shape(await SetAsync(_factory, id)));
    }

    [Fact]
    public async Task A_field_and_a_child_are_added_under_their_parent_and_a_node_is_removed_with_its_subtree()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var id = await ImportedSetAsync(admin);
        var set = await SetAsync(_factory, id);
        var field1 = set.Nodes.Single(n => n.Code == "1");

        var add = HtmlForm.Parse(await GetHtmlAsync(admin, $"{EditUrl(id)}?parentId={field1.Id}"), "add-form");
        Assert.Equal(field1.Id.ToString(), add["NewNode.ParentId"]);
        add["NewNode.Code"] = "1.1";
        add["NewNode.MaxScore"] = "0,125";
        using (var refused = await admin.SubmitAsync($"{EditUrl(id)}?handler=Add", add))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal("Mã \"1.1\" trùng với một tiêu chí khác của bộ.", FieldMessage(html, "NewNode.Code"));
            Assert.Equal("Nhập nội dung tiêu chí.", FieldMessage(html, "NewNode.Title"));
            Assert.Equal("\"0,125\" không phải là số điểm (ví dụ 14,5; tối đa 2 chữ số thập phân).", FieldMessage(html, "NewNode.MaxScore"));
        }

        add["NewNode.Code"] = "1.3";
        add["NewNode.Title"] = "Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC";
        add["NewNode.MaxScore"] = "2";
        using (var added = await admin.SubmitAsync($"{EditUrl(id)}?handler=Add", add))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var field = HtmlForm.Parse(await GetHtmlAsync(admin, EditUrl(id)), "add-form");
        field["NewNode.ParentId"] = string.Empty;
        field["NewNode.Code"] = "9";
        field["NewNode.Title"] = "Lĩnh vực thêm";
        using (var addedField = await admin.SubmitAsync($"{EditUrl(id)}?handler=Add", field))
        {
            Assert.Equal(HttpStatusCode.Redirect, addedField.StatusCode);
        }

        set = await SetAsync(_factory, id);
        var shape = SpreadsheetFiles.Shape(set);
        Assert.Equal(("1.3", "Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC", 2, (decimal?)2m), shape[3]);
        Assert.Equal(("9", "Lĩnh vực thêm", 1, (decimal?)null), shape[^1]);

        // Removing field 7 takes 7.1 with it; the other rows' edits in the same form are kept.
        var nodes = HtmlForm.Parse(await GetHtmlAsync(admin, EditUrl(id)), "nodes-form");
        nodes[Prefix(nodes, set, "2") + ".Title"] = "Cải cách thể chế (sửa)";
        var field7 = set.Nodes.Single(n => n.Code == "7").Id;
        using var removed = await admin.SubmitAsync($"{EditUrl(id)}?handler=Remove&nodeId={field7}", nodes);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        set = await SetAsync(_factory, id);
        Assert.DoesNotContain(set.Nodes, n => n.Code is "7" or "7.1");
        Assert.Equal("Cải cách thể chế (sửa)", set.Nodes.Single(n => n.Code == "2").Title);
        Assert.Equal(Enumerable.Range(0, set.Nodes.Count), set.Nodes.Select(n => n.Order));
        Assert.Contains("Đã xóa \"7. Xây dựng, phát triển chính quyền điện tử, chính quyền số\" và 1 tiêu chí con.", await GetHtmlAsync(admin, EditUrl(id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_with_recorded_scores_cannot_be_removed_nor_get_a_maximum_below_them()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var id = await SeedSetIdAsync(_factory, "xã Cẩm Sơn");
        var set = await SetAsync(_factory, id);
        var html = await GetHtmlAsync(admin, EditUrl(id));
        Assert.Contains("1 kết quả thẩm định dùng bộ này", html, StringComparison.Ordinal);
        var field1 = set.Fields.First();
        var nodes = HtmlForm.Parse(html, "nodes-form");

        using var refused = await admin.SubmitAsync($"{EditUrl(id)}?handler=Remove&nodeId={field1.Id}", nodes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Không xóa được \"Chỉ đạo điều hành\": đã có 6 điểm của các kết quả thẩm định ghi cho tiêu chí này hoặc tiêu chí con của nó.",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(set.Nodes.Count, (await SetAsync(_factory, id)).Nodes.Count);

        // Field 1 was appraised 9,13: its maximum cannot drop to 9.
        var row = nodes.Fields.First(f => f.Key.EndsWith(".Id", StringComparison.Ordinal) && f.Value == field1.Id.ToString()).Key[..^3];
        nodes[row + ".MaxScore"] = "9";
        using var lowered = await admin.SubmitAsync(EditUrl(id), nodes);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lowered.StatusCode);
        Assert.Equal("Đã có kết quả chấm 9,13 điểm cho tiêu chí này; điểm tối đa không được nhỏ hơn.", FieldMessage(await lowered.Content.ReadAsStringAsync(), row + ".MaxScore"));
        Assert.Equal(11m, (await SetAsync(_factory, id)).Nodes.Single(n => n.Id == field1.Id).MaxScore);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_the_conflict_and_keeps_the_input()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var id = await ImportedSetAsync(admin);
        var set = await SetAsync(_factory, id);
        var html = await GetHtmlAsync(admin, EditUrl(id));
        var first = HtmlForm.Parse(html, "nodes-form");
        var second = HtmlForm.Parse(html, "nodes-form");
        first[Prefix(first, set, "2") + ".Title"] = "Người thứ nhất";
        using (var saved = await admin.SubmitAsync(EditUrl(id), first))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        second[Prefix(second, set, "2") + ".Title"] = "Người thứ hai";
        using var stale = await admin.SubmitAsync(EditUrl(id), second);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Người khác đã lưu thay đổi trong lúc bạn đang sửa", conflict, StringComparison.Ordinal);
        Assert.Contains(">Người thứ hai</textarea>", conflict, StringComparison.Ordinal);
        Assert.Equal("Người thứ nhất", (await SetAsync(_factory, id)).Nodes.Single(n => n.Code == "2").Title);

        // The bands form of the old page is stale too.
        var bands = HtmlForm.Parse(html, "bands-form");
        using (var staleBands = await admin.SubmitAsync($"{EditUrl(id)}?handler=Bands", bands))
        {
            Assert.Equal(HttpStatusCode.Conflict, staleBands.StatusCode);
        }

        // Saving again from the conflict page applies the second edit deliberately.
        using var again = await admin.SubmitAsync(EditUrl(id), HtmlForm.Parse(conflict, "nodes-form"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Người thứ hai", (await SetAsync(_factory, id)).Nodes.Single(n => n.Code == "2").Title);
    }

    [Fact]
    public async Task The_classification_bands_are_edited_as_label_and_minimum_percent()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var id = await ImportedSetAsync(admin);
        var form = HtmlForm.Parse(await GetHtmlAsync(admin, EditUrl(id)), "bands-form");
        Assert.Equal(("Tốt", "90"), (form["Bands[0].Label"], form["Bands[0].MinPercent"]));
        form["Bands[0].MinPercent"] = "92,5";
        form["Bands[3].Label"] = string.Empty;
        form["Bands[3].MinPercent"] = string.Empty;
        form["Bands[4].Label"] = "Xuất sắc";
        form["Bands[4].MinPercent"] = "98";

        using var response = await admin.SubmitAsync($"{EditUrl(id)}?handler=Bands", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var bands = (await SetAsync(_factory, id)).ClassificationBands;
        Assert.Equal([new("Xuất sắc", 98m), new("Tốt", 92.5m), new("Khá", 70m), new ClassificationBand("Trung bình", 50m)], bands);

        var bad = HtmlForm.Parse(await GetHtmlAsync(admin, EditUrl(id)), "bands-form");
        bad["Bands[1].MinPercent"] = "120";
        using var refused = await admin.SubmitAsync($"{EditUrl(id)}?handler=Bands", bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Nhập tỷ lệ từ 0 đến 100 (ví dụ 90 hoặc 82,5).", FieldMessage(await refused.Content.ReadAsStringAsync(), "Bands[1].MinPercent"));
    }

    [Fact]
    public async Task A_set_is_copied_to_another_year_with_its_tree_and_bands()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var source = await SetAsync(_factory, await SeedSetIdAsync(_factory, "xã Cẩm Sơn"));
        var url = $"/Admin/CriteriaSets/Copy/{source.Id}";
        var form = HtmlForm.Parse(await GetHtmlAsync(admin, url), "copy-form");
        Assert.Equal("2024", form["Input.Year"]);
        Assert.Contains("2024", form["Input.Name"], StringComparison.Ordinal);
        form["Input.Name"] = "Bản sao " + UniqueName("cam-son");

        using var response = await admin.SubmitAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await SetAsync(_factory, RedirectId(response));
        Assert.Equal((form["Input.Name"], 2024, source.Coverage), (copy.Name, copy.Year, copy.Coverage));

        // A copy for the source's own year would be a second identical set.
        var sameYear = HtmlForm.Parse(await GetHtmlAsync(admin, url), "copy-form");
        sameYear["Input.Name"] = "Bản sao cùng năm " + UniqueName("cam-son");
        sameYear["Input.Year"] = source.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var refused = await admin.SubmitAsync(url, sameYear);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.StartsWith($"Bộ sao chép sẽ giống hệt bộ \"{source.Name}\" năm {source.Year}.", FieldMessage(await refused.Content.ReadAsStringAsync(), "Input.Year"), StringComparison.Ordinal);
        Assert.Equal(SpreadsheetFiles.Shape(source), SpreadsheetFiles.Shape(copy));
        Assert.Equal(source.ClassificationBands, copy.ClassificationBands);
        Assert.NotEqual(source.Id, copy.Id);

        using var duplicate = await admin.SubmitAsync(url, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.StartsWith("Đã có bộ tiêu chí", FieldMessage(await duplicate.Content.ReadAsStringAsync(), "Input.Name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_of_a_seed_set_reimports_to_the_same_tree()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var set = await SetAsync(_factory, await SeedSetIdAsync(_factory, "xã Cẩm Sơn"));

        using var response = await admin.GetAsync(new Uri($"/Admin/CriteriaSets/Export/{set.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SpreadsheetWorkbooks.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("-2023.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var again = await SpreadsheetFiles.ImportSetAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(SpreadsheetFiles.Shape(set), SpreadsheetFiles.Shape(again));

        var list = await GetHtmlAsync(admin, "/Admin/CriteriaSets/Index");
        Assert.Contains($"data-set-id=\"{set.Id}\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commune_user_gets_403_on_every_criteria_set_page()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var id = await SeedSetIdAsync(_factory, "xã Cẩm Sơn");
        var before = await WithDbAsync(_factory, db => db.CriterionNodes.CountAsync());

        foreach (var url in new[] { "/Admin/CriteriaSets/Index", EditUrl(id), $"/Admin/CriteriaSets/Copy/{id}", $"/Admin/CriteriaSets/Export/{id}" })
        {
            using var response = await clerk.GetAsync(new Uri(url, UriKind.Relative));
            await AssertForbiddenAsync(clerk, response);
        }

        var token = await clerk.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        foreach (var url in new[] { $"{EditUrl(id)}?handler=Add", $"/Admin/CriteriaSets/Copy/{id}" })
        {
            using var response = await clerk.PostFormWithTokenAsync(url, token, new Dictionary<string, string>
            {
                ["NewNode.Title"] = "Không được thêm",
                ["Input.Name"] = "Không được sao chép",
                ["Input.Year"] = "2030",
            });
            await AssertForbiddenAsync(clerk, response);
        }

        Assert.Equal(before, await WithDbAsync(_factory, db => db.CriterionNodes.CountAsync()));
    }
}
