using CcHc.Domain.Common;
using CcHc.Domain.Deadlines;

namespace CcHc.Domain.Plans;

/// <summary>One task or solution line of an item (nhiệm vụ, giải pháp), optionally with its own deadline.</summary>
public sealed class PlanTask : Entity
{
    private PlanTask()
    {
        Description = string.Empty;
    }

    internal PlanTask(Guid itemId, int order, string description, Deadline? deadline)
    {
        ItemId = itemId;
        Order = order;
        Description = description;
        Deadline = deadline;
    }

    public Guid ItemId { get; private set; }

    public int Order { get; private set; }

    public string Description { get; private set; }

    /// <summary>Null: the item's deadline applies.</summary>
    public Deadline? Deadline { get; private set; }

    public TaskProgress Progress { get; private set; } = TaskProgress.NotStarted;

    internal void Update(int order, string description, Deadline? deadline)
    {
        Order = order;
        Description = description;
        Deadline = deadline;
    }

    /// <summary>The next version continues the work: its tasks start where this version's stand.</summary>
    internal PlanTask CopyFor(Guid itemId) => new(itemId, Order, Description, Deadline) { Progress = Progress };

    internal void SetProgress(TaskProgress progress) => Progress = progress;
}
