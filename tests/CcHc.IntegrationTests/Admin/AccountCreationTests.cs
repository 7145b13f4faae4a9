using System.Net;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>/Admin/Users/Create and /Admin/Users/Index through the real host, with real form posts.</summary>
public sealed class AccountCreationTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public AccountCreationTests(CcHcWebApplicationFactory factory) => _factory = factory;

    private static Dictionary<string, string> Form(string userName, string role, Guid? commune = null, Guid? office = null, string password = NewPassword) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.DisplayName"] = "Người dùng " + userName,
        ["Input.Role"] = role,
        ["Input.CommuneId"] = commune?.ToString() ?? string.Empty,
        ["Input.OversightOfficeId"] = office?.ToString() ?? string.Empty,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    [Fact]
    public async Task The_admin_creates_a_clerk_for_cam_son_who_signs_in_changes_the_password_and_sees_only_cam_son()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");
        var userName = UniqueName("clerk");

        using var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", Form(userName, AppRoles.Clerk, camSon));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await FindUserAsync(_factory, userName);
        Assert.NotNull(user);
        Assert.Equal(camSon, user.CommuneId);
        Assert.Null(user.OversightOfficeId);
        Assert.Equal([AppRoles.Clerk], await RolesOfAsync(_factory, user.Id));

        Assert.True(user.MustChangePassword);
        using var clerk = await TestAccounts.SignedInAsync(_factory, userName, NewPassword);
        using var changed = await clerk.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = NewPassword, ["Input.NewPassword"] = "Cua-toi-2026x", ["Input.ConfirmPassword"] = "Cua-toi-2026x",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var home = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/", UriKind.Relative)));
        Assert.Contains("xã Cẩm Sơn", home, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Triệu Trạch", home, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Sơn Kỳ", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_gives_an_account_its_email_address_which_the_list_shows_and_a_wrong_one_is_refused_beside_its_field()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");
        var wrongName = UniqueName("bademail");
        var wrong = Form(wrongName, AppRoles.Staff, camSon);
        wrong["Input.Email"] = "congchuc camson@hatinh";

        using var refused = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", wrong);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.StartsWith("Địa chỉ thư điện tử không hợp lệ", FieldMessage(await refused.Content.ReadAsStringAsync(), "Input.Email"), StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(_factory, wrongName));

        var userName = UniqueName("email");
        var form = Form(userName, AppRoles.Staff, camSon);
        form["Input.Email"] = " congchuc.camson@hatinh.gov.vn ";
        using var created = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", form);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await FindUserAsync(_factory, userName);
        Assert.Equal("congchuc.camson@hatinh.gov.vn", user!.Email);
        Assert.Equal("CONGCHUC.CAMSON@HATINH.GOV.VN", user.NormalizedEmail);
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("/Admin/Users?q=congchuc.camson", UriKind.Relative)));
        Assert.Contains("<td class=\"small\">congchuc.camson@hatinh.gov.vn</td>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_refused_beside_the_password_field_and_nothing_is_created()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");
        var userName = UniqueName("short");

        using var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", Form(userName, AppRoles.Clerk, camSon, password: "abc123"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", FieldMessage(html, "Input.Password"), StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(_factory, userName));
    }

    [Fact]
    public async Task A_clerk_without_a_commune_is_refused_beside_the_commune_field_and_nothing_is_created()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var userName = UniqueName("nocommune");

        using var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", Form(userName, AppRoles.Clerk));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Chọn xã cho tài khoản Công chức phụ trách CCHC.", FieldMessage(html, "Input.CommuneId"));
        Assert.Equal(string.Empty, FieldMessage(html, "Input.Password"));
        Assert.Null(await FindUserAsync(_factory, userName));
    }

    [Fact]
    public async Task Scope_rules_and_identity_rules_are_shown_beside_their_fields()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");
        var office = await OfficeIdAsync(_factory, "Phòng Nội vụ huyện Cẩm Xuyên");

        // A reviewer without an office, with a commune, and a user name that is taken and passwords that differ.
        var form = Form("t.clerk.camson", AppRoles.Reviewer, camSon);
        form["Input.ConfirmPassword"] = "khac@2024abc";
        using var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Chọn cơ quan Nội vụ cho tài khoản Phòng/Sở Nội vụ.", FieldMessage(html, "Input.OversightOfficeId"));
        Assert.Contains("không gắn với một xã", FieldMessage(html, "Input.CommuneId"), StringComparison.Ordinal);
        Assert.Equal("Tên đăng nhập \"t.clerk.camson\" đã có người dùng.", FieldMessage(html, "Input.UserName"));
        Assert.Equal("Hai lần nhập mật khẩu không khớp.", FieldMessage(html, "Input.ConfirmPassword"));

        // An administrator belongs to no office.
        var userName = UniqueName("admin");
        using var second = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", Form(userName, AppRoles.Administrator, office: office));
        Assert.Contains("để trống mục này", FieldMessage(await second.Content.ReadAsStringAsync(), "Input.OversightOfficeId"), StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(_factory, userName));
    }

    [Fact]
    public async Task A_staff_account_gets_the_chosen_positions_and_a_foreign_communes_position_is_refused()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");
        var sonKy = await CommuneIdAsync(_factory, "xã Sơn Kỳ");
        var (standard, foreign) = await WithDbAsync(_factory, async db => (
            await db.Positions.IgnoreQueryFilters().Where(p => p.CommuneId == null && p.Title == "Công chức Tài chính - Kế toán").Select(p => p.Id).SingleAsync(),
            await db.Positions.IgnoreQueryFilters().Where(p => p.CommuneId == sonKy).Select(p => p.Id).FirstAsync()));

        var refusedName = UniqueName("staff");
        var refused = Form(refusedName, AppRoles.Staff, camSon).ToList();
        refused.Add(new("Input.PositionIds", foreign.ToString()));
        using var refusedResponse = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", refused);
        Assert.Equal("Chỉ chọn chức danh chung hoặc chức danh của xã đã chọn.", FieldMessage(await refusedResponse.Content.ReadAsStringAsync(), "Input.PositionIds"));
        Assert.Null(await FindUserAsync(_factory, refusedName));

        var userName = UniqueName("staff");
        var form = Form(userName, AppRoles.Staff, camSon).ToList();
        form.Add(new("Input.PositionIds", standard.ToString()));
        using var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await FindUserAsync(_factory, userName);
        Assert.NotNull(user);
        Assert.Equal([standard], user.Positions.Select(p => p.PositionId));
    }

    [Fact]
    public async Task The_account_list_shows_role_labels_scope_and_status_and_filters_by_role_and_text()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        var all = await GetHtmlAsync(admin, "/Admin/Users/Index");
        Assert.Contains("data-user=\"t.reviewer.camxuyen\"", all, StringComparison.Ordinal);
        Assert.Contains("Phòng Nội vụ huyện Cẩm Xuyên", all, StringComparison.Ordinal);
        Assert.Contains("Công chức phụ trách CCHC", all, StringComparison.Ordinal);
        Assert.Contains("Đang hoạt động", all, StringComparison.Ordinal);

        var reviewers = await GetHtmlAsync(admin, "/Admin/Users/Index?role=Reviewer");
        Assert.Contains("data-user=\"t.reviewer.sonha\"", reviewers, StringComparison.Ordinal);
        Assert.DoesNotContain("data-user=\"t.clerk.camson\"", reviewers, StringComparison.Ordinal);

        var search = await GetHtmlAsync(admin, "/Admin/Users/Index?q=CAMSON");
        Assert.Contains("data-user=\"t.clerk.camson\"", search, StringComparison.Ordinal);
        Assert.DoesNotContain("data-user=\"t.clerk.sonky\"", search, StringComparison.Ordinal);
    }
}
