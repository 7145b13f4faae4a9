namespace CcHc.Domain.Common;

/// <summary>
/// The one catalogue of how stored fields read in Vietnamese: each audited entity's properties (by the entity's CLR
/// name and the property's name; a value object's as "Deadline.Wording"), the properties never shown (ids that tie a
/// row to its parent, machine fields), and the labels of the enums they hold. The plan history, the audit search and
/// "changes since the last submission" read it; a test fails when an audited field has neither a label nor a place in
/// <see cref="IsHidden"/>.
/// </summary>
public static partial class FieldLabels
{
    /// <summary>Shown for every entity: its own key and its parent's key say nothing to a reader.</summary>
    private static readonly HashSet<string> HiddenEverywhere = new(StringComparer.Ordinal)
    {
        "Id", "PlanId", "ItemId", "LineageId", "AssessmentId", "CommuneId", "CriteriaSetId", "SuccessorId", "OfficeId",
        "OversightOfficeId", "ParentId", "TaskId", "NormalizedUserName", "NormalizedEmail", "LockoutEnd", "AccessFailedCount",
        "LockoutEnabled", "TwoFactorEnabled", "PhoneNumberConfirmed", "EmailConfirmed", "UserId", "PositionId",
    };

    /// <summary>The field's label, or null when the catalogue has none (the test lists those).</summary>
    public static string? Label(string entity, string property)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(property);

        // A workflow step's audit row carries the plan's changes as "Plan.Status".
        if (property.StartsWith("Plan.", StringComparison.Ordinal))
        {
            return Label("RemediationPlan", property["Plan.".Length..]);
        }

        return Entities.TryGetValue(entity, out var fields) && fields.TryGetValue(property, out var label) ? label
            : Shared.TryGetValue(property, out var shared) ? shared
            : null;
    }

    /// <summary>Whether a property is never shown (its change says nothing the reader can use).</summary>
    public static bool IsHidden(string entity, string property)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(property);
        if (property.StartsWith("Plan.", StringComparison.Ordinal))
        {
            return IsHidden("RemediationPlan", property["Plan.".Length..]);
        }

        // EF's own columns ("__synthesizedOrdinal" of an owned list) are no one's field.
        return HiddenEverywhere.Contains(property) || property.StartsWith("__", StringComparison.Ordinal)
            || (Hidden.TryGetValue(entity, out var hidden) && hidden.Contains(property))

            // A deadline reads as its wording; its kind, dates and year are how the tracker computes it.
            || (property.StartsWith("Deadline.", StringComparison.Ordinal) && property != "Deadline.Wording");
    }

    /// <summary>The Vietnamese name of an audited entity (or of an audit subject such as "Account").</summary>
    public static string? EntityLabel(string type) => EntityNames.TryGetValue(type, out var label) ? label : null;

    /// <summary>Every entity name the catalogue knows, for the audit filter's list.</summary>
    public static IReadOnlyDictionary<string, string> EntityNamesByType => EntityNames;
}
