using System.Net;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Security;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Security;

/// <summary>The limiter's rules on a fake clock: per user name, per address, the window.</summary>
public sealed class LoginAttemptLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7)));

    [Fact]
    public void A_user_name_gets_its_attempts_per_window_from_any_address_then_waits_for_the_window_to_end()
    {
        var limiter = new LoginAttemptLimiter(new LoginAttemptLimits(PerUser: 4, PerAddress: 40, Window), _clock);

        var allowed = Enumerable.Range(0, 4).Select(i => limiter.TryAcquire("clerk.camson", $"10.0.0.{i}").Allowed).ToList();
        _clock.Advance(TimeSpan.FromMinutes(2));
        var refused = limiter.TryAcquire(" Clerk.CamSon ", "10.0.0.9");

        Assert.Equal([true, true, true, true], allowed);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromMinutes(3), refused.RetryAfter);
        Assert.True(limiter.TryAcquire("chairman.camson", "10.0.0.9").Allowed);

        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True(limiter.TryAcquire("clerk.camson", "10.0.0.9").Allowed);
    }

    [Fact]
    public void Attempts_against_one_name_use_up_their_address_only_up_to_the_address_ceiling()
    {
        var limiter = new LoginAttemptLimiter(new LoginAttemptLimits(PerUser: 2, PerAddress: 6, Window), _clock);

        var flood = Enumerable.Range(0, 4).Select(_ => limiter.TryAcquire("victim", "203.0.113.7").Allowed).ToList();

        Assert.Equal([true, true, false, false], flood);
        Assert.True(limiter.TryAcquire("colleague", "203.0.113.7").Allowed);   // 5th attempt from the address
        Assert.True(limiter.TryAcquire("colleague", "203.0.113.7").Allowed);   // 6th: the ceiling
        Assert.False(limiter.TryAcquire("another", "203.0.113.7").Allowed);    // over the ceiling, whoever it is
        Assert.True(limiter.TryAcquire("another", "198.51.100.1").Allowed);    // other addresses are not affected
    }

    [Fact]
    public void Settings_give_the_limits_and_the_address_ceiling_is_never_below_the_user_limit()
    {
        var defaults = LoginAttemptLimits.From(new ConfigurationBuilder().Build());
        var odd = LoginAttemptLimits.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Security:LoginAttemptsPerUserPerWindow"] = "12",
            ["Security:LoginAttemptsPerAddressPerWindow"] = "3",
            ["Security:LoginAttemptWindowMinutes"] = "10",
        }).Build());

        Assert.Equal(new LoginAttemptLimits(4, 40, TimeSpan.FromMinutes(5)), defaults);
        Assert.Equal(new LoginAttemptLimits(12, 12, TimeSpan.FromMinutes(10)), odd);
    }
}

/// <summary>
/// The sign-in limits with their default values through the real login form, on a fake clock: page views never count,
/// a flood against one account does not lock that account nor shut out colleagues behind the same address until the
/// address ceiling, and everything opens again when the window ends. (Every test client has the same address here.)
/// </summary>
public sealed class LoginAttemptLimitTests : IClassFixture<LoginAttemptLimitTests.DefaultLimitsFactory>
{
    private readonly DefaultLimitsFactory _factory;

    public LoginAttemptLimitTests(DefaultLimitsFactory factory) => _factory = factory;

    public sealed class DefaultLimitsFactory : CcHcWebApplicationFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7)));

        protected override IEnumerable<(string Key, string Value)> Settings =>
        [
            ("Security:LoginAttemptsPerUserPerWindow", LoginAttemptLimits.DefaultPerUser.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Security:LoginAttemptsPerAddressPerWindow", LoginAttemptLimits.DefaultPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        }
    }

    [Fact]
    public async Task Sixty_views_of_the_login_page_from_one_address_limit_no_one()
    {
        var user = await FreshWindowAndClerkAsync("xem");
        using var client = TestAccounts.Anonymous(_factory);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
        {
            using var page = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
            statuses.Add(page.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        using var login = await LoginAsync(client, user, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task A_flood_against_one_account_neither_locks_it_nor_shuts_out_colleagues_before_the_address_ceiling()
    {
        var victim = await FreshWindowAndClerkAsync("nannhan");
        var colleague = await CreateClerkAsync("dongnghiep");
        var perUser = LoginAttemptLimits.DefaultPerUser;
        var perAddress = LoginAttemptLimits.DefaultPerAddress;
        using var attacker = TestAccounts.Anonymous(_factory);

        // Half the address ceiling spent on one account: only the first attempts reach the password check.
        var flood = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < perAddress / 2; i++)
        {
            last?.Dispose();
            last = await LoginAsync(attacker, victim, $"Doan-mo-{i}x");
            flood.Add(last.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, perUser).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, (perAddress / 2) - perUser)), flood);
        Assert.Contains("quá nhiều lần", await last!.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("300", Assert.Single(last.Headers.GetValues("Retry-After")));
        last.Dispose();
        var stored = await FindUserAsync(_factory, victim);
        Assert.Null(stored!.LockoutEnd);
        Assert.Equal(perUser, stored.AccessFailedCount);

        // A colleague behind the same address still signs in.
        using (var ok = await LoginAsync(TestAccounts.Anonymous(_factory), colleague, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        // Until the address ceiling: then everyone from that address waits for the window.
        for (var i = (perAddress / 2) + 1; i < perAddress; i++)
        {
            using var more = await LoginAsync(attacker, victim, "Doan-mo-them1");
            Assert.Equal(HttpStatusCode.TooManyRequests, more.StatusCode);
        }

        using (var refused = await LoginAsync(TestAccounts.Anonymous(_factory), colleague, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        _factory.Clock.Advance(TimeSpan.FromMinutes(LoginAttemptLimits.DefaultWindowMinutes));
        using var colleagueAgain = await LoginAsync(TestAccounts.Anonymous(_factory), colleague, TestAccounts.Password);
        using var victimAgain = await LoginAsync(TestAccounts.Anonymous(_factory), victim, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, colleagueAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, victimAgain.StatusCode);
    }

    /// <summary>Starts a new window (tests of this class share the host's limiter) and creates a clerk.</summary>
    private async Task<string> FreshWindowAndClerkAsync(string prefix)
    {
        _factory.Clock.Advance(TimeSpan.FromMinutes(LoginAttemptLimits.DefaultWindowMinutes));
        return await CreateClerkAsync(prefix);
    }

    private async Task<string> CreateClerkAsync(string prefix)
    {
        await TestAccounts.EnsureCreatedAsync(_factory);
        var user = await CreateAccountAsync(_factory, new AccountSeed(UniqueName(prefix), "Công chức thử", AppRoles.Clerk, "xã Cẩm Sơn"));
        return user.UserName!;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
}
