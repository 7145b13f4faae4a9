using CcHc.Domain.Common;

namespace CcHc.Domain.Plans;

/// <summary>One step of a plan's history: who moved it from what to what, when, and the comment (for a return).</summary>
public sealed class PlanTransition : Entity
{
    private PlanTransition()
    {
        ActorId = ActorName = string.Empty;
    }

    internal PlanTransition(Guid planId, PlanStatus from, PlanStatus to, PlanAction action, Actor actor, DateTimeOffset at, string? comment)
    {
        PlanId = planId;
        From = from;
        To = to;
        Action = action;
        ActorId = actor.Id;
        ActorName = actor.Name;
        At = at;
        Comment = comment;
    }

    public Guid PlanId { get; private set; }

    public PlanStatus From { get; private set; }

    public PlanStatus To { get; private set; }

    public PlanAction Action { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Comment { get; private set; }
}

/// <summary>The person taking a step: an account id and the name shown in the history.</summary>
public sealed record Actor(string Id, string Name);
