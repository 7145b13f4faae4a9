using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>/Admin/Audit/Index: filters, Vietnam-time dates, paging and readable changes.</summary>
public sealed partial class AuditSearchTests : IClassFixture<CcHcWebApplicationFactory>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly CcHcWebApplicationFactory _factory;

    public AuditSearchTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [GeneratedRegex("<tr data-action=\"(?<action>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex RowPattern();

    private static List<string> Rows(string html) => RowPattern().Matches(html).Select(m => m.Groups["action"].Value).ToList();

    private static string Today(int days = 0) =>
        DateTimeOffset.UtcNow.ToOffset(Vietnam).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_audit_search_finds_the_login_of_a_user_by_name_action_and_date()
    {
        var user = await CreateAccountAsync(_factory, new AccountSeed(UniqueName("audited"), "Người được ghi nhật ký", AppRoles.Clerk, "xã Cẩm Sơn"));
        using (await TestAccounts.SignedInAsync(_factory, user.UserName!))
        {
        }

        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        var found = await GetHtmlAsync(admin, $"/Admin/Audit/Index?user={user.UserName}&action=LoginSucceeded&from={Today()}&to={Today()}");
        Assert.Equal(["LoginSucceeded"], Rows(found));
        Assert.Contains("Đăng nhập thành công", found, StringComparison.Ordinal);
        Assert.Contains($"<code>{user.UserName}</code>", found, StringComparison.Ordinal);
        Assert.Contains("xã Cẩm Sơn", found, StringComparison.Ordinal);
        var now = DateTimeOffset.UtcNow.ToOffset(Vietnam);
        Assert.Matches(@$"{now:dd/MM/yyyy} \d\d:\d\d", found);

        // The dates are Vietnam dates: nothing of today's login is "until yesterday".
        var yesterday = await GetHtmlAsync(admin, $"/Admin/Audit/Index?user={user.UserName}&action=LoginSucceeded&to={Today(-1)}");
        Assert.Empty(Rows(yesterday));
        Assert.Contains("Không có dòng nhật ký nào phù hợp.", yesterday, StringComparison.Ordinal);

        // dd/MM/yyyy typed by hand is understood too, and shown that way.
        var typed = await GetHtmlAsync(admin, $"/Admin/Audit/Index?user={user.UserName}&action=LoginSucceeded&from={now:dd/MM/yyyy}");
        Assert.Single(Rows(typed));
        Assert.Contains($"từ ngày {now:dd/MM/yyyy}", typed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_read_as_field_old_to_new_and_the_newest_come_first()
    {
        var user = await CreateAccountAsync(_factory, new AccountSeed(UniqueName("renamed"), "Tên cũ", AppRoles.Clerk, "xã Cẩm Sơn"));
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var stamp = ConcurrencyToken(await GetHtmlAsync(admin, $"/Admin/Users/Edit/{user.Id}"));
        using var saved = await admin.PostFormAsync($"/Admin/Users/Edit/{user.Id}", $"/Admin/Users/Edit/{user.Id}", new Dictionary<string, string>
        {
            ["ConcurrencyToken"] = stamp,
            ["Input.DisplayName"] = "Tên mới",
            ["Input.Role"] = AppRoles.Clerk,
            ["Input.CommuneId"] = user.CommuneId!.Value.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var html = await GetHtmlAsync(admin, $"/Admin/Audit/Index?user={user.UserName}&entity=ApplicationUser");

        // Fields by their Vietnamese labels; an insert lists the new value alone; no ids, no English field names.
        Assert.Contains("Họ và tên: Tên cũ → Tên mới", StripTags(html), StringComparison.Ordinal);
        Assert.Contains("Họ và tên: Tên cũ", StripTags(html), StringComparison.Ordinal);
        Assert.DoesNotContain("DisplayName", StripTags(html), StringComparison.Ordinal);
        var rows = Rows(html);
        Assert.Equal(AuditAction.Insert.ToString(), rows[^1]);
        Assert.Contains(AuditAction.Update.ToString(), rows);
    }

    [Fact]
    public async Task The_trail_is_paged_fifty_a_page_with_links_that_keep_the_filters()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var total = await WithDbAsync(_factory, db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Insert));
        Assert.True(total > 50, "The demo data's inserts fill more than one page.");

        var first = await GetHtmlAsync(admin, "/Admin/Audit/Index?action=Insert");
        var second = await GetHtmlAsync(admin, "/Admin/Audit/Index?action=Insert&p=2");

        Assert.Equal(50, Rows(first).Count);
        Assert.Contains("action=Insert&p=2", first, StringComparison.Ordinal);
        Assert.Contains($"trang 1/{(total + 49) / 50}", first, StringComparison.Ordinal);
        Assert.Equal(Math.Min(50, total - 50), Rows(second).Count);
        Assert.Contains("trang 2/", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filters_offer_vietnamese_action_labels_and_the_communes()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        var html = await GetHtmlAsync(admin, "/Admin/Audit/Index");

        foreach (var label in new[] { "Thêm", "Sửa", "Xóa", "Đăng nhập thành công", "Đăng nhập thất bại", "Bị khóa", "Đăng xuất", "Chuyển trạng thái", "Tải xuống", "Thay đổi tài khoản" })
        {
            Assert.Contains($">{label}</option>", html, StringComparison.Ordinal);
        }

        Assert.Contains(">xã Sơn Kỳ</option>", html, StringComparison.Ordinal);

        // The subjects by their Vietnamese names only (the demo data's inserts put plans and items in the trail).
        Assert.Contains(">Kế hoạch</option>", html, StringComparison.Ordinal);
        Assert.Contains(">Nội dung khắc phục</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("RemediationPlan)", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">RemediationItem", html, StringComparison.Ordinal);
        Assert.Contains("type=\"date\"", html, StringComparison.Ordinal);
        var bad = await GetHtmlAsync(admin, "/Admin/Audit/Index?from=31/02/2024");
        Assert.Contains("Ngày không hợp lệ; nhập theo dạng dd/MM/yyyy.", bad, StringComparison.Ordinal);
    }

    private static string StripTags(string html) => Regex.Replace(html, "<[^>]+>", string.Empty);
}
