using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Reports;

/// <summary>
/// A canonical JSON of an issued results report — the report's own text, the plan version it reports on and the
/// figures it prints — and the short verification code derived from it, printed in the PDF footer (a file cannot
/// carry its own hash). The code is computed when the report's files are frozen and stored with them.
/// </summary>
public static class ReportSnapshot
{
    public static string Json(ResultsReport report, RemediationPlan plan, string communeName, ResultsSummary summary)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(summary);
        var snapshot = new
        {
            Commune = communeName,
            report.Id,
            report.NumberLine,
            IssueDate = report.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            report.Summary,
            report.Proposals,
            report.SignerName,
            Plan = new { plan.Id, plan.VersionNumber, plan.NumberLine },
            AsOf = summary.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Items = summary.Items.Select(i => new
            {
                i.Number, i.Heading, Status = i.Status.ToString(), i.AtRisk, i.PointsCovered,
                Results = i.Results.Select(r => new { Date = r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Text }),
                i.EvidenceFileNames,
            }),
            summary.PointsDeducted,
            summary.PointsSecured,
        };
        return JsonSerializer.Serialize(snapshot);
    }

    /// <summary>"7F3A-9C21-0B": the first 10 hex digits of the snapshot's SHA-256, grouped for reading aloud.</summary>
    public static string VerificationCode(ResultsReport report, RemediationPlan plan, string communeName, ResultsSummary summary)
    {
        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Json(report, plan, communeName, summary))))[..10];
        return $"{hex[..4]}-{hex[4..8]}-{hex[8..]}";
    }
}
