namespace CcHc.Domain.Criteria;

/// <summary>One band of a set's classification rule: "Tốt" from 90 % of the maximum. Data, never code.</summary>
public sealed record ClassificationBand(string Label, decimal MinPercent);
