using CcHc.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>Accounts for tests, created through the app's own seeder, and signed-in clients that use the real login form.</summary>
public static class TestAccounts
{
    public const string Password = "Test@123456";

    /// <summary>The demo-style accounts a test needs, one per role and scope (own and foreign commune or office).</summary>
    public static IReadOnlyList<AccountSeed> Standard { get; } =
    [
        new("t.admin", "Quản trị (test)", AppRoles.Administrator),
        new("t.clerk.camson", "Công chức Cẩm Sơn (test)", AppRoles.Clerk, "xã Cẩm Sơn"),
        new("t.chairman.camson", "Chủ tịch Cẩm Sơn (test)", AppRoles.Chairman, "xã Cẩm Sơn"),
        new("t.staff.camson", "Công chức TC-KT Cẩm Sơn (test)", AppRoles.Staff, "xã Cẩm Sơn", PositionTitles: ["Công chức Tài chính - Kế toán"]),
        new("t.reviewer.camxuyen", "Nội vụ Cẩm Xuyên (test)", AppRoles.Reviewer, OfficeName: "Phòng Nội vụ huyện Cẩm Xuyên"),
        new("t.clerk.trieutrach", "Công chức Triệu Trạch (test)", AppRoles.Clerk, "xã Triệu Trạch"),
        new("t.chairman.trieutrach", "Chủ tịch Triệu Trạch (test)", AppRoles.Chairman, "xã Triệu Trạch"),
        new("t.staff.trieutrach", "Công chức Triệu Trạch (test)", AppRoles.Staff, "xã Triệu Trạch"),
        new("t.reviewer.sonha", "Nội vụ Sơn Hà (test)", AppRoles.Reviewer, OfficeName: "Phòng Nội vụ huyện Sơn Hà"),
        new("t.clerk.sonky", "Công chức Sơn Kỳ (test)", AppRoles.Clerk, "xã Sơn Kỳ"),
        new("t.clerk.quangcong", "Công chức Quảng Công (test)", AppRoles.Clerk, "xã Quảng Công"),
        new("t.clerk.habac", "Công chức Hà Bắc (test)", AppRoles.Clerk, "xã Hà Bắc"),
    ];

    public static async Task EnsureCreatedAsync(WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(Standard, Password);
    }

    public static HttpClient Anonymous(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through GET + POST of the login page, with its antiforgery token.</summary>
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory, string userName, string password = Password)
    {
        await EnsureCreatedAsync(factory);
        var client = Anonymous(factory);
        using var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }
}
