using CcHc.DemoData;
using CcHc.Domain.Communes;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using CcHc.IntegrationTests.Dashboard;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CcHc.IntegrationTests.Office;

/// <summary>
/// The demo data plus two generated offices (<see cref="SyntheticOffice"/>, 2023 results): one of 5 communes and one of
/// 50, where the first <see cref="Wards"/> are phường and the last <see cref="WithoutPlan"/> have no plan; a reviewer
/// for each, a chairman for Sơn Kỳ; SQL commands counted; the clock on 15/07/2024.
/// </summary>
public sealed class OverviewFactory : CcHcWebApplicationFactory, IAsyncLifetime
{
    public const string SmallOffice = "Sở Nội vụ thử năm xã";
    public const string LargeOffice = "Sở Nội vụ thử năm mươi xã";
    public const string SmallReviewer = "t.reviewer.small";
    public const string LargeReviewer = "t.reviewer.large";
    public const string SonKyChairman = "t.chairman.sonky";
    public const int Large = 50;
    public const int Wards = 10;
    public const int WithoutPlan = 8;

    public CommandCounter Counter { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DashboardFactory.Now);

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Security:LoginRequestsPerIpPerMinute", "1000"),
        ("Security:LoginAttemptsPerUserPerWindow", "1000"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.ConfigureDbContext<CcHcDbContext>(o => o.AddInterceptors(Counter));
        });
    }

    public async Task InitializeAsync()
    {
        await TestAccounts.EnsureCreatedAsync(this);
        var options = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, Services.GetRequiredService<DatabaseOptions>());
        await using (var db = new CcHcDbContext(options.Options, DataScope.Unrestricted))
        {
            var positions = await db.Positions.AsNoTracking().Where(p => p.CommuneId == null).ToListAsync();
            foreach (var demo in SyntheticOffice.Build(positions, new OversightOffice(SmallOffice, null, "tỉnh Thử nghiệm"), 5, seed: 5))
            {
                db.AddDemoCommune(demo);
            }

            var large = SyntheticOffice.Build(positions, new OversightOffice(LargeOffice, null, "tỉnh Thử nghiệm"), Large, seed: 50);
            for (var i = 0; i < large.Count; i++)
            {
                var demo = large[i];
                if (i < Wards)
                {
                    var c = demo.Commune;
                    c.UpdateNames(c.Name.Replace("xã ", "phường ", StringComparison.Ordinal), c.District, c.Province, c.PlaceName, c.IssuingBodyName);
                    c.SetKindAndCode(CcHc.Domain.Communes.CommuneKind.Phuong, c.OfficialCode);
                }

                if (i >= Large - WithoutPlan)
                {
                    if (!db.OversightOffices.Local.Contains(demo.Office))
                    {
                        db.OversightOffices.Add(demo.Office);
                    }

                    db.Communes.Add(demo.Commune);
                    db.CriteriaSets.Add(demo.CriteriaSet);
                    db.Assessments.Add(demo.Assessment);
                    continue;
                }

                db.AddDemoCommune(demo);
            }

            await db.SaveChangesAsync();
        }

        await using var accounts = Services.CreateAsyncScope();
        await accounts.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
        [
            new AccountSeed(SmallReviewer, "Sở Nội vụ thử 5 (test)", AppRoles.Reviewer, OfficeName: SmallOffice),
            new AccountSeed(LargeReviewer, "Sở Nội vụ thử 50 (test)", AppRoles.Reviewer, OfficeName: LargeOffice),
            new AccountSeed(SonKyChairman, "Chủ tịch Sơn Kỳ (test)", AppRoles.Chairman, "xã Sơn Kỳ"),
        ], TestAccounts.Password);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
