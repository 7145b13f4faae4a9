using System.Net;
using CcHc.DemoData;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>
/// The demo on the map since 1/7/2025: the seed communes stay as they were (before 1/7/2025, under their districts),
/// their successors come from the shipped list with its predecessor lists, under their province's Sở Nội vụ, each
/// linked to the seed commune it names; all of Hà Tĩnh is loaded; the demo accounts of Sở Nội vụ tỉnh Hà Tĩnh and
/// xã Cẩm Lạc sign in with the published demo password; seeding again changes nothing.
/// </summary>
public sealed class DemoSuccessorTests : IClassFixture<MapWebApplicationFactory>
{
    /// <summary>Each successor's predecessors as don-vi-hanh-chinh-2025.csv lists them, in its order.</summary>
    public static TheoryData<string, string, string, string[]> Successors => new()
    {
        { "18748", "xã Cẩm Lạc", "Sở Nội vụ tỉnh Hà Tĩnh", ["Xã Cẩm Minh", "Xã Cẩm Sơn", "Xã Cẩm Lạc"] },
        { "19639", "xã Nam Cửa Việt", "Sở Nội vụ tỉnh Quảng Trị", ["Xã Triệu Trạch", "Xã Triệu Phước", "Xã Triệu Tân"] },
        { "19873", "phường Phong Quảng", "Sở Nội vụ thành phố Huế", ["Phường Phong Hải", "Xã Quảng Công", "Xã Quảng Ngạn"] },
        { "21325", "xã Sơn Kỳ", "Sở Nội vụ tỉnh Quảng Ngãi", ["Xã Sơn Ba", "Xã Sơn Kỳ"] },
        { "15274", "xã Hà Long", "Sở Nội vụ tỉnh Thanh Hóa", ["Thị trấn Hà Long", "Xã Hà Bắc", "Xã Hà Giang"] },
    };

    private readonly MapWebApplicationFactory _factory;

    public DemoSuccessorTests(MapWebApplicationFactory factory) => _factory = factory;

    [Theory]
    [MemberData(nameof(Successors))]
    public async Task A_successor_lists_its_predecessors_as_the_file_gives_them_linked_to_its_seed_commune(
        string code, string name, string office, string[] predecessors)
    {
        var seedName = DemoSuccessors.All.Single(s => s.OfficialCode == code).SeedCommuneName;
        var (unit, officeName, entries, seed) = await WithDbAsync(_factory, async db =>
        {
            var unit = await db.Communes.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.OfficialCode == code);
            var officeName = await db.OversightOffices.IgnoreQueryFilters().Where(o => o.Id == unit.OversightOfficeId).Select(o => o.Name).SingleAsync();
            var entries = await db.CommunePredecessors.IgnoreQueryFilters().AsNoTracking().Where(p => p.SuccessorId == unit.Id).OrderBy(p => p.Order).ToListAsync();
            var seed = await db.Communes.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Name == seedName && c.OfficialCode == null);
            return (unit, officeName, entries, seed);
        });

        Assert.Equal((name, (string?)null, DemoSuccessors.MapEffectiveDate, (DateOnly?)null), (unit.Name, unit.District, unit.ValidFrom!.Value, unit.ValidUntil));
        Assert.Equal(office, officeName);
        Assert.Equal(predecessors, entries.Select(e => e.Name));
        Assert.All(entries, e => Assert.False(e.Partial || e.NeedsReview, e.Name));

        // The entry naming the seed commune is linked to it, and only that one: the others were never in CcHc.
        var linked = Assert.Single(entries, e => e.PredecessorCommuneId is not null);
        Assert.Equal(seedName, linked.Name, ignoreCase: true);
        Assert.Equal(seed.Id, linked.PredecessorCommuneId);
        Assert.NotEqual(unit.Id, seed.Id);
    }

    [Fact]
    public async Task The_seed_communes_stay_before_2025_under_their_districts_and_offices()
    {
        var seeds = await WithDbAsync(_factory, db => db.Communes.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OfficialCode == null && c.District != null)
            .Join(db.OversightOffices.IgnoreQueryFilters(), c => c.OversightOfficeId, o => o.Id, (c, o) => new { c.Name, c.District, c.ValidUntil, Office = o.Name })
            .ToListAsync());

        Assert.Equal(
            [
                ("xã Cẩm Sơn", "huyện Cẩm Xuyên", "Phòng Nội vụ huyện Cẩm Xuyên"),
                ("xã Hà Bắc", "huyện Hà Trung", "Phòng Nội vụ huyện Hà Trung"),
                ("xã Quảng Công", "huyện Quảng Điền", "Phòng Nội vụ huyện Quảng Điền"),
                ("xã Sơn Kỳ", "huyện Sơn Hà", "Phòng Nội vụ huyện Sơn Hà"),
                ("xã Triệu Trạch", "huyện Triệu Phong", "Phòng Nội vụ huyện Triệu Phong"),
            ],
            seeds.Select(s => (s.Name, s.District!, s.Office)).Order());

        // Valid until 30/6/2025: ValidUntil is the day after the last day.
        Assert.All(seeds, s => Assert.Equal(new DateOnly(2025, 7, 1), s.ValidUntil));
    }

    [Fact]
    public async Task All_of_Ha_Tinh_is_loaded_under_its_So_Noi_vu_with_the_list_s_69_units()
    {
        var (units, kinds, withoutOffice) = await WithDbAsync(_factory, async db =>
        {
            var office = await db.OversightOffices.IgnoreQueryFilters().SingleAsync(o => o.Name == "Sở Nội vụ tỉnh Hà Tĩnh");
            var units = await db.Communes.IgnoreQueryFilters().AsNoTracking().Where(c => c.ProvinceCode == "42").ToListAsync();
            return (units, units.GroupBy(u => u.Kind).ToDictionary(g => g.Key, g => g.Count()), units.Count(u => u.OversightOfficeId != office.Id));
        });

        Assert.Equal(69, units.Count);
        Assert.Equal(0, withoutOffice);
        Assert.All(units, u => Assert.Equal(("tỉnh Hà Tĩnh", (string?)null), (u.Province, u.District)));
        Assert.Equal(69, kinds.Values.Sum());
        Assert.True(kinds.GetValueOrDefault(CommuneKind.Phuong) > 0 && kinds.GetValueOrDefault(CommuneKind.Xa) > 0);
    }

    [Fact]
    public async Task Cam_Lac_s_2025_result_is_made_up_and_marked_as_sample_data()
    {
        var (assessments, sets) = await WithDbAsync(_factory, async db =>
        {
            var camLac = await db.Communes.IgnoreQueryFilters().Where(c => c.OfficialCode == "18748").Select(c => c.Id).SingleAsync();
            var assessments = await db.Assessments.IgnoreQueryFilters().AsNoTracking().Where(a => a.CommuneId == camLac).ToListAsync();
            var setIds = assessments.Select(a => a.CriteriaSetId).ToList();
            var sets = await db.CriteriaSets.IgnoreQueryFilters().AsNoTracking().Where(s => setIds.Contains(s.Id)).Select(s => s.Name + " | " + s.Province).ToListAsync();
            return (assessments, sets);
        });

        var sample = Assert.Single(assessments);
        Assert.Equal((2025, true, 84.75m), (sample.Year, sample.IsSample, sample.StatedTotal!.Value));
        Assert.Null(sample.Rank);
        Assert.Equal(CamLac2025Sample.CriteriaSetName + " | tỉnh Hà Tĩnh", Assert.Single(sets));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await FingerprintAsync();

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync());
            var again = await scope.ServiceProvider.GetRequiredService<DemoSuccessorSeeder>().SeedAsync();
            Assert.Equal(new DemoSuccessorSeeder.Outcome(0, 0, false), again);
        }

        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task The_demo_accounts_of_the_2025_map_sign_in_with_the_demo_password_and_see_their_units()
    {
        await SeedDemoAccountsAsync("reviewer.hatinh", "clerk.camlac", "chairman.camlac", "clerk.sonky");

        using var reviewer = await TestAccounts.SignedInAsync(_factory, "reviewer.hatinh", IdentitySeeder.DemoPassword);
        var office = await GetHtmlAsync(reviewer, "/Office");
        Assert.Contains("xã Cẩm Lạc", office, StringComparison.Ordinal);
        Assert.Contains("phường Thành Sen", office, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Nam Cửa Việt", office, StringComparison.Ordinal);
        Assert.DoesNotContain("xã Triệu Trạch", office, StringComparison.Ordinal);
        Assert.Contains("Dữ liệu mẫu — không phải kết quả công bố", office, StringComparison.Ordinal);

        foreach (var userName in new[] { "clerk.camlac", "chairman.camlac" })
        {
            using var user = await TestAccounts.SignedInAsync(_factory, userName, IdentitySeeder.DemoPassword);
            var dashboard = await GetHtmlAsync(user, "/Dashboard");
            Assert.Contains("xã Cẩm Lạc", dashboard, StringComparison.Ordinal);
            Assert.Contains("84,75", dashboard, StringComparison.Ordinal);
            Assert.Contains("Dữ liệu mẫu — không phải kết quả công bố", dashboard, StringComparison.Ordinal);
            Assert.DoesNotContain("xã Nam Cửa Việt", dashboard, StringComparison.Ordinal);
            using var foreign = await user.GetAsync(new Uri("/Office", UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.OK, foreign.StatusCode);
        }

        // Two communes are named xã Sơn Kỳ: the demo's clerk.sonky is the seed's, before 1/7/2025.
        var (camLac, sonKySeed) = await WithDbAsync(_factory, async db => (
            await db.Communes.IgnoreQueryFilters().Where(c => c.OfficialCode == "18748").Select(c => c.Id).SingleAsync(),
            await db.Communes.IgnoreQueryFilters().Where(c => c.Name == "xã Sơn Kỳ" && c.OfficialCode == null).Select(c => c.Id).SingleAsync()));
        Assert.Equal(camLac, (await FindUserAsync(_factory, "clerk.camlac"))!.CommuneId);
        Assert.Equal(sonKySeed, (await FindUserAsync(_factory, "clerk.sonky"))!.CommuneId);
        var reviewerOffice = (await FindUserAsync(_factory, "reviewer.hatinh"))!.OversightOfficeId;
        Assert.Equal(await OfficeIdAsync(_factory, "Sở Nội vụ tỉnh Hà Tĩnh"), reviewerOffice);
    }

    private async Task SeedDemoAccountsAsync(params string[] userNames)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
            IdentitySeeder.DemoAccounts.Where(a => userNames.Contains(a.UserName)), IdentitySeeder.DemoPassword);
    }

    /// <summary>Everything the demo's seeding writes, as one comparable string.</summary>
    private Task<string> FingerprintAsync() => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var communes = await db.Communes.IgnoreQueryFilters().OrderBy(c => c.Id)
            .Select(c => c.Id + ":" + c.Name + ":" + c.OversightOfficeId + ":" + c.ValidFrom + ":" + c.ValidUntil).ToListAsync();
        var predecessors = await db.CommunePredecessors.IgnoreQueryFilters().OrderBy(p => p.Id)
            .Select(p => p.Id + ":" + p.Name + ":" + p.PredecessorCommuneId).ToListAsync();
        var counts = string.Join(',',
            await db.UnitChanges.IgnoreQueryFilters().CountAsync(),
            await db.OversightOffices.IgnoreQueryFilters().CountAsync(),
            await db.Provinces.CountAsync(),
            await db.Plans.IgnoreQueryFilters().CountAsync(),
            await db.Assessments.IgnoreQueryFilters().CountAsync(),
            await db.CriteriaSets.IgnoreQueryFilters().CountAsync(),
            await db.Positions.IgnoreQueryFilters().CountAsync());
        return $"{counts}|{string.Join(',', communes)}|{string.Join(',', predecessors)}";
    });
}
