namespace CcHc.Web.Features.Criteria;

/// <summary>One node's row of the criteria set editor, as typed.</summary>
public sealed class NodeInput
{
    public Guid Id { get; set; }

    public string? Code { get; set; }

    public string? Title { get; set; }

    /// <summary>As typed: "14,5" or "14.5"; empty for unknown.</summary>
    public string? MaxScore { get; set; }
}

/// <summary>A node to add: a field (no parent) or a child of a node.</summary>
public sealed class NewNodeInput
{
    /// <summary>Empty: a new field (level 1).</summary>
    public Guid? ParentId { get; set; }

    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? MaxScore { get; set; }
}

/// <summary>One classification band as typed.</summary>
public sealed class BandInput
{
    public string? Label { get; set; }

    public string? MinPercent { get; set; }
}

/// <summary>
/// What the criteria set editor posts: the set's concurrency token when the page was read, and its forms (the one
/// posted filled in, the others empty). Every command of <see cref="EditCriteriaSet"/> takes it, so a stale save can
/// say what differs.
/// </summary>
public sealed record CriteriaSetForm(Guid ConcurrencyToken, IReadOnlyList<NodeInput> Nodes, NewNodeInput NewNode, IReadOnlyList<BandInput> Bands)
{
    /// <summary>The form key of a node's field; node errors are keyed by node, since row indexes may shift after a conflict.</summary>
    public static string NodeKey(Guid nodeId, string field) => $"Nodes:{nodeId:N}.{field}";
}
