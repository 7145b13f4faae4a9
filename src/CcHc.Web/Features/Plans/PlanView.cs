using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Printing;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Plans;

/// <summary>
/// A plan with everything its pages show: the printable content (<see cref="PlanContent"/>: the commune, the
/// assessment's evaluation, positions by id) and the concurrency token the forms carry.
/// </summary>
public sealed record PlanView(PlanContent Content, Guid ConcurrencyToken)
{
    public RemediationPlan Plan => Content.Plan;

    public Commune Commune => Content.Commune;

    /// <summary>Null for a plan that rests on no assessment (an improvement plan like seed 002).</summary>
    public Assessment? Assessment => Content.Assessment;

    public AssessmentEvaluation Evaluation => Content.Evaluation;

    public IReadOnlyDictionary<Guid, Position> Positions => Content.Positions;

    public CriteriaSet CriteriaSet => Content.CriteriaSet;

    public PlanCompleteness Completeness => Content.Completeness;

    public string PositionTitle(Guid? id) => Content.PositionTitle(id);

    /// <summary>
    /// Loads a plan the caller may see (the DbContext's tenant filters apply: another commune's plan is null) with a
    /// fixed number of queries. Tracked when the caller is going to change it.
    /// </summary>
    public static async Task<PlanView?> LoadAsync(CcHcDbContext db, Guid planId, bool track, CancellationToken cancellationToken)
    {
        var plans = track ? db.Plans : db.Plans.AsNoTracking();
        var plan = await plans
            .Include(p => p.Items).ThenInclude(i => i.Tasks)
            .Include(p => p.Transitions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var token = track
            ? db.Entry(plan).Property<Guid>(CcHcDbContext.ConcurrencyToken).CurrentValue
            : await db.ConcurrencyTokenAsync<RemediationPlan>(planId, cancellationToken);

        // An issued version shows what it showed the day it was issued: its snapshot, never the live rows.
        if (plan.Status == PlanStatus.Issued && await IssuedSnapshots.FindAsync(db, planId, cancellationToken) is { } snapshot)
        {
            var frozen = snapshot.Restore();
            return new PlanView(
                new PlanContent(plan, frozen.Commune, frozen.Assessment,
                    frozen.Assessment is { } a && frozen.CriteriaSet is { } set ? a.Evaluate(set) : AssessmentEvaluation.None(plan.Year),
                    frozen.Positions.ToDictionary(p => p.Id))
                {
                    LinkedSets = frozen.LinkedSets,
                    // Further assessments are locked once a plan on them leaves the clerk (AssessmentLock), so the live rows are the issued ones.
                    FurtherEvaluations = await FurtherEvaluationsAsync(db, plan, cancellationToken),
                },
                token);
        }

        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == plan.CommuneId, cancellationToken);
        var (assessment, evaluation) = await EvaluationOfAsync(db, plan, cancellationToken);
        var positions = await PositionsAsync(db, plan.CommuneId, cancellationToken);
        var linkedSets = await LinkedSetsAsync(db, plan, evaluation.CriteriaSet, cancellationToken);
        var further = await FurtherEvaluationsAsync(db, plan, cancellationToken);
        return new PlanView(
            new PlanContent(plan, commune, assessment, evaluation, positions.ToDictionary(p => p.Id)) { LinkedSets = linkedSets, FurtherEvaluations = further },
            token);
    }

    /// <summary>
    /// The further assessments of <paramref name="plan"/> evaluated, in its order: one command each (a plan names a
    /// handful — one per index at most in practice), none when it names none.
    /// </summary>
    public static async Task<IReadOnlyList<AssessmentEvaluation>> FurtherEvaluationsAsync(CcHcDbContext db, RemediationPlan plan, CancellationToken cancellationToken)
    {
        var evaluations = new List<AssessmentEvaluation>(plan.FurtherAssessmentIds.Count);
        foreach (var id in plan.FurtherAssessmentIds)
        {
            evaluations.Add((await EvaluationAsync(db, id, cancellationToken)).Evaluation);
        }

        return evaluations;
    }

    /// <summary>
    /// The index catalogues whose components the plan's items link (nodes outside <paramref name="basis"/>), with their
    /// nodes: one query, and none when no item links a component.
    /// </summary>
    public static async Task<List<CriteriaSet>> LinkedSetsAsync(CcHcDbContext db, RemediationPlan plan, CriteriaSet basis, CancellationToken cancellationToken)
    {
        var basisNodes = basis.Nodes.Select(n => n.Id).ToHashSet();
        var linkedIds = plan.Items.SelectMany(i => i.CriterionIds).Where(id => !basisNodes.Contains(id)).Distinct().ToList();
        return linkedIds.Count == 0
            ? []
            : await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes)
                .Where(s => s.Nodes.Any(n => linkedIds.Contains(n.Id))).ToListAsync(cancellationToken);
    }

    /// <summary>The positions a commune's plan may name: the standard catalogue, then the commune's own.</summary>
    public static async Task<List<Position>> PositionsAsync(CcHcDbContext db, Guid communeId, CancellationToken cancellationToken) =>
        await db.Positions.AsNoTracking()
            .Where(p => p.CommuneId == null || p.CommuneId == communeId)
            .OrderBy(p => p.CommuneId == null ? 0 : 1).ThenBy(p => p.Order).ThenBy(p => p.Title)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The assessment a plan rests on, evaluated (<see cref="EvaluationAsync"/>); a plan that names none gets
    /// <see cref="AssessmentEvaluation.None"/>, without a query.
    /// </summary>
    public static async Task<(Assessment? Assessment, AssessmentEvaluation Evaluation)> EvaluationOfAsync(
        CcHcDbContext db, RemediationPlan plan, CancellationToken cancellationToken)
    {
        if (plan.AssessmentId is not { } assessmentId)
        {
            return (null, AssessmentEvaluation.None(plan.Year));
        }

        var (assessment, evaluation) = await EvaluationAsync(db, assessmentId, cancellationToken);
        return (assessment, evaluation);
    }

    /// <summary>
    /// The plan's assessment with its scores, evaluated against its criteria set, in one SQL command: the assessment
    /// and its set beside every node of the set and the node's score (a LEFT JOIN, one row per node, so 100 nodes
    /// cost 100 rows and no product of scores × nodes). The entities are read tracked, so EF's
    /// fix-up fills <see cref="CriteriaSet.Nodes"/> and <see cref="Assessment.Scores"/>; nothing of them is changed.
    /// A score always belongs to a node of the assessment's set (scores are recorded against the set's nodes, and
    /// a node with recorded scores cannot be removed), so every score arrives beside its node.
    /// </summary>
    public static async Task<(Assessment Assessment, AssessmentEvaluation Evaluation)> EvaluationAsync(
        CcHcDbContext db, Guid assessmentId, CancellationToken cancellationToken)
    {
        var scores = db.Set<CriterionScore>().Where(score => score.AssessmentId == assessmentId);
        var rows = await (
            from node in db.CriterionNodes.AsTracking()
            join assessment in db.Assessments.Where(a => a.Id == assessmentId) on node.CriteriaSetId equals assessment.CriteriaSetId
            join set in db.CriteriaSets on node.CriteriaSetId equals set.Id
            join score in scores on node.Id equals score.CriterionId into scored
            from score in scored.DefaultIfEmpty()
            select new { Assessment = assessment, Set = set, Node = node, Score = score })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            // A set without nodes yet (just created in the administration): nothing to join the assessment to.
            var alone = await db.Assessments.AsNoTracking().SingleAsync(a => a.Id == assessmentId, cancellationToken);
            var empty = await db.CriteriaSets.AsNoTracking().SingleAsync(s => s.Id == alone.CriteriaSetId, cancellationToken);
            return (alone, alone.Evaluate(empty));
        }

        return (rows[0].Assessment, rows[0].Assessment.Evaluate(rows[0].Set));
    }
}
