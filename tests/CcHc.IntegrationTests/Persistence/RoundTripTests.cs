using CcHc.DemoData;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Seeding;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Persistence;

/// <summary>What is saved to a real SQLite file comes back whole, in a new context.</summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_whole_cam_son_plan_survives_a_round_trip()
    {
        var positions = new StandardPositions();
        var demo = CamSon2023.Build(positions);
        await SaveAsync(positions, demo);

        await using var db = _database.CreateContext();
        var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).Include(p => p.Transitions)
            .SingleAsync(p => p.Id == demo.Plan.Id);

        var expected = demo.Plan;
        Assert.Equal(expected.Header, plan.Header with { LegalBases = expected.LegalBases, Recipients = expected.Recipients, Addressees = expected.Addressees });
        Assert.Equal(expected.LegalBases, plan.LegalBases);
        Assert.Equal(expected.Recipients, plan.Recipients);
        Assert.Equal(expected.Addressees, plan.Addressees);
        Assert.Equal(expected.Setup.Kind, plan.Setup.Kind);
        Assert.Equal(expected.Setup.Form, plan.Setup.Form);
        Assert.Equal((expected.Year, expected.ToYear), (plan.Year, plan.ToYear));
        Assert.Equal(expected.Indices, plan.Indices);
        Assert.Equal(expected.LineageId, plan.LineageId);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(expected.Items.Count, plan.Items.Count);
        foreach (var (want, got) in expected.Items.Zip(plan.Items))
        {
            Assert.Equal(want.Id, got.Id);
            Assert.Equal(want.Heading, got.Heading);
            Assert.Equal(want.FieldId, got.FieldId);
            Assert.Equal(want.CriterionIds, got.CriterionIds);
            Assert.Equal(want.Cause, got.Cause);
            Assert.Equal(want.LeadPositionId, got.LeadPositionId);
            Assert.Equal(want.SupportPositionIds, got.SupportPositionIds);
            Assert.Equal(want.Deadline, got.Deadline);
            Assert.Equal(want.Deadline?.DueDate, got.Deadline?.DueDate);
            Assert.Equal(want.NotRemediable, got.NotRemediable);
            Assert.Equal(want.Tasks.Select(t => (t.Id, t.Description, t.Deadline)), got.Tasks.Select(t => (t.Id, t.Description, t.Deadline)));
        }
    }

    [Fact]
    public async Task The_cam_son_assessment_reloads_with_the_same_totals_and_findings()
    {
        var positions = new StandardPositions();
        var demo = CamSon2023.Build(positions);
        var expected = demo.Assessment.Evaluate(demo.CriteriaSet);
        await SaveAsync(positions, demo);

        await using var db = _database.CreateContext();
        var set = await db.CriteriaSets.Include(s => s.Nodes).SingleAsync(s => s.Id == demo.CriteriaSet.Id);
        var assessment = await db.Assessments.Include(a => a.Scores).SingleAsync(a => a.Id == demo.Assessment.Id);
        var actual = assessment.Evaluate(set);

        Assert.Equal((100m, 85.08m, 14.92m), (actual.TotalMax!.Value, actual.TotalAppraised!.Value, actual.TotalDeduction!.Value));
        Assert.Equal(expected.Findings.Select(f => (f.Code, f.CriterionId, f.Message)), actual.Findings.Select(f => (f.Code, f.CriterionId, f.Message)));
        Assert.Equal(demo.Assessment.Decision, assessment.Decision);
        Assert.Equal(demo.Assessment.Rank, assessment.Rank);
        Assert.Equal(set.ClassificationBands, demo.CriteriaSet.ClassificationBands);
    }

    [Fact]
    public async Task An_issued_plan_keeps_its_number_date_and_history()
    {
        var positions = new StandardPositions();
        var demo = SonKy2023.Build(positions);
        await SaveAsync(positions, demo);

        await using var db = _database.CreateContext();
        var plan = await db.Plans.Include(p => p.Transitions).SingleAsync(p => p.Id == demo.Plan.Id);

        Assert.Equal(PlanStatus.Issued, plan.Status);
        Assert.Equal("Số: 27/KH-UBND", plan.NumberLine);
        Assert.Equal(new DateOnly(2024, 2, 16), plan.IssueDate);
        Assert.Equal(demo.Plan.Transitions.Select(t => (t.Action, t.ActorId, t.At)), plan.Transitions.Select(t => (t.Action, t.ActorId, t.At)));
    }

    private async Task SaveAsync(StandardPositions positions, DemoCommune demo)
    {
        await using var db = _database.CreateContext();
        db.Positions.AddRange(positions.All);
        db.AddDemoCommune(demo);
        await db.SaveChangesAsync();
    }
}
