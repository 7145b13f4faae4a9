using System.Net;
using System.Text.RegularExpressions;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Admin;

/// <summary>What the admin-page tests share: reading the stored state, field messages from the HTML, the 403 check.</summary>
internal static partial class AdminTestSupport
{
    public const string NewPassword = "Moi@2024abc";

    [GeneratedRegex("data-valmsg-for=\"(?<field>[^\"]+)\"[^>]*>(?<message>.*?)</span>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex FieldMessagePattern();

    [GeneratedRegex("name=\"ConcurrencyToken\" value=\"(?<stamp>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ConcurrencyTokenPattern();

    /// <summary>A user name no other test uses.</summary>
    public static string UniqueName(string prefix) => $"{prefix}.{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The message shown beside <paramref name="field"/> (HTML-decoded), or an empty string.</summary>
    public static string FieldMessage(string html, string field) =>
        FieldMessagePattern().Matches(html)
            .Where(m => m.Groups["field"].Value == field)
            .Select(m => WebUtility.HtmlDecode(m.Groups["message"].Value).Trim())
            .FirstOrDefault(m => m.Length > 0) ?? string.Empty;

    public static string ConcurrencyToken(string html) =>
        ConcurrencyTokenPattern().Match(html) is { Success: true } match ? match.Groups["stamp"].Value : throw new InvalidOperationException("No ConcurrencyToken field on the page.");

    public static async Task<T> WithDbAsync<T>(WebApplicationFactory<Program> factory, Func<CcHcDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CcHcDbContext>());
    }

    /// <summary>
    /// The commune of that name; where two share it (the demo's xã Sơn Kỳ before 1/7/2025 and the xã Sơn Kỳ formed from
    /// it), the one before, without an official code — as the account seeder reads a name.
    /// </summary>
    public static Task<Guid> CommuneIdAsync(WebApplicationFactory<Program> factory, string name) =>
        WithDbAsync(factory, db => CommuneIdAsync(db, name));

    public static async Task<Guid> CommuneIdAsync(CcHcDbContext db, string name)
    {
        var named = await db.Communes.IgnoreQueryFilters().Where(c => c.Name == name).Select(c => new { c.Id, Coded = c.OfficialCode != null }).ToListAsync();
        return named.Count == 1 ? named[0].Id : named.Single(c => !c.Coded).Id;
    }

    public static Task<Guid> OfficeIdAsync(WebApplicationFactory<Program> factory, string name) =>
        WithDbAsync(factory, db => db.OversightOffices.IgnoreQueryFilters().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<ApplicationUser?> FindUserAsync(WebApplicationFactory<Program> factory, string userName) =>
        WithDbAsync(factory, db => db.Users.AsNoTracking().Include(u => u.Positions).SingleOrDefaultAsync(u => u.UserName == userName));

    public static Task<List<string>> RolesOfAsync(WebApplicationFactory<Program> factory, string userId) =>
        WithDbAsync(factory, db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync());

    /// <summary>Creates an account directly through the app's seeder (for tests about what happens to an existing account).</summary>
    public static async Task<ApplicationUser> CreateAccountAsync(WebApplicationFactory<Program> factory, AccountSeed account, string password = TestAccounts.Password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().CreateAsync(account, password);
    }

    public static async Task ChangeUserAsync(WebApplicationFactory<Program> factory, string userId, Func<UserManager<ApplicationUser>, ApplicationUser, Task<IdentityResult>> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        var result = await change(users, user);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Posts the login form; returns the response (a redirect on success, the form with its message otherwise).</summary>
    public static async Task<(HttpStatusCode Status, string Html)> TryLoginAsync(WebApplicationFactory<Program> factory, string userName, string password)
    {
        using var client = TestAccounts.Anonymous(factory);
        using var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>
    /// Refused for lack of the role: a 403, either directly or (cookie authentication) through the redirect to the
    /// access-denied page, which answers 403.
    /// </summary>
    public static async Task AssertForbiddenAsync(HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location ?? throw new InvalidOperationException("Redirect without a location.");
        Assert.StartsWith("/Account/AccessDenied", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
        using var denied = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    public static async Task<string> GetHtmlAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
