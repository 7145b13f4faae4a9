using System.Net;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// The pages of the plan kinds (issue 15), through real forms with antiforgery: the "new plan" flow for an improvement
/// and a multi-index plan, refusals beside their fields with nothing saved, another commune's clerk kept out, the
/// header and item editors' new fields, the office's filter by kind and the dashboard's progress by index.
/// </summary>
public sealed class PlanKindPagesTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public PlanKindPagesTests(CcHcWebApplicationFactory factory) => _factory = factory;

    private Task<Guid> CamSonAsync() => DatabaseProbe.QueryAsync(_factory, db => db.Communes.Where(c => c.Name == "xã Cẩm Sơn").Select(c => c.Id).SingleAsync());

    private Task<int> PlanCountAsync() => DatabaseProbe.QueryAsync(_factory, db => db.Plans.CountAsync());

    private static async Task<(HtmlForm Form, string Url)> NewPlanFormAsync(HttpClient client, Guid communeId)
    {
        var url = $"/Plans/Create/{communeId}";
        return (HtmlForm.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)), "new-plan-form"), url);
    }

    private static void Choose(HtmlForm form, string kind, string from, string to, params string[] indices)
    {
        form["Input.Kind"] = kind;
        form["Input.FromYear"] = from;
        form["Input.ToYear"] = to;
        form.Fields.RemoveAll(f => f.Key == "Input.Indices");
        form.Fields.AddRange(indices.Select(i => new KeyValuePair<string, string>("Input.Indices", i)));
    }

    private static Guid PlanIdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Plans/Details/", location, StringComparison.Ordinal);
        return Guid.Parse(location["/Plans/Details/".Length..].Split('?', '#')[0]);
    }

    private async Task<Guid> CreateAsync(HttpClient clerk, string kind, string from, string to, params string[] indices)
    {
        var (form, url) = await NewPlanFormAsync(clerk, await CamSonAsync());
        Choose(form, kind, from, to, indices);
        using var response = await clerk.SubmitAsync(url, form);
        return PlanIdOf(response);
    }

    [Fact]
    public async Task A_remediation_plan_made_from_the_new_plan_form_drafts_from_its_assessment_and_takes_the_letter_form()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var camSon = await CamSonAsync();
        var assessmentId = await DatabaseProbe.QueryAsync(_factory, db => db.Assessments
            .Where(a => a.CommuneId == camSon && !db.Plans.Any(p => p.AssessmentId == a.Id)).Select(a => a.Id).FirstAsync());
        var count = await PlanCountAsync();

        // Without the assessment it would remedy: refused beside the field, nothing saved.
        var (form, url) = await NewPlanFormAsync(clerk, camSon);
        form["Input.Kind"] = "Remediation";
        form["Input.Form"] = "Letter";
        form["Input.AssessmentId"] = string.Empty;
        using (var refused = await clerk.SubmitAsync(url, form))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Chọn kết quả đánh giá mà kế hoạch khắc phục.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(count, await PlanCountAsync());

        form["Input.AssessmentId"] = assessmentId.ToString();
        using var response = await clerk.SubmitAsync(url, form);
        var planId = PlanIdOf(response);

        var plan = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Include(p => p.Items).SingleAsync(p => p.Id == planId));
        var year = await DatabaseProbe.QueryAsync(_factory, db => db.Assessments.Where(a => a.Id == assessmentId).Select(a => a.Year).SingleAsync());
        Assert.Equal((PlanKind.Remediation, DocumentForm.Letter, "UBND"), (plan.Kind, plan.Form, plan.DocumentSymbol));
        Assert.Equal((assessmentId, year + 1), (plan.AssessmentId!.Value, plan.Year));
        Assert.Equal(["Các đ/c cán bộ, công chức xã"], plan.Addressees);
        Assert.NotEmpty(plan.Items);
        Assert.Equal(count + 1, await PlanCountAsync());
    }

    [Fact]
    public async Task The_clerk_creates_an_improvement_plan_through_the_form_with_seed_002s_starter_text()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        var planId = await CreateAsync(clerk, "Improvement", "2024", "2024", "ParIndex");

        var plan = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).SingleAsync(p => p.Id == planId));
        Assert.Equal(PlanKind.Improvement, plan.Kind);
        Assert.Null(plan.AssessmentId);
        Assert.Equal("Nâng cao chỉ số cải cách hành chính năm 2024", plan.Summary);
        var item = Assert.Single(plan.Items);
        Assert.Equal(IndexKind.ParIndex, item.Index);
        Assert.Single(item.Tasks);

        var details = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/Plans/Details/{planId}", UriKind.Relative)));
        Assert.Contains("<dd class=\"col-sm-9 col-lg-10\" id=\"plan-kind\">Kế hoạch nâng cao chỉ số</dd>", details, StringComparison.Ordinal);
        Assert.Contains("id=\"plan-period\">Năm 2024</dd>", details, StringComparison.Ordinal);
        Assert.Contains("Không dựa vào kết quả đánh giá", details, StringComparison.Ordinal);
        Assert.Matches("data-index=\"ParIndex\">\\s*<span class=\"badge bg-warning text-dark\">PAR INDEX: chưa có nhiệm vụ", details);
    }

    [Fact]
    public async Task A_multi_index_plan_over_a_period_gets_one_grouped_starter_item_per_index_and_per_ticked_component()
    {
        var component = await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var set = new CriteriaSet("PAPI (thử nghiệm)", IndexKind.Papi, "Toàn quốc", 2023, CriteriaCoverage.Complete);
            set.AddNode(null, "1", "Tham gia của người dân ở cấp cơ sở", null);
            var node = set.AddNode(null, "2", "Công khai, minh bạch trong việc ra quyết định", null);
            db.CriteriaSets.Add(set);
            await db.SaveChangesAsync();
            return node.Id;
        });
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var (form, url) = await NewPlanFormAsync(clerk, await CamSonAsync());
        Choose(form, "MultiIndex", "2024", "2026", "ParIndex", "Papi", "Pci");
        form.Fields.Add(new("Input.ComponentIds", component.ToString()));

        using var response = await clerk.SubmitAsync(url, form);
        var planId = PlanIdOf(response);

        var plan = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Include(p => p.Items).SingleAsync(p => p.Id == planId));
        Assert.Equal((PlanKind.MultiIndex, 2024, 2026), (plan.Kind, plan.Year, plan.ToYear));
        Assert.Equal([IndexKind.ParIndex, IndexKind.Papi, IndexKind.Pci], plan.Indices);
        Assert.Equal([IndexKind.ParIndex, IndexKind.Papi, IndexKind.Pci], plan.Items.Select(i => i.Index!.Value));
        Assert.Equal("Công khai, minh bạch trong việc ra quyết định", plan.Items[1].Heading);
        Assert.Equal([component], plan.Items[1].CriterionIds);
        Assert.Equal("Chỉ số hiệu quả quản trị và hành chính công.", plan.Items[1].GroupHeading);
        Assert.EndsWith("năm 2024 và giai đoạn 2024 - 2026", plan.Summary, StringComparison.Ordinal);

        var details = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/Plans/Details/{planId}", UriKind.Relative)));
        Assert.Contains("id=\"plan-period\">Giai đoạn 2024 - 2026</dd>", details, StringComparison.Ordinal);
        Assert.Contains("id=\"plan-indices\">PAR INDEX, PAPI, PCI</dd>", details, StringComparison.Ordinal);
        // The item names the catalogue component it answers, with its index.
        Assert.Contains("<li class=\"item-component\">PAPI — 2. Công khai, minh bạch trong việc ra quyết định</li>", details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MultiIndex", "2025", "2023", new[] { "ParIndex", "Pci" }, "Input.ToYear", "Năm kết thúc không được trước năm bắt đầu.")]
    [InlineData("MultiIndex", "2024", "2026", new[] { "Papi" }, "Input.Indices", "Kế hoạch duy trì, nâng cao nhiều chỉ số cần chọn ít nhất hai chỉ số.")]
    [InlineData("Improvement", "2024", "2024", new string[0], "Input.Indices", "Chọn ít nhất một chỉ số mà kế hoạch hướng tới.")]
    [InlineData("Improvement", "năm nay", "", new[] { "ParIndex" }, "Input.FromYear", "Năm bắt đầu phải là một năm, ví dụ 2024.")]
    [InlineData("Improvement", "2024", "2024", new[] { "Khác" }, "Input.Indices", "Chỉ số không hợp lệ.")]
    [InlineData("Remediation", "2024", "2024", new[] { "ParIndex" }, "Input.AssessmentId", "Chọn kết quả đánh giá mà kế hoạch khắc phục.")]
    public async Task A_wrong_period_or_choice_of_indices_is_refused_beside_its_field_and_nothing_is_saved(
        string kind, string from, string to, string[] indices, string field, string message)
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var (form, url) = await NewPlanFormAsync(clerk, await CamSonAsync());
        Choose(form, kind, from, to, indices);
        form["Input.AssessmentId"] = string.Empty;
        var before = await PlanCountAsync();

        using var response = await clerk.SubmitAsync(url, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches($"data-valmsg-for=\"{System.Text.RegularExpressions.Regex.Escape(field)}\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(message)}<", page);
        Assert.Equal(before, await PlanCountAsync());
    }

    [Fact]
    public async Task Another_communes_clerk_cannot_create_or_edit_for_this_commune_and_the_chairman_cannot_create()
    {
        var camSon = await CamSonAsync();
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var planId = await CreateAsync(clerk, "Improvement", "2024", "2024", "ParIndex");
        var (form, url) = await NewPlanFormAsync(clerk, camSon);
        Choose(form, "Improvement", "2025", "2025", "ParIndex");
        var headerForm = HtmlForm.Parse(await clerk.GetStringAsync(new Uri($"/Plans/EditHeader/{planId}", UriKind.Relative)), "header-form");
        var before = await DatabaseProbe.FingerprintAsync(_factory);
        var count = await PlanCountAsync();

        using var foreign = await TestAccounts.SignedInAsync(_factory, "t.clerk.trieutrach");
        using (var get = await foreign.GetAsync(new Uri(url, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        var token = await foreign.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using (var post = await foreign.PostFormWithTokenAsync(url, token, form.Fields.Where(f => f.Key != "__RequestVerificationToken").ToList()))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        headerForm["Input.Summary"] = "Sửa bởi xã khác";
        using (var edit = await foreign.PostFormWithTokenAsync($"/Plans/EditHeader/{planId}", token, headerForm.Fields.Where(f => f.Key != "__RequestVerificationToken").ToList()))
        {
            Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        }

        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");
        using (var denied = await chairman.GetAsync(new Uri(url, UriKind.Relative)))
        {
            // Forbidden: the cookie scheme sends the browser to the access-denied page.
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(count, await PlanCountAsync());
        Assert.Equal(before, await DatabaseProbe.FingerprintAsync(_factory));
    }

    [Fact]
    public async Task The_header_editor_saves_form_period_indices_addressees_the_replaced_plan_and_the_appendix_caption()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var planId = await CreateAsync(clerk, "MultiIndex", "2024", "2024", "ParIndex", "Sipas");
        var url = $"/Plans/EditHeader/{planId}";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)), "header-form");
        form["Input.Form"] = "Letter";
        form["Input.ToYear"] = "2026";
        form.Fields.Add(new("Input.Indices", "Papi"));
        form["Input.Addressees"] = "Các đ/c cán bộ, công chức xã\nCác thôn";
        form["Input.ReplacesWording"] = "Kế hoạch số 80/KH-UBND ngày 21/9/2022 của UBND xã Cẩm Sơn";
        form["Input.AppendixCaption"] = "(Đính kèm Công văn số 10/UBND ngày 14/02/2023 của UBND xã)";

        using var response = await clerk.SubmitAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await DatabaseProbe.QueryAsync(_factory, db => db.Plans.SingleAsync(p => p.Id == planId));
        Assert.Equal((DocumentForm.Letter, "UBND", 2024, 2026), (plan.Form, plan.DocumentSymbol, plan.Year, plan.ToYear));
        Assert.Equal([IndexKind.ParIndex, IndexKind.Sipas, IndexKind.Papi], plan.Indices);
        Assert.Equal(["Các đ/c cán bộ, công chức xã", "Các thôn"], plan.Addressees);
        Assert.Equal("Kế hoạch số 80/KH-UBND ngày 21/9/2022 của UBND xã Cẩm Sơn", plan.ReplacesWording);
        Assert.Equal("Đính kèm Công văn số 10/UBND ngày 14/02/2023 của UBND xã", plan.AppendixCaption);

        var again = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)), "header-form");
        again.Fields.RemoveAll(f => f.Key == "Input.Indices");
        again.Fields.Add(new("Input.Indices", "Pci"));
        using var refused = await clerk.SubmitAsync(url, again);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("cần chọn ít nhất hai chỉ số", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(3, await DatabaseProbe.QueryAsync(_factory, db => db.Plans.Where(p => p.Id == planId).Select(p => p.Indices.Count).SingleAsync()));
    }

    [Fact]
    public async Task The_item_editor_saves_the_index_the_group_and_an_organisation_as_lead_and_refuses_an_index_the_plan_does_not_name()
    {
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        var planId = await CreateAsync(clerk, "MultiIndex", "2024", "2025", "ParIndex", "Papi");
        var police = await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var position = new Position("Công an xã", await CamSonAsync(), 90, PositionKind.Organisation);
            db.Positions.Add(position);
            await db.SaveChangesAsync();
            return position.Id;
        });
        var itemId = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).Select(i => i.Id).FirstAsync());
        var url = $"/Plans/EditItem/{planId}/{itemId}";
        var html = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Matches("<optgroup label=\"Tổ chức, đơn vị\">\\s*<option value=\"" + police + "\">Công an xã</option>", html);
        Assert.Contains("<optgroup label=\"Chức danh\">", html, StringComparison.Ordinal);

        var form = HtmlForm.Parse(html, "item-form");
        form["Input.Index"] = "Papi";
        form["Input.GroupHeading"] = "Chỉ số hiệu quả quản trị và hành chính công.";
        form["Input.LeadPositionId"] = police.ToString();
        using (var saved = await clerk.SubmitAsync(url, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var item = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.SingleAsync(i => i.Id == itemId));
        Assert.Equal((IndexKind.Papi, "Chỉ số hiệu quả quản trị và hành chính công.", police), (item.Index!.Value, item.GroupHeading, item.LeadPositionId!.Value));

        var wrong = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(url, UriKind.Relative)), "item-form");
        wrong["Input.Index"] = "Sipas";
        wrong["Input.GroupHeading"] = "Không được lưu";
        using var refused = await clerk.SubmitAsync(url, wrong);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Index\"[^>]*>Chọn một trong các chỉ số của kế hoạch.<", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal("Chỉ số hiệu quả quản trị và hành chính công.", await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.Id == itemId).Select(i => i.GroupHeading).SingleAsync()));
    }

    [Fact]
    public async Task The_office_table_shows_the_kind_and_filters_by_it_and_an_unknown_kind_filters_nothing()
    {
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.camxuyen");

        var all = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Office", UriKind.Relative)));
        var remediation = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Office?kind=Remediation", UriKind.Relative)));
        var multi = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Office?kind=MultiIndex", UriKind.Relative)));
        var bogus = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri("/Office?kind=Bogus", UriKind.Relative)));

        Assert.Contains("Loại kế hoạch", all, StringComparison.Ordinal);
        Assert.Matches("data-commune=\"xã Cẩm Sơn\"[^>]*data-kind=\"Remediation\"", all);
        Assert.Contains("<td class=\"plan-kind\">Kế hoạch khắc phục</td>", all, StringComparison.Ordinal);
        Assert.Contains("data-commune=\"xã Cẩm Sơn\"", remediation, StringComparison.Ordinal);
        Assert.DoesNotContain("data-commune=\"xã Cẩm Sơn\"", multi, StringComparison.Ordinal);
        Assert.Contains("0 xã.", multi, StringComparison.Ordinal);
        Assert.Contains("data-commune=\"xã Cẩm Sơn\"", bogus, StringComparison.Ordinal);
        Assert.Contains("id=\"kind-ignored\"", bogus, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"kind-ignored\"", remediation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_shows_progress_by_index_of_a_tracked_multi_index_plan()
    {
        var communeId = await CamSonAsync();
        await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var commune = await db.Communes.SingleAsync(c => c.Id == communeId);
            var lead = await db.Positions.Where(p => p.CommuneId == null || p.CommuneId == communeId).Select(p => p.Id).FirstAsync();
            var plan = PlanStarter.Start(commune, new PlanSetup(PlanKind.MultiIndex, DocumentForm.Plan, 2024, 2025, [IndexKind.ParIndex, IndexKind.Papi]), null, []);
            foreach (var item in plan.Items)
            {
                plan.UpdateItem(item.Id, new ItemContent(item.Heading, null, [], null, lead, [], item.Deadline,
                    [.. item.Tasks.Select(t => new TaskContent(t.Description, null, t.Id)), new TaskContent("Nhiệm vụ thứ hai")], Index: item.Index, GroupHeading: item.GroupHeading));
            }

            var actor = new Actor("t.clerk.camson", "Công chức (test)");
            var at = new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.FromHours(7));
            plan.Submit(actor, at, CcHc.Domain.Assessments.AssessmentEvaluation.None(2024));
            plan.Approve(actor, at);
            plan.Issue(actor, at, "5", new DateOnly(2024, 1, 10));
            var papi = plan.Items.Single(i => i.Index == IndexKind.Papi);
            plan.RecordProgress(papi.Tasks[0].Id, TaskProgress.Done, out _);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri("/Dashboard", UriKind.Relative)));

        Assert.Contains("Tiến độ theo chỉ số", page, StringComparison.Ordinal);
        Assert.Matches("<tr data-index=\"Papi\"><td>PAPI <span[^>]*>[^<]*</span></td><td class=\"text-end index-done\">1</td><td class=\"text-end index-total\">2</td></tr>", page);
        // PAR INDEX also counts the tasks of the commune's tracked remediation plan, if any: only its presence is asserted.
        Assert.Contains("<tr data-index=\"ParIndex\">", page, StringComparison.Ordinal);
    }
}
