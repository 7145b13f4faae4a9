using System.Text.Json;
using CcHc.Domain.Common;

namespace CcHc.Domain.Plans;

/// <summary>
/// What a plan held when it was submitted (trình): the header's fields and every item with its tasks, as JSON, taken by
/// <see cref="RemediationPlan.Submit"/>. The plan page compares the plan with its last submission
/// (<see cref="PlanChanges"/>) so the chairman sees what the clerk changed after a return. Insert-only, like
/// <see cref="IssuedSnapshot"/>; ids stay ids here, the reader names them.
/// </summary>
public sealed class PlanSubmission : Entity
{
    /// <summary>Bumped when the JSON's shape changes; a reader ignores a version it does not know.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    private PlanSubmission()
    {
        Json = string.Empty;
    }

    private PlanSubmission(Guid planId, DateTimeOffset at, string json)
    {
        PlanId = planId;
        At = at;
        Json = json;
    }

    public Guid PlanId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The <see cref="SubmittedContent"/> as JSON.</summary>
    public string Json { get; private set; }

    /// <summary>The recorded content, or null for a format this build does not read.</summary>
    public SubmittedContent? Content =>
        JsonSerializer.Deserialize<SubmittedContent>(Json, Options) is { Format: CurrentFormat } content ? content : null;

    internal static PlanSubmission Take(RemediationPlan plan, DateTimeOffset at) =>
        new(plan.Id, at, JsonSerializer.Serialize(SubmittedContent.Of(plan), Options));
}

/// <summary>A plan's editable content as plain values: header fields by name, items with their fields and tasks.</summary>
public sealed record SubmittedContent(int Format, IReadOnlyDictionary<string, string?> Header, IReadOnlyList<SubmittedContent.ItemData> Items)
{
    public static SubmittedContent Of(RemediationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var h = plan.Header;
        var header = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(PlanHeader.DocumentSymbol)] = h.DocumentSymbol,
            [nameof(PlanHeader.PlaceName)] = h.PlaceName,
            [nameof(PlanHeader.Summary)] = h.Summary,
            [nameof(PlanHeader.LegalBases)] = string.Join('\n', h.LegalBases),
            [nameof(PlanHeader.Preamble)] = h.Preamble,
            [nameof(PlanHeader.Purpose)] = h.Purpose,
            [nameof(PlanHeader.Requirements)] = h.Requirements,
            [nameof(PlanHeader.ResultsIntro)] = h.ResultsIntro,
            [nameof(PlanHeader.Organisation)] = h.Organisation,
            [nameof(PlanHeader.Closing)] = h.Closing,
            [nameof(PlanHeader.Recipients)] = string.Join('\n', h.Recipients),
            [nameof(PlanHeader.Addressees)] = string.Join('\n', h.Addressees),
            [nameof(PlanHeader.ReplacesWording)] = h.ReplacesWording,
            [nameof(PlanHeader.AppendixCaption)] = h.AppendixCaption,
            [nameof(PlanHeader.SignerAuthority)] = h.SignerAuthority,
            [nameof(PlanHeader.SignerTitle)] = h.SignerTitle,
            [nameof(PlanHeader.SignerName)] = h.SignerName,
        };
        return new SubmittedContent(
            PlanSubmission.CurrentFormat,
            header,
            plan.Items.Select(i => new ItemData(
                i.Id, i.Order, i.Heading, i.GroupHeading, i.Index?.ToString(), i.FieldId, [.. i.CriterionIds], i.Cause, [.. i.LeadPositionIds],
                [.. i.SupportPositionIds], i.Deadline?.Wording, i.NotRemediable, i.NotRemediableReason, i.DeductionWording, i.LeadWording,
                i.SupportWording, i.Tasks.Select(t => new TaskData(t.Id, t.Description, t.Deadline?.Wording)).ToList())).ToList());
    }

    public sealed record ItemData(
        Guid Id, int Order, string Heading, string? GroupHeading, string? Index, Guid? FieldId, IReadOnlyList<Guid> CriterionIds, string? Cause,
        IReadOnlyList<Guid> LeadPositionIds, IReadOnlyList<Guid> SupportPositionIds, string? Deadline, bool NotRemediable,
        string? NotRemediableReason, string? DeductionWording, string? LeadWording, string? SupportWording, IReadOnlyList<TaskData> Tasks);

    public sealed record TaskData(Guid Id, string Description, string? Deadline);
}
