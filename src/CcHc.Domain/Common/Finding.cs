namespace CcHc.Domain.Common;

public enum FindingSeverity
{
    /// <summary>Something a reader should look at; saving is allowed (e.g. a mistake printed in the source document).</summary>
    Warning,

    /// <summary>A value that cannot be right (e.g. an appraised score above the maximum).</summary>
    Error,
}

/// <summary>Machine-readable kinds of finding, so pages and tests need not parse messages.</summary>
public enum FindingCode
{
    AppraisedOutOfRange,
    StatedDeductionDiffers,
    StatedDeductionExceedsMax,
    ChildrenMaxSumDiffers,
    ChildrenAppraisedSumDiffers,
    ChildrenDeductionSumDiffers,
    StatedTotalDiffers,
    SelfAssessedOutOfRange,
}

/// <summary>One observation about an assessment's numbers, tied to the criterion it concerns (null: the whole assessment).</summary>
public sealed record Finding(FindingSeverity Severity, FindingCode Code, Guid? CriterionId, string Message);
