using System.Diagnostics;
using System.Net;
using CcHc.Domain.Communes;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>The whole official list (3,321 units) imported through the page, twice, timed; then a lineage edited by the administrator.</summary>
public sealed class UnitWholeListTests : IClassFixture<CcHcWebApplicationFactory>
{
    /// <summary>Measured: the shipped list's predecessor entries (9,968 whole + 656 to review) and units whose lineage needs review.</summary>
    private const int Entries = 10_624;
    private const int UnitsToReview = 185;

    private readonly CcHcWebApplicationFactory _factory;
    private readonly ITestOutputHelper _output;

    public UnitWholeListTests(CcHcWebApplicationFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
    }

    [Fact]
    public async Task The_whole_list_is_imported_in_one_batch_and_a_second_import_changes_nothing()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var officesBefore = await WithDbAsync(_factory, db => db.OversightOffices.IgnoreQueryFilters().CountAsync());

        var watch = Stopwatch.StartNew();
        var (status, preview) = await UnitImportTests.PreviewAsync(admin, null);
        var previewTime = watch.Elapsed;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((3321, 0, 34, UnitsToReview), (UnitImportTests.Count(preview, "new"), UnitImportTests.Count(preview, "unchanged"), UnitImportTests.Count(preview, "offices"), UnitImportTests.Count(preview, "review")));

        watch.Restart();
        using var applied = await UnitImportTests.ApplyAsync(admin, preview);
        var applyTime = watch.Elapsed;
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        _output.WriteLine($"Whole list: preview {previewTime.TotalMilliseconds:F0} ms, apply {applyTime.TotalMilliseconds:F0} ms (3,321 units, {Entries} predecessors, 34 offices).");
        Assert.True(applyTime < TimeSpan.FromSeconds(60), $"the import took {applyTime}");

        var counts = await WithDbAsync(_factory, async db => (
            Units: await db.Communes.IgnoreQueryFilters().CountAsync(c => c.OfficialCode != null),
            Xa: await db.Communes.IgnoreQueryFilters().CountAsync(c => c.OfficialCode != null && c.Kind == CommuneKind.Xa),
            Phuong: await db.Communes.IgnoreQueryFilters().CountAsync(c => c.OfficialCode != null && c.Kind == CommuneKind.Phuong),
            DacKhu: await db.Communes.IgnoreQueryFilters().CountAsync(c => c.OfficialCode != null && c.Kind == CommuneKind.DacKhu),
            Provinces: await db.Provinces.CountAsync(),
            Offices: await db.OversightOffices.IgnoreQueryFilters().CountAsync(),
            Predecessors: await db.CommunePredecessors.IgnoreQueryFilters().CountAsync(),
            Changes: await db.UnitChanges.IgnoreQueryFilters().CountAsync(),
            WithoutOffice: await db.Communes.IgnoreQueryFilters().CountAsync(c => c.OfficialCode != null && c.OversightOfficeId == null)));
        Assert.Equal((3321, 2611, 697, 13, 34, officesBefore + 34, Entries, 3321, 0), counts);
        var huế = await WithDbAsync(_factory, db => db.Provinces.AsNoTracking().SingleAsync(p => p.Code == "46"));
        Assert.Equal(("thành phố Huế", "giữ nguyên"), (huế.Name, huế.FormedFrom!));
        Assert.True(await WithDbAsync(_factory, db => db.OversightOffices.IgnoreQueryFilters().AnyAsync(o => o.Name == "Sở Nội vụ thành phố Hà Nội")));

        // Again: nothing new, nothing saved.
        watch.Restart();
        var (_, again) = await UnitImportTests.PreviewAsync(admin, null);
        _output.WriteLine($"Second preview: {watch.Elapsed.TotalMilliseconds:F0} ms.");
        Assert.Equal((0, 0, 0, 3321), (UnitImportTests.Count(again, "new"), UnitImportTests.Count(again, "renamed"), UnitImportTests.Count(again, "kind"), UnitImportTests.Count(again, "unchanged")));
        using var reapplied = await UnitImportTests.ApplyAsync(admin, again);
        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        Assert.Equal(3321, await WithDbAsync(_factory, db => db.UnitChanges.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(Entries, await WithDbAsync(_factory, db => db.CommunePredecessors.IgnoreQueryFilters().CountAsync()));

        // The list pages: the filter of units to review, paged.
        var toReview = await GetHtmlAsync(admin, "/Admin/Units/Index?canRaSoat=true");
        Assert.Contains($"{UnitsToReview} đơn vị — trang 1/4.", toReview, StringComparison.Ordinal);
    }

}

/// <summary>A unit's predecessors edited by the administrator: corrected, linked, reviewed, added, removed.</summary>
public sealed class UnitLineageEditingTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public UnitLineageEditingTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_administrator_reviews_links_adds_and_removes_a_units_predecessors()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var unit = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.OfficialCode == "00004"));
        if (unit is null)
        {
            var (_, preview) = await UnitImportTests.PreviewAsync(admin, "01");
            using var applied = await UnitImportTests.ApplyAsync(admin, preview);
            unit = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().SingleAsync(c => c.OfficialCode == "00004"));
        }

        // Phường Ba Đình (Hà Nội): its list text has "một phần …": every entry is to review.
        var url = $"/Admin/Units/Predecessors/{unit.Id}";
        var page = await GetHtmlAsync(admin, url);
        Assert.Contains("data-needs-review=\"true\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-needs-review=\"false\"", page, StringComparison.Ordinal);
        var entries = await WithDbAsync(_factory, db => db.CommunePredecessors.IgnoreQueryFilters().AsNoTracking().Where(p => p.SuccessorId == unit.Id).OrderBy(p => p.Order).ToListAsync());
        var first = entries[0];
        var camSon = await CommuneIdAsync(_factory, "xã Cẩm Sơn");

        using var saved = await admin.PostFormAsync(url, $"{url}?handler=Save",
            [new("EntryId", first.Id.ToString()), new("Name", "Phường Quán Thánh"), new("PredecessorCommuneId", camSon.ToString()), new("Reviewed", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await WithDbAsync(_factory, db => db.CommunePredecessors.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == first.Id));
        Assert.Equal(("Phường Quán Thánh", false, false, (Guid?)camSon), (after.Name, after.NeedsReview, after.Partial, after.PredecessorCommuneId));

        // A unit with an official code is not a predecessor to link; an empty name is refused beside its field.
        using var wrongLink = await admin.PostFormAsync(url, $"{url}?handler=Save",
            [new("EntryId", first.Id.ToString()), new("Name", "Phường Quán Thánh"), new("PredecessorCommuneId", unit.Id.ToString())]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongLink.StatusCode);
        using var empty = await admin.PostFormAsync(url, $"{url}?handler=Add", [new("Name", " ")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Nhập tên đơn vị tiền thân.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var added = await admin.PostFormAsync(url, $"{url}?handler=Add", [new("Name", "Xã Thử Thêm"), new("Partial", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var extra = await WithDbAsync(_factory, db => db.CommunePredecessors.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.SuccessorId == unit.Id && p.Name == "Xã Thử Thêm"));
        Assert.Equal((entries.Count, true, false), (extra.Order, extra.Partial, extra.NeedsReview));

        using var removed = await admin.PostFormAsync(url, $"{url}?handler=Remove", [new("EntryId", extra.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(entries.Count, await WithDbAsync(_factory, db => db.CommunePredecessors.IgnoreQueryFilters().CountAsync(p => p.SuccessorId == unit.Id)));
    }
}

/// <summary>The district is optional in the commune form: a unit since 1/7/2025 is created without one, with its type and code.</summary>
public sealed class CommuneWithoutDistrictTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public CommuneWithoutDistrictTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task A_commune_is_created_and_edited_without_a_district_and_duplicates_are_still_refused()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var name = "phường " + UniqueName("Phong Quảng");
        Dictionary<string, string> Form(string code) => new()
        {
            ["Input.Name"] = name,
            ["Input.District"] = string.Empty,
            ["Input.Kind"] = nameof(CommuneKind.Phuong),
            ["Input.OfficialCode"] = code,
            ["Input.Province"] = "thành phố Huế",
            ["Input.PlaceName"] = "Phong Quảng",
            ["Input.IssuingBodyName"] = "ỦY BAN NHÂN DÂN\nPHƯỜNG PHONG QUẢNG",
            ["Input.ChairmanName"] = string.Empty,
            ["Input.OversightOfficeId"] = string.Empty,
        };

        using var created = await admin.PostFormAsync("/Admin/Communes/Edit", "/Admin/Communes/Edit", Form("19873"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var commune = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Name == name));
        Assert.Equal(((string?)null, CommuneKind.Phuong, "19873"), (commune.District, commune.Kind, commune.OfficialCode!));
        var form = await GetHtmlAsync(admin, $"/Admin/Communes/Edit/{commune.Id}");
        Assert.Contains("Huyện (chỉ với đơn vị trước 01/7/2025; để trống nếu không có)", form, StringComparison.Ordinal);

        // The same name in the same province without a district is a duplicate; so is a code already used.
        using var duplicate = await admin.PostFormAsync("/Admin/Communes/Edit", "/Admin/Communes/Edit", Form("19874"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Equal($"Đã có {name} thuộc thành phố Huế. Mỗi xã chỉ khai báo một lần.", FieldMessage(await duplicate.Content.ReadAsStringAsync(), "Input.Name"));
        var other = Form("19873");
        other["Input.Name"] = name + " Hai";
        using var sameCode = await admin.PostFormAsync("/Admin/Communes/Edit", "/Admin/Communes/Edit", other);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sameCode.StatusCode);
        Assert.Equal("Mã đơn vị 19873 đã dùng cho một đơn vị khác.", FieldMessage(await sameCode.Content.ReadAsStringAsync(), "Input.OfficialCode"));
    }
}
