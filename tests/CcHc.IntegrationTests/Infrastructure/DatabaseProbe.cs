using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>Reads the host's database directly (unrestricted scope, as start-up code), to check what requests did.</summary>
public static class DatabaseProbe
{
    public static async Task<T> QueryAsync<T>(WebApplicationFactory<Program> factory, Func<CcHcDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CcHcDbContext>();
        return await query(db);
    }

    /// <summary>Everything a request could have changed in the domain, as one comparable string.</summary>
    public static Task<string> FingerprintAsync(WebApplicationFactory<Program> factory) => QueryAsync(factory, async db =>
    {
        var changes = await db.AuditEntries.CountAsync(a =>
            a.Action == AuditAction.Insert || a.Action == AuditAction.Update || a.Action == AuditAction.Delete || a.Action == AuditAction.Transition);
        var plans = await db.Plans.OrderBy(p => p.Id).Select(p => p.Id + ":" + p.Status + ":" + EF.Property<Guid>(p, CcHcDbContext.ConcurrencyToken)).ToListAsync();
        var items = await db.PlanItems.OrderBy(i => i.Id).Select(i => i.Id + ":" + EF.Property<Guid>(i, CcHcDbContext.ConcurrencyToken)).ToListAsync();
        return $"{changes}|{string.Join(',', plans)}|{string.Join(',', items)}";
    });

    public static Task<Guid> PlanIdAsync(WebApplicationFactory<Program> factory, string communeName) => QueryAsync(factory, db =>
        db.Plans.Where(p => db.Communes.Any(c => c.Id == p.CommuneId && c.Name == communeName))
            .OrderByDescending(p => p.VersionNumber).Select(p => p.Id).FirstAsync());

    public static Task<Guid> PlanStampAsync(WebApplicationFactory<Program> factory, Guid planId) => QueryAsync(factory, db =>
        db.Plans.Where(p => p.Id == planId).Select(p => EF.Property<Guid>(p, CcHcDbContext.ConcurrencyToken)).SingleAsync());
}
