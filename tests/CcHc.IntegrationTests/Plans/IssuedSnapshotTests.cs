using System.Net;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// Issued means frozen, everywhere: a version issued through the real workflow shows what it showed that day — its
/// page, its document view, the public checking page and the office's row — after the criterion it answers, its
/// commune, the office and a position are renamed.
/// </summary>
public sealed class IssuedSnapshotTests(CcHcWebApplicationFactory factory) : IClassFixture<CcHcWebApplicationFactory>
{
    private const string NewCriterion = "TIÊU CHÍ ĐÃ ĐỔI TÊN SAU BAN HÀNH";
    private const string NewCommune = "xã Cẩm Sơn Mới";
    private const string NewBody = "ỦY BAN NHÂN DÂN\nXÃ CẨM SƠN MỚI";
    private const string NewOffice = "Phòng Nội vụ đã đổi tên";
    private const string NewPosition = "Chức danh đã đổi tên";

    [Fact]
    public async Task Renaming_criterion_commune_office_and_position_after_issue_changes_nothing_the_version_shows()
    {
        var planId = await DatabaseProbe.PlanIdAsync(factory, "xã Cẩm Sơn");
        var details = $"/Plans/Details/{planId}";
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.camson");
        using var chairman = await TestAccounts.SignedInAsync(factory, "t.chairman.camson");
        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.camxuyen");
        using var anonymous = TestAccounts.Anonymous(factory);
        await StepAsync(clerk, details, "Submit");
        await StepAsync(chairman, details, "Approve");
        await StepAsync(clerk, details, "Issue", ("DocumentNumber", "12"), ("IssueDate", "2024-02-05"));
        Assert.True(await DatabaseProbe.QueryAsync(factory, db => db.IssuedSnapshots.AnyAsync(s => s.PlanId == planId)));

        // What the version shows, read before the renames: the criterion of its first item and the lead's title.
        var (criterionId, criterionTitle, positionId, positionTitle, officeId) = await DatabaseProbe.QueryAsync(factory, async db =>
        {
            var item = await db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).FirstAsync();
            var node = await db.CriterionNodes.SingleAsync(n => n.Id == item.CriterionIds[0]);
            var position = await db.Positions.SingleAsync(p => p.Id == item.LeadPositionId);
            var office = await db.Communes.Where(c => c.Name == "xã Cẩm Sơn").Select(c => c.OversightOfficeId!.Value).SingleAsync();
            return (node.Id, node.Title, position.Id, position.Title, office);
        });
        var code = await DatabaseProbe.QueryAsync(factory, db => db.IssuedFiles.Where(f => f.PlanId == planId).Select(f => f.VerificationCode).FirstAsync());
        var before = new Views(
            await GetAsync(clerk, details), await GetAsync(clerk, $"/Plans/Document/{planId}"),
            await GetAsync(anonymous, $"/Verify?code={code}"), await GetAsync(reviewer, "/Office"));
        Assert.Contains(criterionTitle, before.Document, StringComparison.Ordinal);
        Assert.Contains(positionTitle, before.Document, StringComparison.Ordinal);
        Assert.Contains("XÃ CẨM SƠN", before.Document, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân xã Cẩm Sơn", before.Verify, StringComparison.Ordinal);

        // The administration renames everything the version names (allowed: the version reads its snapshot).
        await DatabaseProbe.QueryAsync(factory, async db =>
        {
            var commune = await db.Communes.SingleAsync(c => c.Name == "xã Cẩm Sơn");
            commune.UpdateNames(NewCommune, commune.District, commune.Province, "Cẩm Sơn Mới", NewBody);
            var office = await db.OversightOffices.SingleAsync(o => o.Id == officeId);
            office.Rename(NewOffice, office.District, office.Province);
            await db.SaveChangesAsync();
            await db.CriterionNodes.Where(n => n.Id == criterionId).ExecuteUpdateAsync(s => s.SetProperty(n => n.Title, NewCriterion));
            return await db.Positions.Where(p => p.Id == positionId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, NewPosition));
        });

        var after = new Views(
            await GetAsync(clerk, details), await GetAsync(clerk, $"/Plans/Document/{planId}"),
            await GetAsync(anonymous, $"/Verify?code={code}"), await GetAsync(reviewer, "/Office"));
        foreach (var (name, page) in new[] { ("page", after.Details), ("document", after.Document) })
        {
            Assert.True(page.Contains(criterionTitle, StringComparison.Ordinal), $"{name}: the criterion's title at issue is gone");
            Assert.True(page.Contains(positionTitle, StringComparison.Ordinal) || !before.Details.Contains(positionTitle, StringComparison.Ordinal), $"{name}: position");
            foreach (var renamed in new[] { NewCriterion, NewCommune, "XÃ CẨM SƠN MỚI", NewPosition })
            {
                Assert.False(page.Contains(renamed, StringComparison.Ordinal), $"{name} shows the new name {renamed}");
            }
        }

        Assert.Equal(Strip(before.Document), Strip(after.Document));
        Assert.Contains($"Mã kiểm tra: {code}", after.Document, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân xã Cẩm Sơn", after.Verify, StringComparison.Ordinal);
        Assert.DoesNotContain(NewCommune, after.Verify, StringComparison.Ordinal);

        // The office's row is the commune today, and says under which name its issued version was issued.
        Assert.Contains(NewCommune, after.Office, StringComparison.Ordinal);
        Assert.Contains("(ban hành với tên xã Cẩm Sơn)", after.Office, StringComparison.Ordinal);
        Assert.DoesNotContain("ban hành với tên", before.Office, StringComparison.Ordinal);

        // The exports stay the frozen files; the workbook made again from the version would say the same.
        var xlsx = await clerk.GetByteArrayAsync(new Uri($"/Plans/Xlsx/{planId}", UriKind.Relative));
        Assert.Equal(
            await DatabaseProbe.QueryAsync(factory, db => db.IssuedFiles.Where(f => f.PlanId == planId && f.FileName.EndsWith(".xlsx")).Select(f => f.Content).SingleAsync()),
            xlsx);
    }

    private sealed record Views(string Details, string Document, string Verify, string Office);

    /// <summary>The document without its per-request antiforgery or nonce values.</summary>
    private static string Strip(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "nonce=\"[^\"]*\"", string.Empty);

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task StepAsync(HttpClient client, string details, string handler, params (string Key, string Value)[] fields)
    {
        using var response = await PlanSteps.PostAsync(client, details, handler, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
