using System.Globalization;
using System.Net;
using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Assessments;

/// <summary>
/// Forms that grow with the criteria tree: a 500-criterion score sheet and criteria-set editor save in one post
/// (2,500 and 2,000 values, past the framework's 1,024); a post past a page's limit gets a Vietnamese page, not an
/// empty 400, and nothing is saved; the pages carry their limit for the warning script.
/// </summary>
public sealed class LargeFormTests : IClassFixture<CcHcWebApplicationFactory>
{
    private const int Fields = 10;
    private const int ChildrenPerField = 49;

    private readonly CcHcWebApplicationFactory _factory;

    public LargeFormTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task A_score_sheet_of_500_criteria_is_saved_in_one_post()
    {
        var (setId, assessmentId) = await LargeAssessmentAsync(2031);
        var url = $"/Assessments/Scores/{assessmentId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var html = await clerk.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Contains($"data-form-value-limit=\"{FormLimits.ScoreSheetValueCount}\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/form-limit.js", html, StringComparison.Ordinal);
        var sheet = HtmlForm.Parse(html, "scores-form");
        var rows = sheet.Fields.Count(f => f.Key.EndsWith(".NodeId", StringComparison.Ordinal));
        Assert.Equal(Fields * (ChildrenPerField + 1), rows);

        for (var i = 0; i < rows; i++)
        {
            sheet[$"Rows[{i}].Appraised"] = i % (ChildrenPerField + 1) == 0 ? "40" : "0,75";
            sheet[$"Rows[{i}].Reason"] = $"Nguyên nhân dòng {i + 1}";
        }

        Assert.True(sheet.Fields.Count > FormLimits.DefaultValueCount * 2, $"only {sheet.Fields.Count} values");
        using var saved = await clerk.SubmitAsync(url, sheet);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var scores = await DatabaseProbe.QueryAsync(_factory, db => db.Set<CriterionScore>().AsNoTracking().Where(s => s.AssessmentId == assessmentId).ToListAsync());
        Assert.Equal(rows, scores.Count);
        Assert.Equal(Fields, scores.Count(s => s.AppraisedScore == 40m));
        Assert.Equal(Fields * ChildrenPerField, scores.Count(s => s.AppraisedScore == 0.75m));
        Assert.Contains(scores, s => s.Reason == $"Nguyên nhân dòng {rows}");
        Assert.NotEqual(Guid.Empty, setId);
    }

    [Fact]
    public async Task A_criteria_set_of_500_rows_is_edited_in_one_post()
    {
        var (setId, _) = await LargeAssessmentAsync(2032);
        var url = $"/Admin/CriteriaSets/Edit/{setId}";
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var html = await admin.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Contains($"data-form-value-limit=\"{FormLimits.CriteriaSetValueCount}\"", html, StringComparison.Ordinal);
        var form = HtmlForm.Parse(html, "nodes-form");
        Assert.True(form.Fields.Count > FormLimits.DefaultValueCount, $"only {form.Fields.Count} values");
        var last = form.Fields.Last(f => f.Key.EndsWith(".Title", StringComparison.Ordinal)).Key;
        form[last] = "Tiêu chí cuối, đã sửa";

        using var saved = await admin.SubmitAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var set = await DatabaseProbe.QueryAsync(_factory, db => db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleAsync(s => s.Id == setId));
        Assert.Equal("Tiêu chí cuối, đã sửa", set.Nodes[^1].Title);
    }

    [Fact]
    public async Task A_post_past_the_score_sheets_limit_gets_a_vietnamese_page_and_nothing_is_saved()
    {
        var (_, assessmentId) = await LargeAssessmentAsync(2033);
        var url = $"/Assessments/Scores/{assessmentId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var sheet = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)), "scores-form");
        sheet["Rows[1].Appraised"] = "0,5";
        for (var i = sheet.Fields.Count; i <= FormLimits.ScoreSheetValueCount; i++)
        {
            sheet.Fields.Add(new($"Extra[{i}]", "x"));
        }

        using var response = await clerk.SubmitAsync(url, sheet);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Biểu mẫu quá lớn — chưa lưu được", page, StringComparison.Ordinal);
        Assert.Contains("Chưa có gì được lưu.", page, StringComparison.Ordinal);
        Assert.Contains(FormLimits.ScoreSheetValueCount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"user-menu\"", page, StringComparison.Ordinal);   // in the site's layout
        Assert.Equal(0, await DatabaseProbe.QueryAsync(_factory, db => db.Set<CriterionScore>().CountAsync(s => s.AssessmentId == assessmentId)));
    }

    [Fact]
    public async Task Any_other_form_keeps_the_framework_limit_and_is_refused_with_the_same_page()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var fields = Enumerable.Range(0, FormLimits.DefaultValueCount + 10).Select(i => new KeyValuePair<string, string>($"x{i}", "1")).ToList();

        using var response = await clerk.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", fields);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Biểu mẫu quá lớn", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // A post without its antiforgery token is still the plain 400 it always was.
        using var content = new FormUrlEncodedContent([new("Input.CurrentPassword", "x")]);
        using var forged = await clerk.PostAsync(new Uri("/Account/ChangePassword", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    /// <summary>A criteria set of 10 fields × 49 criteria (500 rows) and an assessment of xã Cẩm Sơn on it.</summary>
    private Task<(Guid SetId, Guid AssessmentId)> LargeAssessmentAsync(int year) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var set = new CriteriaSet($"Bộ tiêu chí 500 dòng {year}", IndexKind.ParIndex, "tỉnh Thử", year, CriteriaCoverage.Complete);
        for (var f = 1; f <= Fields; f++)
        {
            var field = set.AddNode(null, f.ToString(CultureInfo.InvariantCulture), $"Lĩnh vực {f}", ChildrenPerField);
            for (var c = 1; c <= ChildrenPerField; c++)
            {
                set.AddNode(field, $"{f}.{c}", $"Tiêu chí {f}.{c}", 1);
            }
        }

        var camSon = await db.Communes.IgnoreQueryFilters().Where(c => c.Name == "xã Cẩm Sơn").Select(c => c.Id).SingleAsync();
        var assessment = new Assessment(camSon, set, year, new SourceDecision($"1/QĐ-UBND-{year}", new DateOnly(year, 12, 26), "UBND huyện Cẩm Xuyên"));
        db.CriteriaSets.Add(set);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return (set.Id, assessment.Id);
    });
}
