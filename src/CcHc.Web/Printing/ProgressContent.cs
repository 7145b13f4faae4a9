using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;
using static CcHc.Domain.Common.VietnameseNumbers;

namespace CcHc.Web.Printing;

/// <summary>What a progress report's documents are made of: the plan version's content, the report, its figures, the office.</summary>
public sealed record ProgressContent(PlanContent Plan, ProgressReport Report, ProgressSummary Summary, string? OfficeName)
{
    public bool IsIssued => Report.Status == ReportStatus.Issued;

    /// <summary>"7F3A-9C21-0B": the first 10 hex digits of the SHA-256 of the report's canonical JSON (its text, period and figures).</summary>
    public string VerificationCode()
    {
        var snapshot = new
        {
            Commune = Plan.Commune.Name,
            Report.Id,
            Report.NumberLine,
            IssueDate = Report.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Period = Summary.Period.Code,
            Report.Summary,
            Report.NextFocus,
            Report.Proposals,
            Report.SignerName,
            Plan = new { Plan.Plan.Id, Plan.Plan.VersionNumber, Plan.Plan.NumberLine },
            Tasks = Summary.Tasks.Select(t => new
            {
                t.TaskId, Status = t.Status.ToString(), t.AtRisk,
                Notes = t.InPeriod.Select(n => new { Date = n.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), n.Text }),
                t.EvidenceFileNames,
            }),
        };
        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(snapshot))))[..10];
        return $"{hex[..4]}-{hex[4..8]}-{hex[8..]}";
    }
}

/// <summary>
/// The progress report worded for the BC-UBND layout of Nghị định 30 (the results report's template and Word writer,
/// <see cref="ReportDocumentModel"/>, with the progress report's own headings): "BÁO CÁO Tình hình thực hiện Kế hoạch …
/// Quý I năm 2026", the figures at the cut-off, one block per task (what was done in the period and before, status,
/// evidence, risk), the overall assessment, the tasks at risk, the focus of the next period and the proposals.
/// </summary>
public static class ProgressDocument
{
    public static string Subject(ProgressContent view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var plan = view.Plan.Plan;
        var noun = plan.Form == DocumentForm.Letter ? "Công văn" : "Kế hoạch";
        var what = plan.Kind == PlanKind.Remediation && view.Plan.Assessment?.Year is { } year
            ? $"Kế hoạch khắc phục tồn tại, hạn chế Chỉ số CCHC năm {year}"
            : $"{noun} {plan.Summary}";
        return $"Tình hình thực hiện {what} {view.Summary.Period.Label}";
    }

    public static ReportDocumentModel Model(ProgressContent view, string? verificationCode)
    {
        ArgumentNullException.ThrowIfNull(view);
        var plan = view.Plan.Plan;
        var commune = view.Plan.Commune;
        var report = view.Report;
        var s = view.Summary;
        var period = s.Period;
        var noun = plan.Form == DocumentForm.Letter ? "Công văn" : "Kế hoạch";
        var planReference = plan.DocumentNumber is null
            ? $"{noun} của UBND {commune.Name}"
            : $"{noun} số {plan.NumberLine["Số: ".Length..]} ngày {Date(plan.IssueDate!.Value)} của UBND {commune.Name}";
        var overview = new List<string>
        {
            $"Kế hoạch có {s.TasksTotal} nhiệm vụ, giải pháp. Tính đến hết ngày {Date(period.End)}: {s.TasksDone} nhiệm vụ đã hoàn thành, "
                + $"{s.TasksInProgress} nhiệm vụ đang thực hiện, {s.TasksNotStarted} nhiệm vụ chưa thực hiện; {s.TasksOverdue} nhiệm vụ quá hạn; "
                + $"{s.TasksReportedInPeriod} nhiệm vụ có kết quả thực hiện trong kỳ.",
        };
        var number = 0;
        return new ReportDocumentModel
        {
            IssuerLines = Lines(commune.IssuingBodyName),
            NumberLine = report.NumberLine,
            DateLine = ReportDocumentModel.FormatDateLine(plan.PlaceName, report.IssueDate, period.End.AddDays(1).Year),
            Summary = Subject(view),
            Opening = $"Thực hiện {planReference} về {Lower(plan.Summary)}; UBND {commune.Name} báo cáo tình hình thực hiện {period.LabelInSentence} "
                + $"(số liệu tính đến hết ngày {Date(period.End)}) như sau:",
            Overview = overview,
            Items = s.Tasks.Select(t => Block(++number, t)).ToList(),
            Assessment = Lines(report.Summary),
            AtRisk = s.Tasks.Where(t => t.AtRisk).Select(t => $"- {t.Description.TrimEnd('.')}: {t.RiskReason}.").ToList(),
            NextFocus = Lines(report.NextFocus),
            Proposals = Lines(report.Proposals),
            Closing = $"Trên đây là báo cáo tình hình thực hiện {Lower(Subject(view)["Tình hình thực hiện ".Length..])} của UBND {commune.Name}./.",
            Recipients = RecipientLines(view),
            SignerAuthority = plan.SignerAuthority,
            SignerTitleLines = Lines(plan.SignerTitle),
            SignerName = report.SignerName,
            IsDraft = report.Status != ReportStatus.Issued,
            VerificationCode = report.Status == ReportStatus.Issued ? verificationCode : null,
            ItemsHeading = "2. Kết quả thực hiện từng nhiệm vụ",
            NoResults = "chưa có kết quả được ghi nhận.",
            RiskLabel = "Nguy cơ chậm",
            AtRiskHeading = "III. NHỮNG NHIỆM VỤ CÓ NGUY CƠ CHẬM, QUÁ HẠN",
            AtRiskEmpty = $"Không có nhiệm vụ quá hạn hoặc đến hạn trong {ProgressSummary.AtRiskHorizonDays} ngày sau kỳ báo cáo mà chưa hoàn thành.",
        };
    }

    private static ReportDocumentModel.ItemBlock Block(int number, TaskProgressLine t)
    {
        var results = t.InPeriod.Select(n => $"Ngày {Date(n.Date)}: {n.Text.TrimEnd()}").ToList();
        if (t.Before is { } before)
        {
            results.Insert(0, $"Trước kỳ báo cáo (ngày {Date(before.Date)}): {before.Text.TrimEnd()}");
        }

        return new ReportDocumentModel.ItemBlock(
            number,
            t.Description,
            $"Thuộc nội dung {t.ItemNumber}: {t.ItemHeading}" + (t.Deadline is { } d ? $"; thời hạn: {d.Wording}" : string.Empty) + ".",
            [],
            TaskSchedule.Label(t.Status) + (t.DueState == DueState.Overdue ? " (quá hạn)" : string.Empty),
            results,
            t.EvidenceFileNames.Count == 0 ? "Chưa có." : string.Join("; ", t.EvidenceFileNames) + ".",
            t.AtRisk,
            t.RiskReason);
    }

    private static List<string> RecipientLines(ProgressContent view)
    {
        var list = new List<string> { $"{UnitWording.SuperiorCommittee(view.Plan.Commune)};" };
        if (view.OfficeName is { } office)
        {
            list.Add($"{office};");
        }

        list.Add("Chủ tịch, các PCT UBND xã;");
        list.Add("Lưu: VT.");
        return list;
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], Culture) + text[1..];

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
