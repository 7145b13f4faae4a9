using System.Net;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Security;

/// <summary>
/// Sessions end on the server at logout; accounts whose password an administrator set must change it first; a missing
/// user name costs a password verification like a real one. Real host, real form posts with antiforgery tokens.
/// </summary>
public sealed class SessionTests : IClassFixture<SessionTests.CountingFactory>
{
    private const string ChosenPassword = "Cua-toi-2026x";

    private readonly CountingFactory _factory;

    public SessionTests(CountingFactory factory) => _factory = factory;

    /// <summary>The real host, its password hasher wrapped to count verifications.</summary>
    public sealed class CountingFactory : CcHcWebApplicationFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<ApplicationUser>>(Hasher));
        }
    }

    /// <summary>Identity's own PBKDF2 hasher, counting calls to VerifyHashedPassword.</summary>
    public sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new(Options.Create(new PasswordHasherOptions()));
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task After_logout_a_replayed_copy_of_the_session_cookie_is_sent_to_the_login_page()
    {
        var user = await NewClerkAsync("logout");
        using var browser = TestAccounts.Anonymous(_factory);
        using var login = await LoginAsync(browser, user.UserName!, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = AuthCookie(login);
        using var otherDevice = await TestAccounts.SignedInAsync(_factory, user.UserName!);

        using (var before = await ReplayAsync(cookie, "/"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var logout = await browser.PostFormAsync("/", "/Account/Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/Account/Login", logout.Headers.Location?.OriginalString);

        using var replayed = await ReplayAsync(cookie, "/");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/Account/Login", replayed.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var replayedElsewhere = await ReplayAsync(cookie, "/Account/ChangePassword");
        Assert.Equal(HttpStatusCode.Redirect, replayedElsewhere.StatusCode);

        // Logging out ends every session of the account (the stamp is the account's): the other device signs in again.
        using var other = await otherDevice.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/Account/Login", other.Headers.Location?.OriginalString, StringComparison.Ordinal);

        // Signing in again works, with a new cookie.
        using var again = await LoginAsync(TestAccounts.Anonymous(_factory), user.UserName!, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        using var fresh = await ReplayAsync(AuthCookie(again), "/");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task An_account_created_by_the_administrator_must_change_its_password_before_any_other_page()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var userName = UniqueName("moi");
        using var created = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "Công chức mới",
            ["Input.Role"] = AppRoles.Clerk,
            ["Input.CommuneId"] = (await CommuneIdAsync(_factory, "xã Cẩm Sơn")).ToString(),
            ["Input.OversightOfficeId"] = string.Empty,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True((await FindUserAsync(_factory, userName))!.MustChangePassword);

        using var clerk = TestAccounts.Anonymous(_factory);
        using var login = await LoginAsync(clerk, userName, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/Account/ChangePassword", login.Headers.Location?.OriginalString);

        foreach (var page in new[] { "/", "/Dashboard", "/Tasks", "/Verify", "/Account/Login" })
        {
            using var response = await clerk.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/ChangePassword", response.Headers.Location?.OriginalString);
        }

        // A form post elsewhere is turned back as well; static files are served.
        var token = await clerk.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using var post = await clerk.PostFormWithTokenAsync("/Assessments/Create", token, new Dictionary<string, string> { ["Input.Year"] = "2030" });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/Account/ChangePassword", post.Headers.Location?.OriginalString);
        using var script = await clerk.GetAsync(new Uri("/js/unsaved.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);

        var form = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/Account/ChangePassword", UriKind.Relative)));
        Assert.Contains("Mật khẩu của tài khoản này do quản trị viên cấp", form, StringComparison.Ordinal);

        using var same = await ChangePasswordAsync(clerk, NewPassword, NewPassword);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Contains("Mật khẩu mới phải khác mật khẩu hiện tại.", WebUtility.HtmlDecode(await same.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True((await FindUserAsync(_factory, userName))!.MustChangePassword);

        using var changed = await ChangePasswordAsync(clerk, NewPassword, ChosenPassword);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.False((await FindUserAsync(_factory, userName))!.MustChangePassword);
        using var home = await clerk.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("xã Cẩm Sơn", WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var relogin = await LoginAsync(TestAccounts.Anonymous(_factory), userName, ChosenPassword);
        Assert.Equal("/", relogin.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_password_reset_by_the_administrator_must_be_changed_and_logout_stays_open_meanwhile()
    {
        var user = await NewClerkAsync("datlai");
        using var before = await TestAccounts.SignedInAsync(_factory, user.UserName!);
        using (var home = await before.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        using var reset = await admin.PostFormAsync($"/Admin/Users/Edit/{user.Id}", $"/Admin/Users/Edit/{user.Id}?handler=ResetPassword",
            new Dictionary<string, string> { ["NewPassword.Password"] = NewPassword, ["NewPassword.ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.True((await FindUserAsync(_factory, user.UserName!))!.MustChangePassword);

        using var clerk = TestAccounts.Anonymous(_factory);
        using var login = await LoginAsync(clerk, user.UserName!, NewPassword);
        Assert.Equal("/Account/ChangePassword", login.Headers.Location?.OriginalString);
        using var blocked = await clerk.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/Account/ChangePassword", blocked.Headers.Location?.OriginalString);

        using var logout = await clerk.PostFormAsync("/Account/ChangePassword", "/Account/Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/Account/Login", logout.Headers.Location?.OriginalString);
        Assert.True((await FindUserAsync(_factory, user.UserName!))!.MustChangePassword);
    }

    [Fact]
    public async Task Seeded_accounts_are_not_forced_to_change_their_password()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        using var home = await clerk.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False((await FindUserAsync(_factory, "t.clerk.camson"))!.MustChangePassword);
    }

    [Fact]
    public async Task A_user_name_that_does_not_exist_costs_one_password_verification_like_a_wrong_password()
    {
        var user = await NewClerkAsync("thoigian");
        using var client = TestAccounts.Anonymous(_factory);

        var missing = await VerificationsDuringAsync(() => LoginAsync(client, "khong.ton.tai." + Guid.NewGuid().ToString("N")[..6], "Sai-mat-khau-1"));
        var wrong = await VerificationsDuringAsync(() => LoginAsync(client, user.UserName!, "Sai-mat-khau-1"));

        Assert.Equal(1, missing);
        Assert.Equal(1, wrong);
    }

    private async Task<int> VerificationsDuringAsync(Func<Task<HttpResponseMessage>> login)
    {
        var before = _factory.Hasher.Verifications;
        using var response = await login();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        return _factory.Hasher.Verifications - before;
    }

    private async Task<ApplicationUser> NewClerkAsync(string prefix)
    {
        await TestAccounts.EnsureCreatedAsync(_factory);
        return await CreateAccountAsync(_factory, new AccountSeed(UniqueName(prefix), "Công chức thử", AppRoles.Clerk, "xã Cẩm Sơn"));
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next) =>
        client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });

    /// <summary>The "CcHc.Auth=…" pair a sign-in response sets.</summary>
    private static string AuthCookie(HttpResponseMessage response)
    {
        var header = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("CcHc.Auth=", StringComparison.Ordinal));
        return header.Split(';')[0];
    }

    /// <summary>A request from somewhere else carrying only a copied cookie.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string path)
    {
        using var attacker = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await attacker.SendAsync(request);
    }
}
