using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Domain.Tracking;
using Microsoft.AspNetCore.Html;

namespace CcHc.Web.Features.Dashboard;

/// <summary>
/// Tổng quan of one commune for its latest assessment year, or — for a reviewer or the administrator who has not
/// chosen one — the communes to choose from (<see cref="Commune"/> is then null). Every number comes from the domain
/// (<see cref="AssessmentEvaluation"/>, <see cref="TaskSchedule"/>, <see cref="TaskTally"/>).
/// </summary>
public sealed record CommuneDashboard(
    Commune? Commune,
    IReadOnlyList<Commune> Choices,
    IReadOnlyList<YearResult> Years,
    DateOnly Today,
    PlanSummary? LatestPlan,
    PlanSummary? TrackedPlan,
    TaskTally? Tasks,
    IReadOnlyList<OverdueTask> Overdue,
    DashboardCharts Charts)
{
    /// <summary>Tasks done/total per index over every tracked plan of the commune (empty without one).</summary>
    public IReadOnlyList<IndexProgress> ByIndex { get; init; } = [];

    /// <summary>Tasks done/total per index component the tracked plans' items link (catalogue nodes).</summary>
    public IReadOnlyList<ComponentProgress> ByComponent { get; init; } = [];

    /// <summary>
    /// The units this one was formed from, as its lineage lists them, with what CcHc keeps of each (read-only history);
    /// empty for a unit formed from none CcHc knows.
    /// </summary>
    public IReadOnlyList<PredecessorHistory> Predecessors { get; init; } = [];

    public const string SampleLabel = "Dữ liệu mẫu — không phải kết quả công bố";

    public YearResult? Current => Years.Count > 0 ? Years[^1] : null;

    public bool AnySample => Years.Any(y => y.Assessment.IsSample);

    public static CommuneDashboard ChooseFrom(IReadOnlyList<Commune> choices, DateOnly today) =>
        new(null, choices, [], today, null, null, null, [], DashboardCharts.None);
}

/// <summary>One assessment year of the commune with its evaluation.</summary>
public sealed record YearResult(Assessment Assessment, AssessmentEvaluation Evaluation)
{
    public int Year => Assessment.Year;

    public decimal? Total => Assessment.StatedTotal ?? Evaluation.TotalAppraised;

    /// <summary>"2022 (dữ liệu mẫu)" for a sample year, else "2023".</summary>
    public string Label => Assessment.IsSample ? $"{Year} (dữ liệu mẫu)" : Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// One predecessor of the commune: its name as the list gives it, whether only part of it joined, and — when it is a
/// commune CcHc keeps (<paramref name="CommuneId"/>) — its dates and its assessments and plans to read.
/// </summary>
public sealed record PredecessorHistory(
    string Name,
    bool Partial,
    Guid? CommuneId,
    string? CommuneName,
    DateOnly? ValidUntil,
    IReadOnlyList<HistoryAssessment> Assessments,
    IReadOnlyList<HistoryPlan> Plans);

public sealed record HistoryAssessment(Guid Id, int Year, decimal? Total, bool IsSample);

/// <summary>The latest version of one plan lineage of a predecessor.</summary>
public sealed record HistoryPlan(Guid Id, PlanKind Kind, int Year, int ToYear, int Version, PlanStatus Status, string NumberLine);

public sealed record PlanSummary(Guid Id, int Version, PlanStatus Status, string? NumberLine);

public sealed record OverdueTask(Guid TaskId, string Description, string Item, string Lead, DateOnly DueDate, string Wording);

/// <summary>The dashboard's SVG charts (null when there is nothing to draw).</summary>
public sealed record DashboardCharts(HtmlString? Deductions, HtmlString? Tasks, HtmlString? Totals, HtmlString? Fields)
{
    public static DashboardCharts None { get; } = new(null, null, null, null);
}

/// <summary>The tasks of the tracked plans' items that serve one index.</summary>
public sealed record IndexProgress(CcHc.Domain.Criteria.IndexKind Index, int Done, int Total);

/// <summary>The tasks of the tracked plans' items that link one component of an index catalogue.</summary>
public sealed record ComponentProgress(CcHc.Domain.Criteria.IndexKind Index, string Component, int Done, int Total);
