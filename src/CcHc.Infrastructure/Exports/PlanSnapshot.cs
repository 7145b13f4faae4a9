using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CcHc.Domain.Plans;

namespace CcHc.Infrastructure.Exports;

/// <summary>
/// A canonical JSON of an issued version (commune, number, date, header, items, tasks, deadlines) and the short code
/// derived from it. A file cannot contain its own hash, so the PDF carries this code instead; the checking page of the
/// signed-copies issue recomputes it from the stored version.
/// </summary>
public static class PlanSnapshot
{
    public static string Json(RemediationPlan plan, string communeName)
    {
        var snapshot = new
        {
            Commune = communeName,
            plan.Id,
            plan.VersionNumber,
            plan.NumberLine,
            IssueDate = plan.IssueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            plan.Header,
            Items = plan.Items.Select(i => new
            {
                i.Order, i.Heading, i.FieldId, i.CriterionIds, i.Cause, i.LeadPositionId, i.SupportPositionIds,
                Deadline = i.Deadline?.Wording, i.NotRemediable, i.NotRemediableReason,
                Tasks = i.Tasks.Select(t => new { t.Order, t.Description, Deadline = t.Deadline?.Wording }),
            }),
        };
        return JsonSerializer.Serialize(snapshot);
    }

    /// <summary>"7F3A-9C21-0B": the first 10 hex digits of the snapshot's SHA-256, grouped for reading aloud.</summary>
    public static string VerificationCode(RemediationPlan plan, string communeName)
    {
        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Json(plan, communeName))))[..10];
        return $"{hex[..4]}-{hex[4..8]}-{hex[8..]}";
    }
}
