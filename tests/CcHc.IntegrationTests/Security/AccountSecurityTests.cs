using System.Net;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Security;

public sealed class AccountSecurityTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public AccountSecurityTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task Five_failed_logins_lock_the_account_for_fifteen_minutes_even_with_the_right_password_after()
    {
        var userName = await CreateClerkAsync("t.lockout");
        using var client = TestAccounts.Anonymous(_factory);

        for (var i = 0; i < 5; i++)
        {
            using var failed = await LoginAsync(client, userName, "Sai-mat-khau-1");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var locked = await LoginAsync(client, userName, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("tạm thời bị khóa", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var lockoutEnd = await WithUserAsync(userName, u => u.LockoutEnd);
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
        // Four plain failures; the fifth locks the account; the right password then meets the lock.
        Assert.Equal(
            [AuditAction.LoginFailed, AuditAction.LoginFailed, AuditAction.LoginFailed, AuditAction.LoginFailed, AuditAction.LockedOut, AuditAction.LockedOut],
            await AuditActionsAsync(userName));
    }

    [Fact]
    public async Task A_failed_and_a_successful_login_are_both_audited()
    {
        var userName = await CreateClerkAsync("t.audit.login");
        using var client = TestAccounts.Anonymous(_factory);

        using var failed = await LoginAsync(client, userName, "Sai-mat-khau-1");
        using var ok = await LoginAsync(client, userName, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var actions = await AuditActionsAsync(userName);
        Assert.Equal([AuditAction.LoginFailed, AuditAction.LoginSucceeded], actions);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_lax()
    {
        var userName = await CreateClerkAsync("t.cookie");
        using var client = TestAccounts.Anonymous(_factory);

        using var response = await LoginAsync(client, userName, TestAccounts.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("CcHc.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_rejected()
    {
        using var client = TestAccounts.Anonymous(_factory);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = "t.admin", ["Input.Password"] = TestAccounts.Password });

        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_user_changes_their_own_password_and_a_too_short_one_is_refused_beside_the_field()
    {
        var userName = await CreateClerkAsync("t.changepw");
        using var client = await TestAccounts.SignedInAsync(_factory, userName);

        using var tooShort = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestAccounts.Password, ["Input.NewPassword"] = "ngan1", ["Input.ConfirmPassword"] = "ngan1",
        });
        Assert.Contains("Mật khẩu mới phải có từ 10 ký tự", WebUtility.HtmlDecode(await tooShort.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var changed = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestAccounts.Password, ["Input.NewPassword"] = "matkhaumoi2026", ["Input.ConfirmPassword"] = "matkhaumoi2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        using var relogin = await LoginAsync(TestAccounts.Anonymous(_factory), userName, "matkhaumoi2026");
        Assert.Equal(HttpStatusCode.Redirect, relogin.StatusCode);
    }

    private async Task<string> CreateClerkAsync(string userName)
    {
        await TestAccounts.EnsureCreatedAsync(_factory);
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>()
            .SeedAccountsAsync([new AccountSeed(userName, userName, AppRoles.Clerk, "xã Cẩm Sơn")], TestAccounts.Password);
        return userName;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

    private async Task<T> WithUserAsync<T>(string userName, Func<ApplicationUser, T> read)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName);
        return read(user!);
    }

    private Task<List<AuditAction>> AuditActionsAsync(string userName) => DatabaseProbe.QueryAsync(_factory, db =>
        db.AuditEntries.Where(a => a.EntityType == "Account" && a.Note == userName).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
}
