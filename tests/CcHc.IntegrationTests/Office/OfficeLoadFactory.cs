using System.Data.Common;
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
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CcHc.IntegrationTests.Office;

/// <summary>Counts the SQL commands the app's DbContexts run (every kind: reader, scalar, non-query).</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>
/// The demo data plus 300 generated communes (<see cref="SyntheticOffice"/>) under their own office, seeded in bulk
/// through the DbContext, with a reviewer of that office; SQL commands counted; the clock in mid-2024.
/// </summary>
public sealed class OfficeLoadFactory : CcHcWebApplicationFactory, IAsyncLifetime
{
    public const int Communes = 300;
    public const string OfficeName = "Phòng Nội vụ thử tải";
    public const string Reviewer = "t.reviewer.load";

    public CommandCounter Counter { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DashboardFactory.Now);

    /// <summary>Every test signs in again: the login limits of production would refuse the tenth sign-in.</summary>
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

        // In bulk: a context of its own without the audit and stamp interceptors (the rows are test fixtures, not
        // user changes) and without automatic change detection.
        var options = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, Services.GetRequiredService<DatabaseOptions>());
        await using (var db = new CcHcDbContext(options.Options, DataScope.Unrestricted))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var positions = await db.Positions.AsNoTracking().Where(p => p.CommuneId == null).ToListAsync();
            var office = new OversightOffice(OfficeName, "huyện Thử tải", "tỉnh Hà Tĩnh");
            foreach (var commune in SyntheticOffice.Build(positions, office, Communes))
            {
                db.AddDemoCommune(commune);
            }

            await db.SaveChangesAsync();
        }

        await using var accounts = Services.CreateAsyncScope();
        await accounts.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
            [new AccountSeed(Reviewer, "Nội vụ thử tải (test)", AppRoles.Reviewer, OfficeName: OfficeName)], TestAccounts.Password);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
