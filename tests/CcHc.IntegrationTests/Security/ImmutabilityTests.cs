using CcHc.DemoData;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Seeding;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Security;

/// <summary>Issued versions and the history resist writes that bypass the domain (ExecuteUpdate, raw SQL).</summary>
public sealed class ImmutabilityTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly StandardPositions _positions = new();
    private readonly DemoCommune _sonKy;

    public ImmutabilityTests()
    {
        var positions = _positions;
        _sonKy = SonKy2023.Build(positions);
        using var db = _database.CreateContext();
        db.Positions.AddRange(positions.All);
        db.AddDemoCommune(_sonKy);
        db.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_issued_plan_row_cannot_be_updated_even_by_execute_update()
    {
        await using var db = _database.CreateContext();

        var error = await Assert.ThrowsAsync<SqliteException>(() =>
            db.Plans.Where(p => p.Id == _sonKy.Plan.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Summary, "Sửa lén")));

        Assert.Contains(ImmutabilityTriggers.IssuedMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal(_sonKy.Plan.Summary, await db.Plans.Where(p => p.Id == _sonKy.Plan.Id).Select(p => p.Summary).SingleAsync());
    }

    [Fact]
    public async Task Items_and_task_texts_of_an_issued_plan_cannot_be_changed_or_deleted_by_raw_sql()
    {
        await using var db = _database.CreateContext();
        var itemId = _sonKy.Plan.Items[0].Id;
        var taskId = _sonKy.Plan.Items[0].Tasks[0].Id;

        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlAsync($"UPDATE PlanItems SET Heading = 'x' WHERE Id = {itemId}"));
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM PlanItems WHERE Id = {itemId}"));
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlAsync($"UPDATE PlanTasks SET Description = 'x' WHERE Id = {taskId}"));
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM Plans WHERE Id = {_sonKy.Plan.Id}"));

        Assert.Equal(_sonKy.Plan.Items.Count, await db.PlanItems.CountAsync(i => i.PlanId == _sonKy.Plan.Id));
    }

    [Fact]
    public async Task The_progress_of_a_task_of_an_issued_plan_may_still_move()
    {
        await using var db = _database.CreateContext();
        var taskId = _sonKy.Plan.Items[0].Tasks[0].Id;

        var rows = await db.PlanTasks.Where(t => t.Id == taskId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Progress, TaskProgress.InProgress));

        Assert.Equal(1, rows);
    }

    [Fact]
    public async Task The_workflow_history_and_the_audit_trail_are_insert_only()
    {
        await using var db = _database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync());

        var history = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE PlanTransitions SET Comment = 'x'"));
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM PlanTransitions"));
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET UserName = 'x'"));
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries"));

        Assert.Contains(ImmutabilityTriggers.HistoryMessage, history.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_frozen_export_cannot_be_replaced_or_deleted()
    {
        await using (var db = _database.CreateContext())
        {
            db.IssuedFiles.Add(new CcHc.Infrastructure.Exports.IssuedFile(_sonKy.Plan.Id, CcHc.Infrastructure.Exports.IssuedFileKind.Pdf,
                "ke-hoach.pdf", "application/pdf", [1, 2, 3], "ABCD-EF01-23", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        await Assert.ThrowsAsync<SqliteException>(() => check.Database.ExecuteSqlRawAsync("UPDATE IssuedFiles SET Content = X'00'"));
        await Assert.ThrowsAsync<SqliteException>(() => check.Database.ExecuteSqlRawAsync("DELETE FROM IssuedFiles"));
        Assert.Equal([1, 2, 3], await check.IssuedFiles.Select(f => f.Content).SingleAsync());
    }

    [Fact]
    public async Task A_draft_plan_is_still_editable_in_the_database()
    {
        var camSon = CamSon2023.Build(_positions);
        await using (var seed = _database.CreateContext())
        {
            seed.AddDemoCommune(camSon);
            await seed.SaveChangesAsync();
        }

        await using var db = _database.CreateContext();
        var rows = await db.Plans.Where(p => p.Id == camSon.Plan.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Summary, "Sửa dự thảo"));

        Assert.Equal(1, rows);
    }
}
