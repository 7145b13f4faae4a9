using CcHc.Domain.Common;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tracking;

/// <summary>Who wrote a note: the lead position of the task's item, or one of its supporting positions.</summary>
public enum TaskRole
{
    Lead,
    Support,
}

/// <summary>
/// A dated entry in a task's progress log (nhật ký thực hiện). The lead's entries may move the status; a supporting
/// position's entries are notes only. Entries are only ever added: the log is the record of what was done.
/// </summary>
public sealed class TaskNote : Entity
{
    public const int MaxLength = 4000;

    private TaskNote()
    {
        AuthorId = AuthorName = Text = string.Empty;
    }

    private TaskNote(Guid planId, Guid taskId, TaskRole role, Actor author, DateOnly date, string text, TaskProgress? progress, DateTimeOffset at)
    {
        PlanId = planId;
        TaskId = taskId;
        Role = role;
        AuthorId = author.Id;
        AuthorName = author.Name;
        Date = date;
        Text = text;
        Progress = progress;
        At = at;
    }

    public Guid PlanId { get; private set; }

    public Guid TaskId { get; private set; }

    public TaskRole Role { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    /// <summary>The day the work reported happened (chosen by the writer; not after today).</summary>
    public DateOnly Date { get; private set; }

    public string Text { get; private set; }

    /// <summary>The status the lead set with this entry; null for a note.</summary>
    public TaskProgress? Progress { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>
    /// Records the lead's update on an issued plan: the task's status moves to <paramref name="progress"/> and the
    /// entry keeps the note (which may be empty only when the status changes).
    /// </summary>
    public static TaskNote ByLead(RemediationPlan plan, Guid taskId, Actor author, DateOnly date, DateOnly today, TaskProgress progress, string? text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var task = plan.RecordProgress(taskId, progress, out var changed);
        var clean = Clean(text, required: !changed, date, today);
        return new TaskNote(plan.Id, task.Id, TaskRole.Lead, author, date, clean, progress, at);
    }

    /// <summary>A supporting position's note: text required, status untouched.</summary>
    public static TaskNote BySupport(RemediationPlan plan, Guid taskId, Actor author, DateOnly date, DateOnly today, string? text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var task = plan.FindTask(taskId);
        plan.EnsureIssued();
        return new TaskNote(plan.Id, task.Id, TaskRole.Support, author, date, Clean(text, required: true, date, today), null, at);
    }

    private static string Clean(string? text, bool required, DateOnly date, DateOnly today)
    {
        if (date > today)
        {
            throw new DomainException("Ngày thực hiện không được sau ngày hôm nay.", nameof(Date));
        }

        var clean = (text ?? string.Empty).Trim();
        if (required && clean.Length == 0)
        {
            throw new DomainException("Hãy ghi nội dung đã thực hiện.", nameof(Text));
        }

        if (clean.Length > MaxLength)
        {
            throw new DomainException($"Nội dung tối đa {MaxLength} ký tự.", nameof(Text));
        }

        return clean;
    }
}
