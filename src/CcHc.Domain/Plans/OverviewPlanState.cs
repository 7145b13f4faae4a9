namespace CcHc.Domain.Plans;

/// <summary>
/// A commune's plan state as the office overview filters and counts it: its newest version's status, with "signed"
/// apart from "issued" (an issued version whose official file is a valid signed copy), and "none" without a plan.
/// </summary>
public enum OverviewPlanState
{
    None,
    Draft,
    Submitted,
    Returned,
    Approved,
    Issued,
    IssuedSigned,
}

public static class OverviewPlanStates
{
    public static IReadOnlyList<OverviewPlanState> All { get; } = Enum.GetValues<OverviewPlanState>();

    /// <summary>The state of a commune whose newest version has <paramref name="status"/> (null: no plan).</summary>
    public static OverviewPlanState Of(PlanStatus? status, bool hasSignedCopy) => status switch
    {
        null => OverviewPlanState.None,
        PlanStatus.Draft => OverviewPlanState.Draft,
        PlanStatus.Submitted => OverviewPlanState.Submitted,
        PlanStatus.Returned => OverviewPlanState.Returned,
        PlanStatus.Approved => OverviewPlanState.Approved,
        PlanStatus.Issued => hasSignedCopy ? OverviewPlanState.IssuedSigned : OverviewPlanState.Issued,
        _ => OverviewPlanState.None,
    };

    public static string Label(OverviewPlanState state) => state switch
    {
        OverviewPlanState.None => "Chưa có kế hoạch",
        OverviewPlanState.Draft => "Dự thảo",
        OverviewPlanState.Submitted => "Đã trình",
        OverviewPlanState.Returned => "Bị trả lại",
        OverviewPlanState.Approved => "Đã phê duyệt",
        OverviewPlanState.Issued => "Đã ban hành (chưa ký số)",
        OverviewPlanState.IssuedSigned => "Đã ban hành, đã ký số",
        _ => state.ToString(),
    };

    /// <summary>A query-string value ("Draft"); null for blank or unknown values (then every state).</summary>
    public static OverviewPlanState? Parse(string? value) =>
        value is { Length: > 0 } text && !int.TryParse(text, out _) && Enum.TryParse<OverviewPlanState>(text, out var state) && Enum.IsDefined(state) ? state : null;
}

/// <summary>The overview's counts over every commune of the filter (never only a page of them).</summary>
public sealed record OverviewCounts(
    int Communes,
    IReadOnlyDictionary<OverviewPlanState, int> ByState,
    int CommunesWithOverdueTasks,
    int OverdueTasks,
    int Late)
{
    public int this[OverviewPlanState state] => ByState.TryGetValue(state, out var n) ? n : 0;

    /// <summary>Counts of (state, overdue tasks, late) per commune.</summary>
    public static OverviewCounts Of(IEnumerable<(OverviewPlanState State, int OverdueTasks, bool Late)> communes)
    {
        var list = communes.ToList();
        return new OverviewCounts(
            list.Count,
            OverviewPlanStates.All.ToDictionary(s => s, s => list.Count(c => c.State == s)),
            list.Count(c => c.OverdueTasks > 0),
            list.Sum(c => c.OverdueTasks),
            list.Count(c => c.Late));
    }
}
