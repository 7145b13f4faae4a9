using System.Net;
using System.Net.Http.Headers;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Assessments;

/// <summary>Scores imported from a file through the real page: a clean re-import, and bad files refused with where and why.</summary>
public sealed class ScoreImportTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public ScoreImportTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_exported_sheet_re_imports_to_the_same_scores()
    {
        var (id, clerk) = await CamSonAsync();
        var before = await FingerprintAsync(id);
        var export = await clerk.GetByteArrayAsync(new Uri($"/Assessments/Export/{id}", UriKind.Relative));

        using var response = await UploadAsync(clerk, id, export, "bang-diem.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await FingerprintAsync(id));
        var downloads = await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.CountAsync(a => a.Action == CcHc.Infrastructure.Auditing.AuditAction.Download && a.EntityId == id.ToString()));
        Assert.True(downloads >= 1);
    }

    [Fact]
    public async Task A_malformed_score_and_an_unknown_code_are_listed_by_row_and_nothing_is_saved()
    {
        var (id, clerk) = await CamSonAsync();
        var before = await FingerprintAsync(id);
        // A .csv keeps the typed text exactly (ClosedXML 0.95 would turn "1,2,3" into a date when writing an .xlsx).
        var csv = "Mã;Nội dung;Cấp;Điểm tối đa;Điểm thẩm định\n;Chỉ đạo điều hành;1;11;1,2,3\n9.9.9;Không có;1;5;4\n;Cải cách thể chế;1;7;6,75\n";
        using var response = await UploadAsync(clerk, id, System.Text.Encoding.UTF8.GetBytes(csv), "bang-diem.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("\"1,2,3\"", page, StringComparison.Ordinal);
        Assert.Contains("9.9.9", page, StringComparison.Ordinal);
        Assert.Contains("<td>2</td><td>Điểm thẩm định</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>3</td>", page, StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync(id));
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_with_a_message()
    {
        var (id, clerk) = await CamSonAsync();

        using var response = await UploadAsync(clerk, id, "%PDF-1.7 not a spreadsheet"u8.ToArray(), "diem.xlsx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("không phải bảng tính", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_50_mb_upload_is_stopped_with_a_message_and_nothing_saved()
    {
        var (id, clerk) = await CamSonAsync();
        var before = await FingerprintAsync(id);

        using var response = await UploadAsync(clerk, id, new byte[50 * 1024 * 1024], "lon.xlsx");
        var page = response.StatusCode == HttpStatusCode.Redirect
            ? await clerk.GetStringAsync(response.Headers.Location)
            : await response.Content.ReadAsStringAsync();

        Assert.Contains("Tệp lớn hơn 5 MB.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync(id));
    }

    [Fact]
    public async Task A_score_above_its_maximum_is_checked_once_by_the_domain_and_listed_with_the_files_other_problems_in_row_order()
    {
        var (id, clerk) = await CamSonAsync();
        var before = await FingerprintAsync(id);
        var csv = "Mã;Nội dung;Cấp;Điểm tối đa;Điểm thẩm định\n;Chỉ đạo điều hành;1;11;12\n;Không có trong bộ;1;;1\n;Cải cách thể chế;1;7;6,75\n";

        using var response = await UploadAsync(clerk, id, System.Text.Encoding.UTF8.GetBytes(csv), "bang-diem.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var range = page.IndexOf("<td>2</td><td>Điểm thẩm định</td>", StringComparison.Ordinal);
        var unknown = page.IndexOf("<td>3</td><td></td><td>không có tiêu chí \"Không có trong bộ\"", StringComparison.Ordinal);
        Assert.True(range > 0 && unknown > range, page);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(page, "là 12, phải trong khoảng 0 – 11"));
        Assert.Contains("Chưa nhập: tệp có 2 lỗi.", page, StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync(id));
    }

    [Fact]
    public async Task An_import_based_on_a_stale_read_is_a_conflict_and_saves_nothing()
    {
        var (id, clerk) = await CamSonAsync();
        var readToken = HtmlForm.Parse(await clerk.GetStringAsync(new Uri($"/Assessments/Import/{id}", UriKind.Relative)), "import-form")["ConcurrencyToken"];

        // Someone else saves the score sheet meanwhile.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CcHc.Infrastructure.Persistence.CcHcDbContext>();
            var assessment = await db.Assessments.IgnoreQueryFilters().Include(a => a.Scores).SingleAsync(a => a.Id == id);
            var set = await db.CriteriaSets.IgnoreQueryFilters().Include(s => s.Nodes).SingleAsync(s => s.Id == assessment.CriteriaSetId);
            var field = set.Fields.Single(n => n.Title == "Cải cách thể chế");
            var score = assessment.ScoreOf(field.Id)!;
            assessment.RecordScore(field, score.AppraisedScore, score.StatedDeduction, score.SelfAssessedScore, "Người khác vừa sửa nguyên nhân");
            await db.SaveChangesAsync();
        }

        var before = await FingerprintAsync(id);
        var csv = "Mã;Nội dung;Cấp;Điểm tối đa;Điểm thẩm định\n;Cải cách thể chế;1;7;6,5\n";
        using var response = await UploadAsync(clerk, id, System.Text.Encoding.UTF8.GetBytes(csv), "bang-diem.csv", readToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("id=\"conflict\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync(id));
        Assert.Contains("Người khác vừa sửa nguyên nhân", before, StringComparison.Ordinal);

        // The page now carries the current token: importing again deliberately goes through.
        using var again = await UploadAsync(clerk, id, System.Text.Encoding.UTF8.GetBytes(csv), "bang-diem.csv");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.NotEqual(before, await FingerprintAsync(id));
    }

    private async Task<(Guid Id, HttpClient Clerk)> CamSonAsync()
    {
        var id = await DatabaseProbe.QueryAsync(_factory, db => db.Assessments
            .Where(a => db.Communes.Any(c => c.Id == a.CommuneId && c.Name == "xã Cẩm Sơn") && a.Year == 2023).Select(a => a.Id).SingleAsync());
        return (id, await TestAccounts.SignedInAsync(_factory, "t.clerk.camson"));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] bytes, string fileName, string? concurrencyToken = null)
    {
        var url = $"/Assessments/Import/{id}";
        var form = HtmlForm.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)), "import-form");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(form["__RequestVerificationToken"]), "__RequestVerificationToken");
        content.Add(new StringContent(concurrencyToken ?? form["ConcurrencyToken"]), "ConcurrencyToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "Upload", fileName);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private Task<string> FingerprintAsync(Guid id) => DatabaseProbe.QueryAsync(_factory, async db =>
        string.Join('|', await db.Set<CcHc.Domain.Assessments.CriterionScore>().Where(s => s.AssessmentId == id)
            .OrderBy(s => s.CriterionId).Select(s => s.CriterionId + ":" + s.AppraisedScore + ":" + s.SelfAssessedScore + ":" + s.StatedDeduction + ":" + s.Reason).ToListAsync()));
}
