using CcHc.Domain.Common;

namespace CcHc.Domain.Plans;

/// <summary>
/// A comment on a plan version by someone who reads it (the Nội vụ reviewer, the chairman, the clerk), on the whole plan
/// or on one of its items (<see cref="ItemId"/>). Comments sit beside the plan, not in it: commenting on an issued
/// version does not change the version.
/// </summary>
public sealed class PlanComment : Entity
{
    public const int MaxLength = 4000;

    private PlanComment()
    {
        AuthorId = AuthorName = Text = string.Empty;
    }

    public PlanComment(Guid planId, Actor author, DateTimeOffset at, string text)
        : this(planId, null, author, at, text)
    {
    }

    /// <summary>A comment on one item of the plan (<paramref name="itemId"/>), or on the whole plan (null).</summary>
    public PlanComment(Guid planId, Guid? itemId, Actor author, DateTimeOffset at, string text)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Nội dung góp ý không được để trống.");
        }

        if (text.Trim().Length > MaxLength)
        {
            throw new DomainException($"Góp ý tối đa {MaxLength} ký tự.");
        }

        PlanId = planId;
        ItemId = itemId;
        AuthorId = author.Id;
        AuthorName = author.Name;
        At = at;
        Text = text.Trim();
    }

    public Guid PlanId { get; private set; }

    /// <summary>The item the comment is about; null: the whole plan.</summary>
    public Guid? ItemId { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Text { get; private set; }
}
