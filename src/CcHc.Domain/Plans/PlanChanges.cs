using CcHc.Domain.Common;

namespace CcHc.Domain.Plans;

public enum PlanChangeKind
{
    /// <summary>A field of the common part changed.</summary>
    Header,

    ItemAdded,

    ItemRemoved,

    /// <summary>A field of an item that stayed changed (a task added, removed or reworded counts here).</summary>
    ItemChanged,
}

/// <summary>
/// One change since the last submission: where (the common part, or an item by its number and heading), which field
/// in Vietnamese, and the old and new text (null where there is none: an added item has no old text).
/// </summary>
public sealed record PlanChange(PlanChangeKind Kind, string Where, string? Field, string? Old, string? New);

/// <summary>How the reader names the ids a plan holds (positions, criteria, fields); an unknown id reads as "(không rõ)".</summary>
public interface IPlanNames
{
    string Position(Guid id);

    string Criterion(Guid id);

    string Field(Guid id);
}

/// <summary>
/// What changed in a plan since its last submission (<see cref="PlanSubmission"/>): items added and removed, and every
/// field whose value differs, old → new, with Vietnamese labels (<see cref="FieldLabels"/>) and names instead of
/// ids. Fields that did not change say nothing; a reorder alone is not a change of content.
/// </summary>
public static class PlanChanges
{
    public static IReadOnlyList<PlanChange> Since(SubmittedContent submitted, RemediationPlan plan, IPlanNames names)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(names);
        return Between(submitted, SubmittedContent.Of(plan), names);
    }

    public static IReadOnlyList<PlanChange> Between(SubmittedContent before, SubmittedContent after, IPlanNames names)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(names);
        var changes = new List<PlanChange>();
        foreach (var (field, now) in after.Header)
        {
            var then = before.Header.TryGetValue(field, out var old) ? old : null;
            if (!SameText(then, now))
            {
                changes.Add(new PlanChange(PlanChangeKind.Header, "Phần chung", Label(nameof(RemediationPlan), field), Blank(then), Blank(now)));
            }
        }

        var oldItems = before.Items.ToDictionary(i => i.Id);
        var newIds = after.Items.Select(i => i.Id).ToHashSet();
        foreach (var item in after.Items.OrderBy(i => i.Order))
        {
            if (!oldItems.TryGetValue(item.Id, out var old))
            {
                changes.Add(new PlanChange(PlanChangeKind.ItemAdded, Name(item), null, null, Describe(item, names)));
                continue;
            }

            var where = Name(item);
            foreach (var (field, then, now) in Fields(old, names).Zip(Fields(item, names), (o, n) => (o.Field, o.Text, n.Text)))
            {
                if (!SameText(then, now))
                {
                    changes.Add(new PlanChange(PlanChangeKind.ItemChanged, where, Label(nameof(RemediationItem), field), Blank(then), Blank(now)));
                }
            }

            var oldTasks = old.Tasks.ToDictionary(t => t.Id);
            var newTaskIds = item.Tasks.Select(t => t.Id).ToHashSet();
            foreach (var task in item.Tasks)
            {
                if (!oldTasks.TryGetValue(task.Id, out var was))
                {
                    changes.Add(new PlanChange(PlanChangeKind.ItemChanged, where, "Nhiệm vụ thêm mới", null, TaskText(task)));
                }
                else if (TaskText(was) != TaskText(task))
                {
                    changes.Add(new PlanChange(PlanChangeKind.ItemChanged, where, "Nhiệm vụ", TaskText(was), TaskText(task)));
                }
            }

            foreach (var task in old.Tasks.Where(t => !newTaskIds.Contains(t.Id)))
            {
                changes.Add(new PlanChange(PlanChangeKind.ItemChanged, where, "Nhiệm vụ bỏ đi", TaskText(task), null));
            }
        }

        foreach (var item in before.Items.Where(i => !newIds.Contains(i.Id)).OrderBy(i => i.Order))
        {
            changes.Add(new PlanChange(PlanChangeKind.ItemRemoved, Name(item), null, Describe(item, names), null));
        }

        return changes;
    }

    private static string Name(SubmittedContent.ItemData item) => $"Mục {item.Order + 1}. {item.Heading}";

    private static string Describe(SubmittedContent.ItemData item, IPlanNames names) =>
        string.Join("; ", Fields(item, names).Where(f => f.Field != nameof(RemediationItem.Heading) && !string.IsNullOrWhiteSpace(f.Text))
            .Select(f => $"{Label(nameof(RemediationItem), f.Field)}: {f.Text}")
            .Concat(item.Tasks.Select(t => "Nhiệm vụ: " + TaskText(t))));

    private static string TaskText(SubmittedContent.TaskData task) => task.Deadline is { } d ? $"{task.Description} ({d})" : task.Description;

    /// <summary>An item's fields in a fixed order, as text a reader understands.</summary>
    private static IEnumerable<(string Field, string? Text)> Fields(SubmittedContent.ItemData item, IPlanNames names)
    {
        yield return (nameof(RemediationItem.Heading), item.Heading);
        yield return (nameof(RemediationItem.GroupHeading), item.GroupHeading);
        yield return (nameof(RemediationItem.Index), item.Index is { } index && Enum.TryParse<Criteria.IndexKind>(index, out var kind) ? PlanKinds.ShortName(kind) : item.Index);
        yield return (nameof(RemediationItem.FieldId), item.FieldId is { } field ? names.Field(field) : null);
        yield return (nameof(RemediationItem.CriterionIds), string.Join(", ", item.CriterionIds.Select(names.Criterion)));
        yield return (nameof(RemediationItem.Cause), item.Cause);
        yield return (nameof(RemediationItem.LeadPositionIds), string.Join(", ", item.LeadPositionIds.Select(names.Position)));
        yield return (nameof(RemediationItem.SupportPositionIds), string.Join(", ", item.SupportPositionIds.Select(names.Position)));
        yield return (nameof(RemediationItem.Deadline), item.Deadline);
        yield return (nameof(RemediationItem.NotRemediable), item.NotRemediable ? "Có" : "Không");
        yield return (nameof(RemediationItem.NotRemediableReason), item.NotRemediableReason);
        yield return (nameof(RemediationItem.DeductionWording), item.DeductionWording);
        yield return (nameof(RemediationItem.LeadWording), item.LeadWording);
        yield return (nameof(RemediationItem.SupportWording), item.SupportWording);
    }

    private static string Label(string entity, string field) => FieldLabels.Label(entity, field) ?? field;

    private static bool SameText(string? a, string? b) => string.Equals(Blank(a), Blank(b), StringComparison.Ordinal);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
