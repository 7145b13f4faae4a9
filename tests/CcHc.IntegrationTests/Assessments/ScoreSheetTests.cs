using System.Net;
using CcHc.Domain.Criteria;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Assessments;

/// <summary>The clerk's score sheet through the real pages: good input saved, bad input shown where it is and nothing saved.</summary>
public sealed class ScoreSheetTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public ScoreSheetTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task A_clerk_starts_the_next_year_records_scores_with_decimal_commas_and_drafts_the_plan()
    {
        var setId = await NextYearSetAsync();
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        var create = HtmlForm.Parse(await clerk.GetStringAsync(new Uri("/Assessments/Create", UriKind.Relative)), "assessment-form");
        create["CriteriaSetId"] = setId.ToString();
        create["Input.Year"] = "2024";
        create["Input.DecisionNumber"] = "123/QĐ-UBND";
        create["Input.DecisionDate"] = "2025-01-10";
        create["Input.DecisionBody"] = "UBND huyện Cẩm Xuyên";
        create["Input.StatedTotal"] = "85,08";
        create["Input.Rank"] = "3/23";
        using var created = await clerk.SubmitAsync("/Assessments/Create", create);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var sheetUrl = created.Headers.Location!.OriginalString;

        var sheet = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(sheetUrl, UriKind.Relative)), "scores-form");
        var fieldScores = new[] { "9,13", "6,75", "12,99", "5,5", "14,62", "12,86", "14,27", "8,96" };
        var fieldRows = await FieldRowIndexesAsync(setId);
        for (var k = 0; k < fieldScores.Length; k++)
        {
            sheet[$"Rows[{fieldRows[k]}].Appraised"] = fieldScores[k];
        }

        using var saved = await clerk.SubmitAsync(sheetUrl, sheet);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(sheetUrl, UriKind.Relative)));
        Assert.Contains("<td class=\"text-end\" id=\"total-appraised\">85,08</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-end\" id=\"total-deduction\">14,92</td>", page, StringComparison.Ordinal);

        var form = HtmlForm.ParseContaining(await clerk.GetStringAsync(new Uri(sheetUrl, UriKind.Relative)), "__RequestVerificationToken");
        using var plan = await clerk.PostFormWithTokenAsync($"{sheetUrl}?handler=CreatePlan", form["__RequestVerificationToken"], []);
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        Assert.StartsWith("/Plans/Details/", plan.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var planPage = WebUtility.HtmlDecode(await clerk.GetStringAsync(plan.Headers.Location));
        Assert.Contains("Căn cứ", await PlanLegalBasesAsync(plan.Headers.Location.OriginalString), StringComparison.Ordinal);
        Assert.Contains("Chỉ đạo điều hành", planPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,2,3", "\"1,2,3\" không phải là số điểm")]
    [InlineData("12", "phải trong khoảng 0 – 11")]
    [InlineData("-1", "\"-1\" không phải là số điểm")]
    public async Task A_bad_score_is_shown_on_its_cell_and_nothing_of_the_sheet_is_saved(string typed, string message)
    {
        var assessmentId = await DatabaseProbe.QueryAsync(_factory, db => db.Assessments
            .Where(a => db.Communes.Any(c => c.Id == a.CommuneId && c.Name == "xã Cẩm Sơn") && a.Year == 2023).Select(a => a.Id).SingleAsync());
        var url = $"/Assessments/Scores/{assessmentId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var before = await ScoresFingerprintAsync(assessmentId);
        var sheet = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)), "scores-form");

        sheet["Rows[0].Appraised"] = typed;         // field 1 (max 11)
        sheet["Rows[1].Reason"] = "Một thay đổi hợp lệ khác trong cùng lần lưu";
        using var response = await clerk.SubmitAsync(url, sheet);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chưa lưu", page, StringComparison.Ordinal);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{typed}\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await ScoresFingerprintAsync(assessmentId));
    }

    [Fact]
    public async Task The_source_mistakes_of_seed_000_sit_beside_the_numbers_they_concern()
    {
        var assessmentId = await DatabaseProbe.QueryAsync(_factory, db => db.Assessments
            .Where(a => db.Communes.Any(c => c.Id == a.CommuneId && c.Name == "xã Cẩm Sơn") && a.Year == 2023).Select(a => a.Id).SingleAsync());
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");

        var page = WebUtility.HtmlDecode(await chairman.GetStringAsync(new Uri($"/Assessments/Scores/{assessmentId}", UriKind.Relative)));

        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(page, "class=\"finding "));
        Assert.Contains("Lỗi trong văn bản nguồn: Trang thông tin điện tử", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"save-scores\"", page, StringComparison.Ordinal);
    }

    private async Task<Guid> NextYearSetAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CcHc.Infrastructure.Persistence.CcHcDbContext>();
        var source = await db.CriteriaSets.Include(s => s.Nodes).SingleAsync(s => s.Year == 2023 && s.Province == "tỉnh Hà Tĩnh");
        var copy = source.CopyForYear(2024, "Bộ tiêu chí cấp xã 2024 (thử)");
        db.CriteriaSets.Add(copy);
        await db.SaveChangesAsync();
        return copy.Id;
    }

    private Task<List<int>> FieldRowIndexesAsync(Guid setId) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var nodes = await db.CriterionNodes.Where(n => n.CriteriaSetId == setId).OrderBy(n => n.Order).Select(n => n.ParentId).ToListAsync();
        return nodes.Select((parent, index) => (parent, index)).Where(x => x.parent is null).Select(x => x.index).ToList();
    });

    private Task<string> PlanLegalBasesAsync(string location) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var id = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        return string.Join('\n', (await db.Plans.SingleAsync(p => p.Id == id)).LegalBases);
    });

    private Task<string> ScoresFingerprintAsync(Guid assessmentId) => DatabaseProbe.QueryAsync(_factory, async db =>
        string.Join('|', await db.Set<CcHc.Domain.Assessments.CriterionScore>().Where(s => s.AssessmentId == assessmentId)
            .OrderBy(s => s.CriterionId).Select(s => s.CriterionId + ":" + s.AppraisedScore + ":" + s.StatedDeduction + ":" + s.Reason).ToListAsync()));
}
