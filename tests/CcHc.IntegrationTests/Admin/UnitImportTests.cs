using System.Diagnostics;
using System.Net;
using System.Text;
using CcHc.Domain.Communes;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>
/// /Admin/Units/Import on the real host and a real SQLite file: a province's units imported twice (the second time
/// changes nothing), a later list's rename recorded with its effective date, a malformed upload refused row by row with
/// nothing saved, only administrators.
/// </summary>
public sealed class UnitImportTests : IClassFixture<CcHcWebApplicationFactory>
{
    internal const string ImportUrl = "/Admin/Units/Import";

    /// <summary>Hà Tĩnh's units in the 2025 list.</summary>
    private const int HaTinhUnits = 69;

    private readonly CcHcWebApplicationFactory _factory;

    public UnitImportTests(CcHcWebApplicationFactory factory) => _factory = factory;

    /// <summary>Previews (shipped list or an upload) and returns the page's HTML and status.</summary>
    internal static async Task<(HttpStatusCode Status, string Html)> PreviewAsync(HttpClient admin, string? provinceCode, string effectiveDate = "2025-07-01", byte[]? upload = null)
    {
        var token = await admin.GetAntiforgeryTokenAsync(ImportUrl);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(upload is null ? "shipped" : "upload"), "Input.Source" },
            { new StringContent(provinceCode ?? string.Empty), "Input.ProvinceCode" },
            { new StringContent(effectiveDate), "Input.EffectiveDate" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (upload is not null)
        {
            content.Add(new ByteArrayContent(upload), "Input.File", "don-vi-moi.csv");
        }

        using var response = await admin.PostAsync(new Uri(ImportUrl + "?handler=Preview", UriKind.Relative), content);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    internal static int Count(string html, string name)
    {
        var marker = $"data-count=\"{name}\">";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no count {name} in the preview");
        start += marker.Length;
        return int.Parse(html[start..html.IndexOf('<', start)], System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static async Task<HttpResponseMessage> ApplyAsync(HttpClient admin, string previewHtml) =>
        await admin.SubmitAsync(ImportUrl + "?handler=Apply", HtmlForm.Parse(previewHtml, "apply-form"));

    [Fact]
    public async Task A_province_imported_twice_creates_its_units_office_and_lineage_once()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        var (status, preview) = await PreviewAsync(admin, "42");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((HaTinhUnits, 0, 0, 0, 1), (Count(preview, "new"), Count(preview, "renamed"), Count(preview, "kind"), Count(preview, "unchanged"), Count(preview, "offices")));
        Assert.Equal(0, await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().CountAsync(c => c.OfficialCode != null)));

        using var applied = await ApplyAsync(admin, preview);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);

        var camLac = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.OfficialCode == "18748"));
        Assert.Equal(("xã Cẩm Lạc", "Cẩm Lạc", "ỦY BAN NHÂN DÂN\nXÃ CẨM LẠC", "tỉnh Hà Tĩnh", "42"), (camLac.Name, camLac.PlaceName, camLac.IssuingBodyName, camLac.Province, camLac.ProvinceCode!));
        Assert.Equal((CommuneKind.Xa, (string?)null, new DateOnly(2025, 7, 1)), (camLac.Kind, camLac.District, camLac.ValidFrom!.Value));
        var office = await WithDbAsync(_factory, db => db.OversightOffices.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == camLac.OversightOfficeId));
        Assert.Equal(("Sở Nội vụ tỉnh Hà Tĩnh", (string?)null), (office.Name, office.District));
        var thanhSen = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.OfficialCode == "18073"));
        Assert.Equal((CommuneKind.Phuong, "phường Thành Sen", "ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH SEN"), (thanhSen.Kind, thanhSen.Name, thanhSen.IssuingBodyName));

        // Cẩm Lạc's lineage: three whole predecessors, xã Cẩm Sơn linked to the seed commune.
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");
        var lineage = await WithDbAsync(_factory, db => db.CommunePredecessors.IgnoreQueryFilters().AsNoTracking().Where(p => p.SuccessorId == camLac.Id).OrderBy(p => p.Order).ToListAsync());
        Assert.Equal(["Xã Cẩm Minh", "Xã Cẩm Sơn", "Xã Cẩm Lạc"], lineage.Select(p => p.Name));
        Assert.All(lineage, p => Assert.False(p.NeedsReview || p.Partial));
        Assert.Equal(camSon, lineage[1].PredecessorCommuneId);
        Assert.Null(lineage[0].PredecessorCommuneId);

        var counts = await CountsAsync();
        Assert.Equal(HaTinhUnits, counts.Units);
        Assert.Equal(HaTinhUnits, counts.Created);
        Assert.Equal(1, counts.Provinces);

        // The second import of the same list changes nothing.
        var (_, again) = await PreviewAsync(admin, "42");
        Assert.Equal((0, 0, 0, HaTinhUnits, 0), (Count(again, "new"), Count(again, "renamed"), Count(again, "kind"), Count(again, "unchanged"), Count(again, "offices")));
        Assert.Contains("id=\"nothing-to-do\"", again, StringComparison.Ordinal);
        using var reapplied = await ApplyAsync(admin, again);
        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        Assert.Equal(counts, await CountsAsync());

        // The unit list shows them; the predecessors' page shows the lineage and the recorded creation.
        var list = await GetHtmlAsync(admin, "/Admin/Units/Index?tinh=42");
        Assert.Contains($"{HaTinhUnits} đơn vị", list, StringComparison.Ordinal);
        var page = await GetHtmlAsync(admin, $"/Admin/Units/Predecessors/{camLac.Id}");
        Assert.Contains("data-predecessor=\"Xã Cẩm Sơn\"", page, StringComparison.Ordinal);
        Assert.Contains("<td>01/07/2025</td><td>Thành lập</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_list_is_refused_row_by_row_and_nothing_is_saved()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var before = await CountsAsync();
        var bad = Encoding.UTF8.GetBytes(
            "ma_tinh,ten_tinh,ma_xa,ten_xa,loai,truoc_sap_nhap\n"
            + "99,Tỉnh Thử,90001,Xã Một,xã,Xã A\n"
            + "99,Tỉnh Thử,9000x,Xã Hai,xã,Xã B\n"
            + "99,Tỉnh Thử,90003,Cẩm Ba,xã,\n"
            + "99,Tỉnh Thử,90001,Xã Bốn,xã,\n"
            + "99,Tỉnh Thử,90005,Xã Năm,huyện,\n");

        var (status, html) = await PreviewAsync(admin, null, upload: bad);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Chưa nhập được: tệp có 4 lỗi", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 3, cột ma_xa: \"9000x\" không phải mã xã (1–6 chữ số).", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột ten_xa: \"Cẩm Ba\" không bắt đầu bằng loại đơn vị", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 5, cột ma_xa: mã xã 90001 trùng với dòng 2.", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 6, cột loai: \"huyện\" không phải loại đơn vị", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"apply-form\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        // Missing columns and a file that is not a table are refused the same way.
        var (_, noColumns) = await PreviewAsync(admin, null, upload: Encoding.UTF8.GetBytes("ma,ten\n1,2\n"));
        Assert.Contains("Thiếu cột \"ma_tinh\".", noColumns, StringComparison.Ordinal);
        var (binaryStatus, _) = await PreviewAsync(admin, null, upload: [0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, binaryStatus);

        // An apply step whose carried file was tampered with saves nothing.
        var token = await admin.GetAntiforgeryTokenAsync(ImportUrl);
        using var tampered = await admin.PostFormWithTokenAsync(ImportUrl + "?handler=Apply", token,
        [
            new("Input.Source", "upload"), new("Input.ProvinceCode", ""), new("Input.EffectiveDate", "2025-07-01"),
            new("Input.Payload", "bm90IGd6aXA="), new("Input.Fingerprint", "ABC"),
        ]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tampered.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Only_administrators_reach_the_units_pages_and_a_denied_import_changes_nothing()
    {
        await TestAccounts.EnsureCreatedAsync(_factory);
        var before = await CountsAsync();
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");
        foreach (var account in new[] { "t.clerk.camson", "t.chairman.camson", "t.staff.camson", "t.reviewer.camxuyen" })
        {
            using var user = await TestAccounts.SignedInAsync(_factory, account);
            foreach (var url in new[] { ImportUrl, "/Admin/Units/Index", $"/Admin/Units/Predecessors/{camSon}" })
            {
                using var get = await user.GetAsync(new Uri(url, UriKind.Relative));
                await AssertForbiddenAsync(user, get);
            }

            var token = await user.GetAntiforgeryTokenAsync("/Account/ChangePassword");
            foreach (var handler in new[] { "Preview", "Apply" })
            {
                using var post = await user.PostFormWithTokenAsync($"{ImportUrl}?handler={handler}", token,
                    [new("Input.Source", "shipped"), new("Input.ProvinceCode", "42"), new("Input.EffectiveDate", "2025-07-01"), new("Input.Fingerprint", "x")]);
                await AssertForbiddenAsync(user, post);
            }

            using var add = await user.PostFormWithTokenAsync($"/Admin/Units/Predecessors/{camSon}?handler=Add", token, [new("Name", "Xã Lạ")]);
            await AssertForbiddenAsync(user, add);
        }

        Assert.Equal(before, await CountsAsync());
    }

    private Task<(int Units, int Created, int Provinces, int Predecessors, int Offices)> CountsAsync() =>
        WithDbAsync(_factory, async db => (
            await db.Communes.IgnoreQueryFilters().CountAsync(c => c.OfficialCode != null),
            await db.UnitChanges.IgnoreQueryFilters().CountAsync(u => u.Kind == UnitChangeKind.Created),
            await db.Provinces.CountAsync(),
            await db.CommunePredecessors.IgnoreQueryFilters().CountAsync(),
            await db.OversightOffices.IgnoreQueryFilters().CountAsync()));
}

/// <summary>A later version of the list (Đồng Nai's changes of 30/04/2026 are of this kind): renames and changes of type recorded with their effective date.</summary>
public sealed class UnitRenameTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public UnitRenameTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task A_later_list_renames_a_unit_and_changes_a_type_recorded_with_the_effective_date()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var (_, first) = await UnitImportTests.PreviewAsync(admin, "42");
        using var applied = await UnitImportTests.ApplyAsync(admin, first);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);

        var later = Encoding.UTF8.GetBytes(
            "ma_tinh,ten_tinh,ma_xa,ten_xa,loai,truoc_sap_nhap\n"
            + "42,Tỉnh Hà Tĩnh,18748,Xã Cẩm Lạc Mới,xã,\"Xã Cẩm Minh, Xã Cẩm Sơn, Xã Cẩm Lạc\"\n"
            + "42,Tỉnh Hà Tĩnh,18073,Phường Thành Sen,phường,\n"
            + "42,Tỉnh Hà Tĩnh,18133,Phường Hương Sơn,phường,Xã Hương Sơn\n");

        var (status, preview) = await UnitImportTests.PreviewAsync(admin, "42", "2026-04-30", later);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, 1, 1, 1), (UnitImportTests.Count(preview, "new"), UnitImportTests.Count(preview, "renamed"), UnitImportTests.Count(preview, "kind"), UnitImportTests.Count(preview, "unchanged")));
        using var applied2 = await UnitImportTests.ApplyAsync(admin, preview);
        Assert.Equal(HttpStatusCode.Redirect, applied2.StatusCode);

        var camLac = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.OfficialCode == "18748"));
        Assert.Equal(("xã Cẩm Lạc Mới", "Cẩm Lạc Mới", "ỦY BAN NHÂN DÂN\nXÃ CẨM LẠC MỚI"), (camLac.Name, camLac.PlaceName, camLac.IssuingBodyName));
        var changes = await WithDbAsync(_factory, db => db.UnitChanges.IgnoreQueryFilters().AsNoTracking().Where(u => u.EffectiveDate == new DateOnly(2026, 4, 30)).ToListAsync());
        var rename = Assert.Single(changes, c => c.Kind == UnitChangeKind.Renamed);
        Assert.Equal((camLac.Id, "xã Cẩm Lạc", "xã Cẩm Lạc Mới", "t.admin"), (rename.CommuneId, rename.OldValue, rename.NewValue, rename.RecordedBy));
        var kind = Assert.Single(changes, c => c.Kind == UnitChangeKind.KindChanged);
        Assert.Equal(("xã", "phường"), (kind.OldValue, kind.NewValue));
        var huongSon = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.OfficialCode == "18133"));
        Assert.Equal((kind.CommuneId, CommuneKind.Phuong, "phường Hương Sơn", "ỦY BAN NHÂN DÂN\nPHƯỜNG HƯƠNG SƠN"), (huongSon.Id, huongSon.Kind, huongSon.Name, huongSon.IssuingBodyName));

        var history = await GetHtmlAsync(admin, $"/Admin/Units/Predecessors/{camLac.Id}");
        Assert.Contains("<td>30/04/2026</td><td>Đổi tên</td><td>xã Cẩm Lạc</td><td>xã Cẩm Lạc Mới</td>", history, StringComparison.Ordinal);

        // The same later list again: nothing more.
        var (_, again) = await UnitImportTests.PreviewAsync(admin, "42", "2026-04-30", later);
        Assert.Equal((0, 0, 0), (UnitImportTests.Count(again, "new"), UnitImportTests.Count(again, "renamed"), UnitImportTests.Count(again, "kind")));
    }
}
