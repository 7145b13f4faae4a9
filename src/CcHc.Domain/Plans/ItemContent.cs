using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;

namespace CcHc.Domain.Plans;

/// <summary>What the clerk edits of an item, in one piece. A task with an Id keeps its identity (and later its progress).</summary>
public sealed record ItemContent(
    string Heading,
    Guid? FieldId,
    IReadOnlyList<Guid> CriterionIds,
    string? Cause,
    Guid? LeadPositionId,
    IReadOnlyList<Guid> SupportPositionIds,
    Deadline? Deadline,
    IReadOnlyList<TaskContent> Tasks,
    bool NotRemediable = false,
    string? NotRemediableReason = null,
    IReadOnlyList<Guid>? CoLeadPositionIds = null,
    string? DeductionWording = null,
    string? LeadWording = null,
    string? SupportWording = null,
    IndexKind? Index = null,
    string? GroupHeading = null,
    IReadOnlyList<string>? PersonIds = null);

public sealed record TaskContent(string Description, Deadline? Deadline = null, Guid? Id = null);
