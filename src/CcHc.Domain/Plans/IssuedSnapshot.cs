using System.Text.Json;
using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Positions;

namespace CcHc.Domain.Plans;

/// <summary>
/// What an issued plan version shows besides its own rows, taken when it is issued: the commune (names, place, issuing
/// body, chairman), the office's name, the assessment with its scores, the criteria set (codes, titles, maxima, bands)
/// and the positions the items name. Every read of an issued version is built from it, so renaming a criterion, a
/// commune, an office or a position afterwards changes nothing the version shows. The version's own rows (header,
/// items, tasks) are frozen by the database triggers; only the tasks' progress moves.
/// </summary>
public sealed class IssuedSnapshot
{
    /// <summary>Bumped when the JSON's shape changes; a reader refuses a version it does not know.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    private IssuedSnapshot()
    {
        Json = string.Empty;
    }

    private IssuedSnapshot(Guid planId, string json, DateTimeOffset takenAt)
    {
        PlanId = planId;
        Json = json;
        TakenAt = takenAt;
    }

    public Guid PlanId { get; private set; }

    /// <summary>The <see cref="SnapshotData"/> as JSON (written once; the table is insert-only).</summary>
    public string Json { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }

    /// <summary>Takes the snapshot of a version being issued, from the rows as they are at that moment.</summary>
    /// <remarks>
    /// A plan that rests on no assessment passes nulls for <paramref name="assessment"/> and <paramref name="criteriaSet"/>;
    /// <paramref name="linkedSets"/> are the index catalogues (PAPI, PCI…) whose components the items link.
    /// </remarks>
    public static IssuedSnapshot Take(
        RemediationPlan plan, Commune commune, string? officeName, Assessment? assessment, CriteriaSet? criteriaSet,
        IEnumerable<Position> positions, DateTimeOffset at, IEnumerable<CriteriaSet>? linkedSets = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(commune);
        ArgumentNullException.ThrowIfNull(positions);
        if (plan.CommuneId != commune.Id || plan.AssessmentId != assessment?.Id
            || (assessment is null) != (criteriaSet is null) || (assessment is not null && assessment.CriteriaSetId != criteriaSet!.Id))
        {
            throw new ArgumentException("The snapshot's rows do not belong to the plan.", nameof(plan));
        }

        var data = new SnapshotData(
            CurrentFormat,
            new CommuneData(commune.Id, commune.Name, commune.District, commune.Province, commune.PlaceName, commune.IssuingBodyName,
                commune.ChairmanName, commune.OversightOfficeId, officeName),
            assessment is null ? null : new AssessmentData(assessment.Id, assessment.CommuneId, assessment.CriteriaSetId, assessment.Year, assessment.Decision,
                assessment.StatedTotal, assessment.Rank?.Position, assessment.Rank?.Of, assessment.Classification, assessment.IsSample,
                assessment.Scores.OrderBy(s => s.CriterionId).Select(s => new ScoreData(s.Id, s.CriterionId, s.AppraisedScore, s.SelfAssessedScore, s.StatedDeduction, s.Reason)).ToList()),
            criteriaSet is null ? null : SetData(criteriaSet),
            positions.Select(p => new PositionData(p.Id, p.Title, p.CommuneId, p.Order, p.Kind, p.ContactPositionId)).ToList(),
            (linkedSets ?? []).Where(l => l.Id != criteriaSet?.Id).DistinctBy(l => l.Id).Select(SetData).ToList());
        return new IssuedSnapshot(plan.Id, JsonSerializer.Serialize(data, Options), at);
    }

    private static CriteriaSetData SetData(CriteriaSet set) =>
        new(set.Id, set.Name, set.IndexKind, set.Province, set.Year, set.Coverage, [.. set.ClassificationBands],
            set.Nodes.Select(n => new NodeData(n.Id, n.ParentId, n.Code, n.Title, n.Level, n.MaxScore, n.Order)).ToList());

    private static CriteriaSet RestoreSet(CriteriaSetData s) =>
        CriteriaSet.Restore(s.Id, s.Name, s.IndexKind, s.Province, s.Year, s.Coverage, s.Bands,
            s.Nodes.Select(n => CriterionNode.Restore(n.Id, s.Id, n.ParentId, n.Code, n.Title, n.Level, n.MaxScore, n.Order)));

    /// <summary>The recorded data, for reading names without rebuilding the entities.</summary>
    public SnapshotData Data => JsonSerializer.Deserialize<SnapshotData>(Json, Options) is { Format: CurrentFormat } data
        ? data
        : throw new InvalidOperationException($"The snapshot of plan {PlanId} has an unknown format.");

    /// <summary>The commune's name recorded in a snapshot's JSON (the public checking page reads only that).</summary>
    public static string CommuneNameIn(string json) =>
        JsonSerializer.Deserialize<SnapshotData>(json, Options)?.Commune.Name ?? throw new InvalidOperationException("Empty snapshot.");

    /// <summary>The entities as they were when the version was issued (same ids, detached from any database).</summary>
    public RestoredContent Restore()
    {
        var data = Data;
        var c = data.Commune;
        var commune = Commune.Restore(c.Id, c.Name, c.District, c.Province, c.PlaceName, c.IssuingBodyName, c.ChairmanName, c.OfficeId);
        var set = data.CriteriaSet is { } s ? RestoreSet(s) : null;
        var assessment = data.Assessment is { } a
            ? Assessment.Restore(a.Id, a.CommuneId, a.CriteriaSetId, a.Year, a.Decision, a.StatedTotal,
                a.RankPosition is { } position && a.RankOf is { } of ? new Rank(position, of) : null, a.Classification, a.IsSample,
                a.Scores.Select(x => CriterionScore.Restore(x.Id, a.Id, x.CriterionId, x.Appraised, x.SelfAssessed, x.StatedDeduction, x.Reason)))
            : null;
        var positions = data.Positions.Select(p => Position.Restore(p.Id, p.Title, p.CommuneId, p.Order, p.Kind, p.ContactPositionId)).ToList();
        return new RestoredContent(commune, c.OfficeName, assessment, set, positions, (data.LinkedSets ?? []).Select(RestoreSet).ToList());
    }

    /// <summary>What a version rested on; <see cref="Assessment"/> and <see cref="CriteriaSet"/> are null for a plan that names no assessment.</summary>
    public sealed record RestoredContent(
        Commune Commune, string? OfficeName, Assessment? Assessment, CriteriaSet? CriteriaSet, IReadOnlyList<Position> Positions,
        IReadOnlyList<CriteriaSet> LinkedSets);

    public sealed record SnapshotData(
        int Format, CommuneData Commune, AssessmentData? Assessment, CriteriaSetData? CriteriaSet, IReadOnlyList<PositionData> Positions,
        IReadOnlyList<CriteriaSetData>? LinkedSets = null);

    public sealed record CommuneData(
        Guid Id, string Name, string? District, string Province, string PlaceName, string IssuingBodyName, string? ChairmanName, Guid? OfficeId, string? OfficeName);

    public sealed record AssessmentData(
        Guid Id, Guid CommuneId, Guid CriteriaSetId, int Year, SourceDecision Decision, decimal? StatedTotal, int? RankPosition, int? RankOf,
        string? Classification, bool IsSample, IReadOnlyList<ScoreData> Scores);

    public sealed record ScoreData(Guid Id, Guid CriterionId, decimal? Appraised, decimal? SelfAssessed, decimal? StatedDeduction, string? Reason);

    public sealed record CriteriaSetData(
        Guid Id, string Name, IndexKind IndexKind, string Province, int Year, CriteriaCoverage Coverage, IReadOnlyList<ClassificationBand> Bands, IReadOnlyList<NodeData> Nodes);

    public sealed record NodeData(Guid Id, Guid? ParentId, string Code, string Title, int Level, decimal? MaxScore, int Order);

    public sealed record PositionData(Guid Id, string Title, Guid? CommuneId, int Order, PositionKind Kind = PositionKind.Official, Guid? ContactPositionId = null);
}
