using System.Net;
using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// A multi-index plan resting on several assessments (issue 15): beside PAR INDEX, the commune's SIPAS survey scored
/// per component. Through the real header and item editors with antiforgery: the clerk chooses the survey (another
/// commune's is neither offered nor accepted), its low component is listed beside the plan and blocks submission
/// until a task answers it, and once the plan is submitted the survey's scores are locked like the main assessment's.
/// </summary>
public sealed class FurtherAssessmentTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public FurtherAssessmentTests(CcHcWebApplicationFactory factory) => _factory = factory;

    /// <summary>A SIPAS survey of <paramref name="communeName"/> for 2023: two service elements out of 100, one at 86,5.</summary>
    private Task<(Guid Assessment, Guid Low)> SurveyAsync(string communeName) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var commune = await db.Communes.IgnoreQueryFilters().SingleAsync(c => c.Name == communeName);
        var set = new CriteriaSet($"SIPAS {commune.Name} 2023", IndexKind.Sipas, commune.Province, 2023, CriteriaCoverage.Complete);
        var access = set.AddNode(null, "1", "Tiếp cận dịch vụ", 100m);
        var procedures = set.AddNode(null, "2", "Thủ tục hành chính", 100m);
        var assessment = new Assessment(commune.Id, set, 2023, new SourceDecision("5/QĐ-UBND", new DateOnly(2024, 1, 15), "UBND tỉnh"));
        assessment.RecordScore(access, 100m);
        assessment.RecordScore(procedures, 86.5m);
        db.CriteriaSets.Add(set);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return (assessment.Id, procedures.Id);
    });

    private async Task<Guid> CreateMultiIndexPlanAsync(HttpClient clerk)
    {
        var camSon = await DatabaseProbe.QueryAsync(_factory, db => db.Communes.Where(c => c.Name == "xã Cẩm Sơn").Select(c => c.Id).SingleAsync());
        var url = $"/Plans/Create/{camSon}";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)), "new-plan-form");
        form["Input.Kind"] = "MultiIndex";
        form["Input.FromYear"] = "2024";
        form["Input.ToYear"] = "2025";
        form.Fields.RemoveAll(f => f.Key == "Input.Indices");
        form.Fields.AddRange([new("Input.Indices", "ParIndex"), new("Input.Indices", "Sipas")]);
        using var response = await clerk.SubmitAsync(url, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString["/Plans/Details/".Length..].Split('?', '#')[0]);
    }

    [Fact]
    public async Task The_plan_rests_on_the_communes_SIPAS_survey_and_answers_its_low_component_before_it_is_submitted()
    {
        var (survey, low) = await SurveyAsync("xã Cẩm Sơn");
        var (foreign, _) = await SurveyAsync("xã Triệu Trạch");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var planId = await CreateMultiIndexPlanAsync(clerk);
        var header = $"/Plans/EditHeader/{planId}";

        // Offered: the commune's own survey; never another commune's.
        var html = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(header, UriKind.Relative)));
        Assert.Contains($"value=\"{survey}\"", html, StringComparison.Ordinal);
        Assert.Contains("SIPAS 2023 — SIPAS xã Cẩm Sơn 2023", html, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.ToString(), html, StringComparison.Ordinal);

        // Another commune's id, posted by hand, is refused beside the field and nothing is saved.
        var form = HtmlForm.Parse(html, "header-form");
        form.Fields.Add(new("Input.FurtherAssessments", foreign.ToString()));
        using (var refused = await clerk.SubmitAsync(header, form))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Matches("data-valmsg-for=\"Input.FurtherAssessments\"[^>]*>Không tìm thấy kết quả đánh giá đã chọn",
                WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }

        Assert.Empty(await FurtherOfAsync(planId));

        form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(header, UriKind.Relative)), "header-form");
        form.Fields.Add(new("Input.FurtherAssessments", survey.ToString()));
        using (var saved = await clerk.SubmitAsync(header, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal([survey], await FurtherOfAsync(planId));

        // The low component is shown beside the plan, with its score, as not yet answered.
        var details = $"/Plans/Details/{planId}";
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Matches("<li class=\"further-low\" data-covered=\"false\">2. Thủ tục hành chính:\\s*đạt 86,5, bị trừ 13,5", page);
        Assert.Contains("SIPAS — \"2. Thủ tục hành chính\" (bị trừ 13,5 điểm): chưa có nhiệm vụ nào liên kết", page, StringComparison.Ordinal);

        // Every starter item gets a lead, a deadline and a task; the SIPAS one links the low component.
        var lead = await DatabaseProbe.QueryAsync(_factory, db => db.Positions.Where(p => p.CommuneId == null).OrderBy(p => p.Order).Select(p => p.Id).FirstAsync());
        var items = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).Select(i => new { i.Id, i.Index }).ToListAsync());
        foreach (var item in items)
        {
            var url = $"/Plans/EditItem/{planId}/{item.Id}";
            var itemHtml = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)));
            var itemForm = HtmlForm.Parse(itemHtml, "item-form");
            itemForm["Input.LeadPositionId"] = lead.ToString();
            itemForm["Input.Deadline"] = "Cả năm";
            itemForm["Input.Tasks[0].Description"] = "Rà soát, công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa.";
            if (item.Index == IndexKind.Sipas)
            {
                Assert.Matches($"id=\"c-{low}\"[^>]*/>\\s*<label[^>]*>2. Thủ tục hành chính\\s*<span class=\"text-danger further-low\">\\(đạt 86,5; bị trừ 13,5\\)", itemHtml);
                itemForm.Fields.Add(new("Input.CriterionIds", low.ToString()));
            }

            using var saved = await clerk.SubmitAsync(url, itemForm);
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode} {WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync())}");
        }

        page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains("<li class=\"further-low\" data-covered=\"true\">", page, StringComparison.Ordinal);

        using (var submitted = await PlanSteps.PostAsync(clerk, details, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        Assert.Equal(PlanStatus.Submitted, await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));

        // The survey's scores are what the chairman reads now: locked, as the main assessment's would be.
        var scores = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/Assessments/Scores/{survey}", UriKind.Relative)));
        Assert.Contains(AssessmentLock.Message, scores, StringComparison.Ordinal);
    }

    private Task<List<Guid>> FurtherOfAsync(Guid planId) =>
        DatabaseProbe.QueryAsync(_factory, async db => (await db.Plans.SingleAsync(p => p.Id == planId)).FurtherAssessmentIds.ToList());
}
