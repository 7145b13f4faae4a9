using CcHc.Domain.Plans;
using CcHc.Infrastructure.Seeding;
using CcHc.Web.Features.Communes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CcHc.IntegrationTests.Persistence;

/// <summary>
/// An issued version's row figures on a real migrated SQLite file: stored with its snapshot, equal to what the snapshot
/// restores to, read by the overview instead of the snapshot, and given at start-up to versions issued before they
/// were stored.
/// </summary>
public sealed class IssuedFiguresTests
{
    [Fact]
    public async Task The_figures_stored_with_the_snapshot_are_the_snapshots_own()
    {
        using var data = new IssuedFrozenDatabase();
        await using var db = data.CreateContext();
        var plan = data.Issued.Plan;

        var stored = await db.IssuedFigures.AsNoTracking().SingleAsync(f => f.PlanId == plan.Id);
        var snapshot = await db.IssuedSnapshots.AsNoTracking().SingleAsync(s => s.PlanId == plan.Id);

        Assert.Equal("xã Cẩm Sơn", stored.CommuneName);
        Assert.Equal(85.08m, stored.Total);
        Assert.Equal(data.Issued.Assessment.Id, stored.AssessmentId);
        Assert.Equal(IssuedFigures.Of(snapshot).Figures, stored.Figures);
        Assert.Equal(data.Issued.Assessment.Evaluate(data.Issued.CriteriaSet).TotalDeduction, stored.Deduction);
    }

    [Fact]
    public async Task The_overview_shows_the_stored_figures_of_the_issued_version_and_evaluates_the_draft()
    {
        using var data = new IssuedFrozenDatabase();
        await using var db = data.CreateContext();

        var rows = await CommuneOverview.LoadAsync(db, null, null, null, withEvaluations: false, CancellationToken.None);

        var issued = rows.Single(r => r.Commune.Id == data.Issued.Commune.Id);
        Assert.Equal(85.08m, issued.Total);
        Assert.NotNull(issued.Figures);
        Assert.Null(issued.Evaluation); // read from IssuedFigures: no scores loaded, no snapshot restored
        Assert.Equal("xã Cẩm Sơn", issued.IssuedCommuneName);
        var draft = rows.Single(r => r.Commune.Id == data.Draft.Commune.Id);
        Assert.NotNull(draft.Evaluation);
        Assert.Equal(92.59m, draft.Total);
        Assert.Equal("Tốt", draft.Classification);

        var full = await CommuneOverview.LoadAsync(db, null, null, [data.Issued.Commune.Id], withEvaluations: true, CancellationToken.None);
        Assert.NotNull(Assert.Single(full).Evaluation);
        Assert.Equal(issued.Figures, full[0].Figures);
    }

    [Fact]
    public async Task A_version_issued_before_figures_were_stored_gets_them_once_at_start_up()
    {
        using var data = new IssuedFrozenDatabase();
        await using (var db = data.CreateContext())
        {
            var before = await db.IssuedFigures.AsNoTracking().SingleAsync();
            // As a database migrated from before the figures: the snapshot without its row.
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER trg_IssuedFigures_InsertOnly_Delete; DELETE FROM IssuedFigures;");
            var overview = await CommuneOverview.LoadAsync(db, null, null, null, withEvaluations: false, CancellationToken.None);
            Assert.Equal(85.08m, overview.Single(r => r.Commune.Id == data.Issued.Commune.Id).Total); // restored from the snapshot meanwhile

            Assert.Equal(1, await new IssuedFiguresBackfill(db, NullLogger<IssuedFiguresBackfill>.Instance).RunAsync());

            var after = await db.IssuedFigures.AsNoTracking().SingleAsync();
            Assert.Equal(before.Figures, after.Figures);
            Assert.Equal(before.CommuneName, after.CommuneName);
        }

        await using (var db = data.CreateContext())
        {
            Assert.Equal(0, await new IssuedFiguresBackfill(db, NullLogger<IssuedFiguresBackfill>.Instance).RunAsync());
        }
    }
}
