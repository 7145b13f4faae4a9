using System.Net;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>/Admin/Communes: communes and offices created and edited through the domain, with field messages and conflicts.</summary>
public sealed class CommuneAdministrationTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public CommuneAdministrationTests(CcHcWebApplicationFactory factory) => _factory = factory;

    private static Dictionary<string, string> CommuneForm(string name, Guid? office, string district = "huyện Cẩm Xuyên", string province = "tỉnh Hà Tĩnh") => new()
    {
        ["Input.Name"] = name,
        ["Input.District"] = district,
        ["Input.Province"] = province,
        ["Input.PlaceName"] = name.Replace("xã ", string.Empty, StringComparison.Ordinal),
        ["Input.IssuingBodyName"] = "ỦY BAN NHÂN DÂN\r\n  " + name.Replace("xã ", "XÃ ", StringComparison.Ordinal).ToUpperInvariant() + "\r\n",
        ["Input.ChairmanName"] = "Nguyễn Văn A",
        ["Input.OversightOfficeId"] = office?.ToString() ?? string.Empty,
    };

    [Fact]
    public async Task The_admin_creates_a_commune_with_its_office_and_a_duplicate_name_gives_a_field_message()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var office = await OfficeIdAsync(_factory, "Phòng Nội vụ huyện Cẩm Xuyên");
        var name = "xã " + UniqueName("Cẩm Mới");

        using var created = await admin.PostFormAsync("/Admin/Communes/Edit", "/Admin/Communes/Edit", CommuneForm(name, office));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var commune = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Name == name));
        Assert.Equal(office, commune.OversightOfficeId);
        Assert.Equal("Nguyễn Văn A", commune.ChairmanName);
        Assert.Equal("ỦY BAN NHÂN DÂN\n" + name.Replace("xã ", "XÃ ", StringComparison.Ordinal).ToUpperInvariant(), commune.IssuingBodyName);
        var list = await GetHtmlAsync(admin, "/Admin/Communes/Index");
        Assert.Contains($"data-commune=\"{name}\"", list, StringComparison.Ordinal);

        var count = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().CountAsync());
        using var duplicate = await admin.PostFormAsync("/Admin/Communes/Edit", "/Admin/Communes/Edit", CommuneForm("xã Cẩm Sơn", office));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        var html = await duplicate.Content.ReadAsStringAsync();
        Assert.Equal("Đã có xã Cẩm Sơn thuộc huyện Cẩm Xuyên, tỉnh Hà Tĩnh. Mỗi xã chỉ khai báo một lần.", FieldMessage(html, "Input.Name"));
        Assert.Equal(count, await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().CountAsync()));

        // Renaming another commune onto an existing name is refused the same way.
        var editUrl = $"/Admin/Communes/Edit/{commune.Id}";
        var form = CommuneForm("xã Cẩm Sơn", office);
        form["ConcurrencyToken"] = ConcurrencyToken(await GetHtmlAsync(admin, editUrl));
        using var rename = await admin.PostFormAsync(editUrl, editUrl, form);
        Assert.Contains("Mỗi xã chỉ khai báo một lần.", FieldMessage(await rename.Content.ReadAsStringAsync(), "Input.Name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_edit_of_a_commune_is_refused_with_a_vietnamese_conflict_message_that_keeps_the_input()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var sonKy = await CommuneIdAsync(_factory, "xã Sơn Kỳ");
        var office = await OfficeIdAsync(_factory, "Phòng Nội vụ huyện Sơn Hà");
        var url = $"/Admin/Communes/Edit/{sonKy}";
        var stamp = ConcurrencyToken(await GetHtmlAsync(admin, url));

        var first = CommuneForm("xã Sơn Kỳ", office, "huyện Sơn Hà", "tỉnh Quảng Ngãi");
        first["Input.ChairmanName"] = "Người thứ nhất";
        first["ConcurrencyToken"] = stamp;
        using var saved = await admin.PostFormAsync(url, url, first);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var second = CommuneForm("xã Sơn Kỳ", office, "huyện Sơn Hà", "tỉnh Quảng Ngãi");
        second["Input.ChairmanName"] = "Người thứ hai";
        second["ConcurrencyToken"] = stamp;
        using var stale = await admin.PostFormAsync(url, url, second);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Người khác đã lưu thay đổi trong lúc bạn đang sửa", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Người thứ hai\"", html, StringComparison.Ordinal);
        Assert.Equal("Người thứ nhất", await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().Where(c => c.Id == sonKy).Select(c => c.ChairmanName).SingleAsync()));

        // Saving again from the conflict page applies the administrator's input deliberately.
        second["ConcurrencyToken"] = ConcurrencyToken(html);
        using var again = await admin.PostFormAsync(url, url, second);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Người thứ hai", await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().Where(c => c.Id == sonKy).Select(c => c.ChairmanName).SingleAsync()));
    }

    [Fact]
    public async Task The_admin_creates_and_renames_an_office_and_a_duplicate_office_name_gives_a_field_message()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Sở Nội vụ " + UniqueName("tỉnh");

        using var created = await admin.PostFormAsync("/Admin/Communes/EditOffice", "/Admin/Communes/EditOffice", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.District"] = string.Empty,
            ["Input.Province"] = "tỉnh Hà Tĩnh",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var office = await WithDbAsync(_factory, db => db.OversightOffices.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Name == name));
        Assert.Null(office.District);
        Assert.Contains($"data-office=\"{name}\"", await GetHtmlAsync(admin, "/Admin/Communes/Index"), StringComparison.Ordinal);
        Assert.Contains($">{name}</option>", await GetHtmlAsync(admin, "/Admin/Communes/Edit"), StringComparison.Ordinal);

        var url = $"/Admin/Communes/EditOffice/{office.Id}";
        using var duplicate = await admin.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Input.Name"] = "Phòng Nội vụ huyện Sơn Hà",
            ["Input.Province"] = "tỉnh Quảng Ngãi",
            ["ConcurrencyToken"] = ConcurrencyToken(await GetHtmlAsync(admin, url)),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Equal("Đã có cơ quan tên \"Phòng Nội vụ huyện Sơn Hà\". Tên cơ quan Nội vụ không được trùng.",
            FieldMessage(await duplicate.Content.ReadAsStringAsync(), "Input.Name"));

        using var renamed = await admin.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Input.Name"] = name + " (mới)",
            ["Input.Province"] = "tỉnh Hà Tĩnh",
            ["ConcurrencyToken"] = ConcurrencyToken(await GetHtmlAsync(admin, url)),
        });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(name + " (mới)", await WithDbAsync(_factory, db => db.OversightOffices.IgnoreQueryFilters().Where(o => o.Id == office.Id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_rename_of_an_office_is_refused_with_the_conflict_and_keeps_the_input()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "Sở Nội vụ " + UniqueName("tỉnh");
        using var created = await admin.PostFormAsync("/Admin/Communes/EditOffice", "/Admin/Communes/EditOffice", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Province"] = "tỉnh Hà Tĩnh",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = $"/Admin/Communes/EditOffice/{(await WithDbAsync(_factory, db => db.OversightOffices.IgnoreQueryFilters().SingleAsync(o => o.Name == name))).Id}";
        var stamp = ConcurrencyToken(await GetHtmlAsync(admin, url));

        using var first = await admin.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Input.Name"] = name + " (thứ nhất)", ["Input.Province"] = "tỉnh Hà Tĩnh", ["ConcurrencyToken"] = stamp,
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var stale = await admin.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Input.Name"] = name + " (thứ hai)", ["Input.Province"] = "tỉnh Hà Tĩnh", ["ConcurrencyToken"] = stamp,
        });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Người khác đã lưu thay đổi trong lúc bạn đang sửa", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{name} (thứ hai)\"", html, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(_factory, db => db.OversightOffices.IgnoreQueryFilters().AnyAsync(o => o.Name == name + " (thứ nhất)")));
    }

    [Fact]
    public async Task Missing_commune_fields_are_shown_beside_each_field()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        using var response = await admin.PostFormAsync("/Admin/Communes/Edit", "/Admin/Communes/Edit", new Dictionary<string, string> { ["Input.Name"] = "xã Thiếu" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(string.Empty, FieldMessage(html, "Input.District")); // optional: no district since 1/7/2025
        Assert.Equal("Nhập tỉnh.", FieldMessage(html, "Input.Province"));
        Assert.Equal("Nhập địa danh.", FieldMessage(html, "Input.PlaceName"));
        Assert.Equal("Nhập tên cơ quan ban hành.", FieldMessage(html, "Input.IssuingBodyName"));
    }
}
