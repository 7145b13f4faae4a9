using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>Every admin page and handler refuses a commune user (403), on GET and on a real POST, and changes nothing.</summary>
public sealed class AdminAccessTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public AdminAccessTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task A_clerk_gets_403_on_every_admin_page_and_handler_and_nothing_changes()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var target = (await FindUserAsync(_factory, "t.chairman.camson"))!;
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");
        var office = await OfficeIdAsync(_factory, "Phòng Nội vụ huyện Cẩm Xuyên");
        var before = await SnapshotAsync();

        string[] pages =
        [
            "/Admin/Users/Index", "/Admin/Users/Create", $"/Admin/Users/Edit/{target.Id}",
            "/Admin/Communes/Index", "/Admin/Communes/Edit", $"/Admin/Communes/Edit/{camSon}",
            "/Admin/Communes/EditOffice", $"/Admin/Communes/EditOffice/{office}", "/Admin/Audit/Index",
        ];
        foreach (var page in pages)
        {
            using var response = await clerk.GetAsync(new Uri(page, UriKind.Relative));
            await AssertForbiddenAsync(clerk, response);
        }

        // The clerk's own antiforgery token (from a page they may open), so only authorization can refuse the posts.
        var token = await clerk.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        var userName = UniqueName("forbidden");
        (string Url, Dictionary<string, string> Fields)[] posts =
        [
            ("/Admin/Users/Create", new()
            {
                ["Input.UserName"] = userName, ["Input.DisplayName"] = "X", ["Input.Role"] = AppRoles.Administrator,
                ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
            }),
            ($"/Admin/Users/Edit/{target.Id}", new()
            {
                ["ConcurrencyToken"] = target.ConcurrencyStamp!, ["Input.DisplayName"] = "Đã bị sửa", ["Input.Role"] = AppRoles.Administrator,
            }),
            ($"/Admin/Users/Edit/{target.Id}?handler=ResetPassword", new() { ["NewPassword.Password"] = NewPassword, ["NewPassword.ConfirmPassword"] = NewPassword }),
            ($"/Admin/Users/Edit/{target.Id}?handler=Disable", []),
            ($"/Admin/Users/Edit/{target.Id}?handler=Enable", []),
            ($"/Admin/Users/Edit/{target.Id}?handler=Unlock", []),
            ("/Admin/Communes/Edit", CommuneForm("xã Mới Lập")),
            ($"/Admin/Communes/Edit/{camSon}", CommuneForm("xã Cẩm Sơn (đã sửa)")),
            ("/Admin/Communes/EditOffice", new() { ["Input.Name"] = "Sở Nội vụ tỉnh Mới", ["Input.Province"] = "tỉnh Mới" }),
            ($"/Admin/Communes/EditOffice/{office}", new() { ["Input.Name"] = "Phòng đã đổi tên", ["Input.Province"] = "tỉnh Hà Tĩnh" }),
        ];
        foreach (var (url, fields) in posts)
        {
            using var response = await clerk.PostFormWithTokenAsync(url, token, fields);
            await AssertForbiddenAsync(clerk, response);
        }

        Assert.Equal(before, await SnapshotAsync());
        Assert.Null(await FindUserAsync(_factory, userName));
        Assert.Equal(target.PasswordHash, (await FindUserAsync(_factory, "t.chairman.camson"))!.PasswordHash);
    }

    private static Dictionary<string, string> CommuneForm(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.District"] = "huyện Cẩm Xuyên",
        ["Input.Province"] = "tỉnh Hà Tĩnh",
        ["Input.PlaceName"] = "Cẩm Sơn",
        ["Input.IssuingBodyName"] = "ỦY BAN NHÂN DÂN",
    };

    /// <summary>What an admin page could change: accounts (with their stamps), communes, offices.</summary>
    private Task<string> SnapshotAsync() => WithDbAsync(_factory, async db =>
    {
        var users = (await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync())
            .Select(u => $"{u.Id}|{u.UserName}|{u.DisplayName}|{u.IsDisabled}|{u.SecurityStamp}|{u.ConcurrencyStamp}|{u.CommuneId}|{u.OversightOfficeId}|{u.LockoutEnd}");
        var communes = await db.Communes.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var offices = await db.OversightOffices.IgnoreQueryFilters().AsNoTracking().OrderBy(o => o.Id).ToListAsync();
        return string.Join('\n', users
            .Concat(communes.Select(c => $"{c.Id}|{c.Name}|{c.District}|{c.Province}|{c.ChairmanName}|{c.OversightOfficeId}"))
            .Concat(offices.Select(o => $"{o.Id}|{o.Name}|{o.District}|{o.Province}")));
    });
}
