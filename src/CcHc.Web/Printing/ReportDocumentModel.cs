using System.Globalization;
using CcHc.Domain.Communes;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;
using static CcHc.Domain.Common.VietnameseNumbers;

namespace CcHc.Web.Printing;

/// <summary>
/// Everything the BC-UBND results report prints, already worded: the template only lays it out. Built from a
/// <see cref="ReportContent"/>, so the on-screen preview, the PDF and the workbook print the same figures.
/// </summary>
public sealed record ReportDocumentModel
{
    public const string Title = "BÁO CÁO";

    public required IReadOnlyList<string> IssuerLines { get; init; }

    public required string NumberLine { get; init; }

    public required string DateLine { get; init; }

    public required string Summary { get; init; }

    public required string Opening { get; init; }

    public required IReadOnlyList<string> Overview { get; init; }

    public required IReadOnlyList<ItemBlock> Items { get; init; }

    public required IReadOnlyList<string> Assessment { get; init; }

    public required IReadOnlyList<string> AtRisk { get; init; }

    public required IReadOnlyList<string> Proposals { get; init; }

    public required string Closing { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }

    public required string SignerAuthority { get; init; }

    public required IReadOnlyList<string> SignerTitleLines { get; init; }

    public required string SignerName { get; init; }

    public required bool IsDraft { get; init; }

    /// <summary>For an issued report: the code of its snapshot, printed in the footer of every page.</summary>
    public string? VerificationCode { get; init; }

    // The wording below is the results report's; the periodic progress report (ProgressDocument) says its own.

    /// <summary>The heading of the per-item part of "I".</summary>
    public string ItemsHeading { get; init; } = "2. Kết quả thực hiện từng nội dung khắc phục";

    /// <summary>What a block with no result says after "- Kết quả thực hiện: ".</summary>
    public string NoResults { get; init; } = "chưa có báo cáo của đơn vị chủ trì.";

    /// <summary>The label of a block's risk line.</summary>
    public string RiskLabel { get; init; } = "Điểm còn nguy cơ bị trừ";

    public string AtRiskHeading { get; init; } = "III. NHỮNG NỘI DUNG CÒN NGUY CƠ BỊ TRỪ ĐIỂM";

    public string AtRiskEmpty { get; init; } = "Tất cả các nội dung khắc phục đã hoàn thành.";

    /// <summary>"Nhiệm vụ trọng tâm kỳ tới" (progress reports only): section IV when present, the proposals then V.</summary>
    public IReadOnlyList<string> NextFocus { get; init; } = [];

    public string NextFocusHeading => "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI";

    public string ProposalsHeading => (NextFocus.Count > 0 ? "V" : "IV") + ". KIẾN NGHỊ, ĐỀ XUẤT";

    public sealed record ItemBlock(
        int Number,
        string Heading,
        string PointsLine,
        IReadOnlyList<string> Criteria,
        string Status,
        IReadOnlyList<string> Results,
        string Evidence,
        bool AtRisk,
        string? RiskReason);

    public static ReportDocumentModel From(ReportContent view, string? verificationCode = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var plan = view.Plan.Plan;
        var commune = view.Plan.Commune;
        var report = view.Report;
        var s = view.Summary;
        var assessmentYear = view.Plan.Assessment?.Year;
        var noun = plan.Form == DocumentForm.Letter ? "Công văn" : "Kế hoạch";
        var planReference = plan.DocumentNumber is null
            ? $"{(plan.Form == DocumentForm.Letter ? noun : PlanKinds.Label(plan.Kind))} của UBND {commune.Name}"
            : $"{noun} số {plan.NumberLine["Số: ".Length..]} ngày {Date(plan.IssueDate!.Value)} của UBND {commune.Name}";
        return new ReportDocumentModel
        {
            IssuerLines = Lines(commune.IssuingBodyName),
            NumberLine = report.NumberLine,
            DateLine = FormatDateLine(plan.PlaceName, report.IssueDate, report.Year),
            Summary = ReportTitles.Subject(plan, assessmentYear),
            Opening = $"Thực hiện {planReference} về {Lower(plan.Summary)}; UBND {commune.Name} báo cáo kết quả thực hiện năm {report.Year} như sau:",
            Overview = OverviewLines(s),
            Items = s.Items.Select(Block).ToList(),
            Assessment = Lines(report.Summary),
            AtRisk = s.Items.Where(i => i.AtRisk).Select(i => $"- {i.Heading}: {RiskReason(i)}" + (PointsOf(i) is { } p ? $" ({p})." : ".")).ToList(),
            Proposals = Lines(report.Proposals),
            Closing = $"Trên đây là báo cáo {ReportTitles.SubjectInSentence(plan, assessmentYear)} của UBND {commune.Name}./.",
            Recipients = RecipientLines(view),
            SignerAuthority = plan.SignerAuthority,
            SignerTitleLines = Lines(plan.SignerTitle),
            SignerName = report.SignerName,
            IsDraft = report.Status != ReportStatus.Issued,
            VerificationCode = report.Status == ReportStatus.Issued ? verificationCode : null,
        };
    }

    /// <summary>"Sơn Kỳ, ngày 05 tháng 02 năm 2025": leading zero for days under 10 and months 1–2 (Nghị định 30).</summary>
    public static string FormatDateLine(string place, DateOnly? date, int year)
    {
        if (date is not { } d)
        {
            return $"{place}, ngày      tháng      năm {year}";
        }

        var month = d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture);
        return $"{place}, ngày {d.Day:00} tháng {month} năm {d.Year}";
    }

    public static string StatusLabel(ItemResult item) =>
        item.NotRemediable ? "Không thuộc khả năng tự khắc phục của xã" : TaskSchedule.Label(item.Status);

    public static string RiskReason(ItemResult item) =>
        item.NotRemediable ? "xã không thể tự khắc phục" + (item.NotRemediableReason is { } r ? $" ({r.TrimEnd('.')})" : string.Empty)
        : item.Status == TaskProgress.InProgress ? "đang thực hiện, chưa hoàn thành"
        : "chưa thực hiện";

    private static List<string> OverviewLines(ResultsSummary s)
    {
        var lines = new List<string>
        {
            $"Kế hoạch có {s.Items.Count} nội dung khắc phục với {s.TasksTotal} nhiệm vụ, giải pháp. Tính đến ngày {Date(s.AsOf)}: "
                + $"{s.ItemsDone} nội dung đã hoàn thành, {s.ItemsInProgress} nội dung đang thực hiện, {s.ItemsNotStarted} nội dung chưa thực hiện"
                + (s.ItemsNotRemediable > 0 ? $", {s.ItemsNotRemediable} nội dung không thuộc khả năng tự khắc phục của xã" : string.Empty)
                + $"; {s.TasksDone}/{s.TasksTotal} nhiệm vụ đã hoàn thành, {s.TasksOverdue} nhiệm vụ quá hạn.",
        };
        if (s.PointsDeducted > 0)
        {
            lines.Add($"Tổng số điểm bị trừ cần khắc phục: {Score(s.PointsDeducted)} điểm; đã khắc phục (nội dung đã hoàn thành): {Score(s.PointsSecured)} điểm; "
                + $"điểm còn nguy cơ bị trừ: {Score(s.PointsAtRisk)} điểm.");
        }

        if (s.UnknownDeductions > 0)
        {
            lines.Add($"Có {s.UnknownDeductions} tiêu chí bị trừ điểm mà văn bản công bố kết quả không ghi số điểm bị trừ; các tiêu chí này được theo dõi theo trạng thái của nội dung khắc phục.");
        }

        return lines;
    }

    private static ItemBlock Block(ItemResult item) => new(
        item.Number,
        item.Heading,
        PointsOf(item) is { } p ? $"Điểm bị trừ: {p}" + (item.Criteria.Count > 0 ? ", gồm:" : ".") : item.Criteria.Count > 0 ? "Tiêu chí bị trừ điểm:" : "Nội dung theo kế hoạch.",
        item.Criteria.Select(c => c.DisplayName + (c.Deduction is { } d ? $": bị trừ {Score(d)} điểm" : string.Empty)).ToList(),
        StatusLabel(item),
        item.NotRemediable
            ? [item.NotRemediableReason ?? string.Empty]
            : item.Results.Select(r => $"Ngày {Date(r.Date)}: {r.Text.TrimEnd()}").ToList(),
        item.EvidenceFileNames.Count == 0 ? "Chưa có." : string.Join("; ", item.EvidenceFileNames) + ".",
        item.AtRisk,
        item.AtRisk ? RiskReason(item) : null);

    private static string? PointsOf(ItemResult item) =>
        item.Criteria.Count > 0 && !item.HasUnknownPoints ? $"{Score(item.PointsCovered)} điểm" : null;

    private static List<string> RecipientLines(ReportContent view)
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
