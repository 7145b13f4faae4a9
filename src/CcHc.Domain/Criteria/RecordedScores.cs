namespace CcHc.Domain.Criteria;

/// <summary>
/// What assessments (of any commune) have recorded against the nodes of a criteria set: how many scores each node has
/// and the highest appraised or self-assessed score. The rules of editing a set read it: a node with scores is not
/// removed, and a node's maximum does not go below a score already recorded. <see cref="UnderIssuedPlan"/>: an issued
/// plan rests on an assessment of this set — its maxima and its nodes are then the issued figures' ground and stay
/// (titles and codes may still be corrected: the issued version reads its own snapshot).
/// </summary>
public sealed record RecordedScores(IReadOnlyDictionary<Guid, int> Counts, IReadOnlyDictionary<Guid, decimal> Highest, bool UnderIssuedPlan = false)
{
    public const string IssuedMessage =
        "Bộ tiêu chí này là căn cứ của kế hoạch đã ban hành: không đổi điểm tối đa, không xóa tiêu chí. Cần bộ khác thì sao chép thành bộ mới.";

    public static RecordedScores None { get; } = new(new Dictionary<Guid, int>(), new Dictionary<Guid, decimal>());

    public int CountFor(Guid nodeId) => Counts.GetValueOrDefault(nodeId);

    public decimal? HighestFor(Guid nodeId) => Highest.TryGetValue(nodeId, out var value) ? value : null;
}
