using System.Net;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CcHc.IntegrationTests.Admin.AdminTestSupport;

namespace CcHc.IntegrationTests.Admin;

/// <summary>
/// The host in Production, without demo data, on a data folder the test owns, so two hosts in turn start on the same
/// migrated SQLite file. Every SQL command from start-up on is recorded.
/// </summary>
public sealed class CatalogueHost : CcHcWebApplicationFactory
{
    private readonly string _dataDirectory;

    public CatalogueHost(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        Counter.Record();
    }

    public SqlCommandCounter Counter { get; } = new();

    protected override IEnumerable<(string Key, string Value)> Settings => [("Storage:DataDirectory", _dataDirectory), ("DemoData:Enabled", "false")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(s => s.ConfigureDbContext<CcHcDbContext>(o => o.AddInterceptors(Counter)));
    }
}

/// <summary>
/// The index catalogues (SIPAS, PAPI, PCI, DDCI) are reference data: start-up puts each into the database once, in
/// Production too, with one query on later starts; the administrator sees them in the criteria-set list and editor.
/// </summary>
public sealed class IndexCatalogueSeedingTests : IClassFixture<CcHcWebApplicationFactory>
{
    private static readonly Dictionary<IndexKind, int> NodesPerCatalogue = new()
    {
        [IndexKind.Sipas] = 2 + 5 + 9,
        [IndexKind.Papi] = 8 + 9,
        [IndexKind.Pci] = 10,
        [IndexKind.Ddci] = 9,
    };

    private readonly CcHcWebApplicationFactory _factory;

    public IndexCatalogueSeedingTests(CcHcWebApplicationFactory factory) => _factory = factory;

    private static Task<List<CriteriaSet>> CataloguesAsync(CcHcWebApplicationFactory host) => DatabaseProbe.QueryAsync(host, db =>
        db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).Where(s => s.IndexKind != IndexKind.ParIndex).OrderBy(s => s.Name).ToListAsync());

    [Fact]
    public async Task A_production_start_seeds_each_catalogue_once_and_a_second_start_only_looks_with_one_query()
    {
        using var folder = new TestDataDirectory();

        List<CriteriaSet> first;
        using (var host = new CatalogueHost(folder.Path))
        {
            first = await CataloguesAsync(host);
            Assert.Contains(host.Counter.Commands, c => c.Contains("INSERT INTO \"CriteriaSets\"", StringComparison.Ordinal));
        }

        Assert.True(File.Exists(Path.Combine(folder.Path, "cchc.db")));
        Assert.Equal(NodesPerCatalogue.Keys.Order(), first.Select(s => s.IndexKind).Order());
        foreach (var set in first)
        {
            Assert.Equal(NodesPerCatalogue[set.IndexKind], set.Nodes.Count);
            Assert.All(set.Nodes, n => Assert.Null(n.MaxScore));
            Assert.Equal(CriteriaCoverage.Complete, set.Coverage);
        }

        Assert.Equal(
            [IndexCatalogue.Nationwide, IndexCatalogue.Nationwide, IndexCatalogue.Nationwide],
            first.Where(s => s.IndexKind != IndexKind.Ddci).Select(s => s.Province));

        using var again = new CatalogueHost(folder.Path);
        _ = again.Services; // the second start, on the same file
        var startup = again.Counter.Commands.Where(c => c.Contains("\"CriteriaSets\"", StringComparison.Ordinal) || c.Contains("\"CriterionNodes\"", StringComparison.Ordinal)).ToList();
        var second = await CataloguesAsync(again);

        Assert.Equal(first.Select(s => s.Id).Order(), second.Select(s => s.Id).Order());
        Assert.Equal(first.Sum(s => s.Nodes.Count), second.Sum(s => s.Nodes.Count));
        var look = Assert.Single(startup);
        Assert.StartsWith("SELECT", look.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_a_migrated_file_again_adds_only_the_missing_catalogue_and_keeps_an_administrators_additions()
    {
        using var database = new SqliteDatabase();
        await using (var db = database.CreateContext())
        {
            Assert.Equal(4, await new IndexCatalogueSeeder(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<IndexCatalogueSeeder>.Instance).SeedAsync());
        }

        await using (var db = database.CreateContext())
        {
            // The administrator completes PAPI's "Trách nhiệm giải trình"; PCI's set is gone (as if an older build had not shipped it).
            var papi = await db.CriteriaSets.Include(s => s.Nodes).SingleAsync(s => s.IndexKind == IndexKind.Papi);
            papi.AddNode(papi.Nodes.Single(n => n.Code == "3"), "3.1", "Hiệu quả tương tác với các cấp chính quyền", null);
            var pci = await db.CriteriaSets.Include(s => s.Nodes).SingleAsync(s => s.IndexKind == IndexKind.Pci);
            db.CriteriaSets.Remove(pci);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(1, await new IndexCatalogueSeeder(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<IndexCatalogueSeeder>.Instance).SeedAsync());
        }

        await using var read = database.CreateContext();
        var sets = await read.CriteriaSets.AsNoTracking().Include(s => s.Nodes).ToListAsync();
        Assert.Equal(4, sets.Count);
        Assert.Equal(NodesPerCatalogue[IndexKind.Papi] + 1, sets.Single(s => s.IndexKind == IndexKind.Papi).Nodes.Count);
        Assert.Equal(NodesPerCatalogue[IndexKind.Pci], sets.Single(s => s.IndexKind == IndexKind.Pci).Nodes.Count);
    }

    [Fact]
    public async Task The_administrator_sees_the_catalogues_in_the_criteria_set_list_and_opens_one_in_the_editor()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");

        var list = WebUtility.HtmlDecode(await GetHtmlAsync(admin, "/Admin/CriteriaSets/Index"));

        foreach (var catalogue in IndexCatalogueSeeder.Catalogues)
        {
            Assert.Contains($"data-set=\"{catalogue.Name}\"", list, StringComparison.Ordinal);
        }

        Assert.Contains("<td>Chỉ số hài lòng (SIPAS)</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>Chỉ số PAPI</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>Chỉ số PCI</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>Chỉ số DDCI</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>Chỉ số CCHC (PAR INDEX)</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>Toàn quốc</td>", list, StringComparison.Ordinal);

        var sipas = (await CataloguesAsync(_factory)).Single(s => s.IndexKind == IndexKind.Sipas);
        var edit = WebUtility.HtmlDecode(await GetHtmlAsync(admin, $"/Admin/CriteriaSets/Edit/{sipas.Id}"));
        Assert.Contains("data-node=\"1. Các yếu tố của dịch vụ hành chính công\"", edit, StringComparison.Ordinal);
        Assert.Contains("data-node=\"2.9. Cải cách hành chính\"", edit, StringComparison.Ordinal);
    }
}
