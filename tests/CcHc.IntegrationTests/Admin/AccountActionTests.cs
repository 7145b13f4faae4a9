using System.Net;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>/Admin/Users/Edit/{id}: the account form and the administrator's actions, through real form posts.</summary>
public sealed class AccountActionTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public AccountActionTests(CcHcWebApplicationFactory factory) => _factory = factory;

    private Task<ApplicationUser> NewClerkAsync(string prefix) =>
        CreateAccountAsync(_factory, new AccountSeed(UniqueName(prefix), "Công chức thử", AppRoles.Clerk, "xã Cẩm Sơn"));

    private static Task<HttpResponseMessage> ActAsync(HttpClient admin, string userId, string handler, Dictionary<string, string>? fields = null) =>
        admin.PostFormAsync($"/Admin/Users/Edit/{userId}", $"/Admin/Users/Edit/{userId}?handler={handler}", fields ?? []);

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_open_session_ends()
    {
        // Every request checks the account's stamp and flags, so the open session ends at once.
        var user = await NewClerkAsync("disabled");
        using var session = await TestAccounts.SignedInAsync(_factory, user.UserName!);
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        using var response = await ActAsync(admin, user.Id, "Disable");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await FindUserAsync(_factory, user.UserName!))!.IsDisabled);
        var (status, html) = await TryLoginAsync(_factory, user.UserName!, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Tài khoản này đã bị vô hiệu hóa", html, StringComparison.Ordinal);
        using var home = await session.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/Login", home.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var page = await GetHtmlAsync(admin, $"/Admin/Users/Edit/{user.Id}");
        Assert.Contains("Đã vô hiệu hóa", page, StringComparison.Ordinal);
        var audited = await WithDbAsync(_factory, db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditAction.AccountChanged && a.EntityId == user.Id && a.UserName == "t.admin" && a.Note!.StartsWith("Vô hiệu hóa")));
        Assert.True(audited);

        using var enable = await ActAsync(admin, user.Id, "Enable");
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TryLoginAsync(_factory, user.UserName!, TestAccounts.Password)).Status);
    }

    [Fact]
    public async Task A_reset_password_lets_the_user_sign_in_with_the_new_one_and_lifts_a_lockout()
    {
        var user = await NewClerkAsync("reset");
        await ChangeUserAsync(_factory, user.Id, (users, u) => users.SetLockoutEndDateAsync(u, DateTimeOffset.UtcNow.AddMinutes(15)));
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        Assert.Contains("Đang bị khóa", await GetHtmlAsync(admin, $"/Admin/Users/Edit/{user.Id}"), StringComparison.Ordinal);

        using var tooShort = await ActAsync(admin, user.Id, "ResetPassword", new() { ["NewPassword.Password"] = "ngan1", ["NewPassword.ConfirmPassword"] = "ngan1" });
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", FieldMessage(await tooShort.Content.ReadAsStringAsync(), "NewPassword.Password"), StringComparison.Ordinal);

        using var response = await ActAsync(admin, user.Id, "ResetPassword", new() { ["NewPassword.Password"] = NewPassword, ["NewPassword.ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TryLoginAsync(_factory, user.UserName!, TestAccounts.Password)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await TryLoginAsync(_factory, user.UserName!, NewPassword)).Status);
        Assert.True(await WithDbAsync(_factory, db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditAction.AccountChanged && a.EntityId == user.Id && a.Note!.StartsWith("Đặt lại mật khẩu"))));
    }

    [Fact]
    public async Task Unlock_lifts_a_lockout_so_the_user_can_sign_in_again()
    {
        var user = await NewClerkAsync("locked");
        await ChangeUserAsync(_factory, user.Id, (users, u) => users.SetLockoutEndDateAsync(u, DateTimeOffset.UtcNow.AddMinutes(15)));
        var (lockedStatus, lockedHtml) = await TryLoginAsync(_factory, user.UserName!, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, lockedStatus);
        Assert.Contains("tạm thời bị khóa", lockedHtml, StringComparison.Ordinal);
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        using var response = await ActAsync(admin, user.Id, "Unlock");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TryLoginAsync(_factory, user.UserName!, TestAccounts.Password)).Status);
        Assert.Contains("Đang hoạt động", await GetHtmlAsync(admin, $"/Admin/Users/Edit/{user.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_changes_name_role_and_scope_and_the_account_keeps_exactly_one_role()
    {
        var user = await NewClerkAsync("promote");
        var office = await OfficeIdAsync(_factory, "Phòng Nội vụ huyện Sơn Hà");
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var stamp = ConcurrencyToken(await GetHtmlAsync(admin, $"/Admin/Users/Edit/{user.Id}"));

        using var response = await admin.PostFormAsync($"/Admin/Users/Edit/{user.Id}", $"/Admin/Users/Edit/{user.Id}", new Dictionary<string, string>
        {
            ["ConcurrencyToken"] = stamp,
            ["Input.DisplayName"] = "Phòng Nội vụ Sơn Hà (mới)",
            ["Input.Role"] = AppRoles.Reviewer,
            ["Input.CommuneId"] = string.Empty,
            ["Input.OversightOfficeId"] = office.ToString(),
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var changed = await FindUserAsync(_factory, user.UserName!);
        Assert.Equal("Phòng Nội vụ Sơn Hà (mới)", changed!.DisplayName);
        Assert.Null(changed.CommuneId);
        Assert.Equal(office, changed.OversightOfficeId);
        Assert.NotEqual(user.SecurityStamp, changed.SecurityStamp);
        Assert.Equal([AppRoles.Reviewer], await RolesOfAsync(_factory, user.Id));

        // A save based on the stamp read before that change is refused and keeps what was typed.
        using var stale = await admin.PostFormAsync($"/Admin/Users/Edit/{user.Id}", $"/Admin/Users/Edit/{user.Id}", new Dictionary<string, string>
        {
            ["ConcurrencyToken"] = stamp,
            ["Input.DisplayName"] = "Tên gõ sau",
            ["Input.Role"] = AppRoles.Reviewer,
            ["Input.OversightOfficeId"] = office.ToString(),
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Người khác đã lưu thay đổi trong lúc bạn đang sửa", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tên gõ sau\"", html, StringComparison.Ordinal);
        Assert.Contains(">Phòng Nội vụ Sơn Hà (mới)</td><td class=\"yours\" style=\"white-space:pre-line\">Tên gõ sau</td>", html, StringComparison.Ordinal);
        Assert.Equal("Phòng Nội vụ Sơn Hà (mới)", (await FindUserAsync(_factory, user.UserName!))!.DisplayName);
    }

    [Fact]
    public async Task The_admin_changes_and_clears_an_accounts_email_address()
    {
        var user = await NewClerkAsync("mail");
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        async Task<HttpResponseMessage> SaveAsync(string email)
        {
            var stamp = ConcurrencyToken(await GetHtmlAsync(admin, $"/Admin/Users/Edit/{user.Id}"));
            return await admin.PostFormAsync($"/Admin/Users/Edit/{user.Id}", $"/Admin/Users/Edit/{user.Id}", new Dictionary<string, string>
            {
                ["ConcurrencyToken"] = stamp,
                ["Input.DisplayName"] = user.DisplayName,
                ["Input.Email"] = email,
                ["Input.Role"] = AppRoles.Clerk,
                ["Input.CommuneId"] = camSon.ToString(),
            });
        }

        using (var saved = await SaveAsync("vanthu.camson@hatinh.gov.vn"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal("vanthu.camson@hatinh.gov.vn", (await FindUserAsync(_factory, user.UserName!))!.Email);
        Assert.Contains("value=\"vanthu.camson@hatinh.gov.vn\"", await GetHtmlAsync(admin, $"/Admin/Users/Edit/{user.Id}"), StringComparison.Ordinal);

        using (var wrong = await SaveAsync("vanthu.camson"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            Assert.StartsWith("Địa chỉ thư điện tử không hợp lệ", FieldMessage(await wrong.Content.ReadAsStringAsync(), "Input.Email"), StringComparison.Ordinal);
        }

        Assert.Equal("vanthu.camson@hatinh.gov.vn", (await FindUserAsync(_factory, user.UserName!))!.Email);

        using (var cleared = await SaveAsync(string.Empty))
        {
            Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        }

        var changed = await FindUserAsync(_factory, user.UserName!);
        Assert.Null(changed!.Email);
        Assert.Null(changed.NormalizedEmail);
    }

    [Fact]
    public async Task The_admin_replaces_a_staff_accounts_positions()
    {
        var user = await CreateAccountAsync(_factory, new AccountSeed(
            UniqueName("staff"), "Công chức thử", AppRoles.Staff, "xã Cẩm Sơn", PositionTitles: ["Công chức Tài chính - Kế toán"]));
        var camSon = user.CommuneId!.Value;
        var own = await WithDbAsync(_factory, db => db.Positions.IgnoreQueryFilters().Where(p => p.CommuneId == camSon).Select(p => p.Id).FirstAsync());
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var url = $"/Admin/Users/Edit/{user.Id}";
        var page = await GetHtmlAsync(admin, url);
        Assert.Contains($"value=\"{user.Positions[0].PositionId}\" id=\"position-{user.Positions[0].PositionId}\" checked=\"checked\"", page, StringComparison.Ordinal);

        using var response = await admin.PostFormAsync(url, url, new List<KeyValuePair<string, string>>
        {
            new("ConcurrencyToken", ConcurrencyToken(page)),
            new("Input.DisplayName", user.DisplayName),
            new("Input.Role", AppRoles.Staff),
            new("Input.CommuneId", camSon.ToString()),
            new("Input.PositionIds", own.ToString()),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([own], (await FindUserAsync(_factory, user.UserName!))!.Positions.Select(p => p.PositionId));
        Assert.Contains("Đã lưu tài khoản", await GetHtmlAsync(admin, url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_can_neither_disable_nor_demote_their_own_account()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var self = (await FindUserAsync(_factory, "t.admin"))!;

        using var disable = await ActAsync(admin, self.Id, "Disable");
        Assert.Contains("Bạn không thể vô hiệu hóa tài khoản của chính mình.", WebUtility.HtmlDecode(await disable.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var stamp = ConcurrencyToken(await GetHtmlAsync(admin, $"/Admin/Users/Edit/{self.Id}"));
        using var demote = await admin.PostFormAsync($"/Admin/Users/Edit/{self.Id}", $"/Admin/Users/Edit/{self.Id}", new Dictionary<string, string>
        {
            ["ConcurrencyToken"] = stamp,
            ["Input.DisplayName"] = self.DisplayName,
            ["Input.Role"] = AppRoles.Clerk,
            ["Input.CommuneId"] = (await CommuneIdAsync(_factory, "xã Cẩm Sơn")).ToString(),
        });
        Assert.Equal("Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình.", FieldMessage(await demote.Content.ReadAsStringAsync(), "Input.Role"));

        var after = (await FindUserAsync(_factory, "t.admin"))!;
        Assert.False(after.IsDisabled);
        Assert.Null(after.CommuneId);
        Assert.Equal([AppRoles.Administrator], await RolesOfAsync(_factory, self.Id));

        // A change to their own name keeps them signed in (their cookie is reissued with the new stamp).
        using var rename = await admin.PostFormAsync($"/Admin/Users/Edit/{self.Id}", $"/Admin/Users/Edit/{self.Id}", new Dictionary<string, string>
        {
            ["ConcurrencyToken"] = stamp,
            ["Input.DisplayName"] = "Quản trị (đổi tên)",
            ["Input.Role"] = AppRoles.Administrator,
        });
        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);
        Assert.Contains("id=\"user-menu\">Quản trị (đổi tên)</a>", await GetHtmlAsync(admin, "/Admin/Users/Index"), StringComparison.Ordinal);
    }
}
