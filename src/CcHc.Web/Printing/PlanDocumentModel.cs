using System.Globalization;
using CcHc.Domain.Plans;
using static CcHc.Domain.Common.VietnameseNumbers;

namespace CcHc.Web.Printing;

/// <summary>
/// Everything the KH-UBND document prints, already worded: the print template only lays it out. Built from a plan
/// version, so the on-screen preview and the PDF print the same text.
/// </summary>
public sealed record PlanDocumentModel
{
    public required IReadOnlyList<string> IssuerLines { get; init; }

    public required string NumberLine { get; init; }

    public required string DateLine { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<string> LegalBases { get; init; }

    public required string Preamble { get; init; }

    public required IReadOnlyList<string> Purpose { get; init; }

    public required IReadOnlyList<string> Requirements { get; init; }

    public required string ResultsIntro { get; init; }

    public required IReadOnlyList<ScoreRow> Scores { get; init; }

    public ScoreRow? Total { get; init; }

    public required IReadOnlyList<ItemBlock> Items { get; init; }

    public required IReadOnlyList<string> Organisation { get; init; }

    public required string Closing { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }

    public required string SignerAuthority { get; init; }

    public required IReadOnlyList<string> SignerTitleLines { get; init; }

    public required string SignerName { get; init; }

    public required bool IsDraft { get; init; }

    /// <summary>For an issued version: the code derived from its snapshot, printed in the footer of every page.</summary>
    public string? VerificationCode { get; init; }

    public required bool HasAppendix { get; init; }

    public required string AppendixCaption { get; init; }

    public required IReadOnlyList<AppendixGroup> Appendix { get; init; }

    public sealed record ScoreRow(string Number, string Title, string Max, string Appraised, string Deduction);

    public sealed record ItemBlock(
        int Number,
        string Heading,
        string DeductionLine,
        IReadOnlyList<string> Criteria,
        string? Cause,
        string Deadline,
        string Lead,
        string? Support,
        IReadOnlyList<string> Tasks,
        string? NotRemediable);

    public sealed record AppendixGroup(string Field, IReadOnlyList<AppendixRow> Rows);

    public sealed record AppendixRow(string Criterion, string Max, string Appraised, string Cause, IReadOnlyList<string> Tasks, IReadOnlyList<string> Deadlines);

    public static PlanDocumentModel From(PlanContent view)
    {
        var plan = view.Plan;
        var e = view.Evaluation;
        var scores = e.Fields.Select((f, i) => new ScoreRow(
            (i + 1).ToString(CultureInfo.InvariantCulture) + ".", f.Node.Title, Cell(f.MaxScore), Cell(f.AppraisedScore), Cell(f.Deduction))).ToList();
        var hasScores = e.Fields.Any(f => f.MaxScore is not null || f.AppraisedScore is not null);
        return new PlanDocumentModel
        {
            IssuerLines = view.Commune.IssuingBodyName.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            NumberLine = plan.NumberLine,
            DateLine = FormatDateLine(plan),
            Summary = plan.Summary,
            LegalBases = Punctuate(plan.LegalBases),
            Preamble = plan.Preamble,
            Purpose = Lines(plan.Purpose),
            Requirements = Lines(plan.Requirements),
            ResultsIntro = plan.ResultsIntro,
            Scores = hasScores ? scores : [],
            Total = hasScores ? new ScoreRow(string.Empty, "Tổng điểm:", Cell(e.TotalMax), Cell(e.TotalAppraised), Cell(e.TotalDeduction)) : null,
            Items = plan.Items.Select((item, i) => Block(view, item, i + 1)).ToList(),
            Organisation = Lines(plan.Organisation),
            Closing = plan.Closing,
            Recipients = plan.Recipients,
            SignerAuthority = plan.SignerAuthority,
            SignerTitleLines = plan.SignerTitle.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            SignerName = plan.SignerName,
            IsDraft = plan.Status != PlanStatus.Issued,
            VerificationCode = plan.Status == PlanStatus.Issued ? CcHc.Infrastructure.Exports.PlanSnapshot.VerificationCode(plan, view.Commune.Name) : null,
            HasAppendix = plan.Layout == PlanLayout.Appendix,
            AppendixCaption = plan.DocumentNumber is null
                ? $"(Kèm theo Kế hoạch số      /{plan.DocumentSymbol} ngày      của UBND {view.Commune.Name})"
                : $"(Kèm theo Kế hoạch số {plan.NumberLine["Số: ".Length..]} ngày {Date(plan.IssueDate!.Value)} của UBND {view.Commune.Name})",
            Appendix = plan.Layout == PlanLayout.Appendix ? BuildAppendix(view) : [],
        };
    }

    /// <summary>"Cẩm Sơn, ngày 05 tháng 02 năm 2024": leading zero for days under 10 and for months 1–2 (Nghị định 30).</summary>
    public static string FormatDateLine(RemediationPlan plan)
    {
        if (plan.IssueDate is not { } d)
        {
            return $"{plan.PlaceName}, ngày      tháng      năm {plan.Year}";
        }

        var month = d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture);
        return $"{plan.PlaceName}, ngày {d.Day:00} tháng {month} năm {d.Year}";
    }

    private static ItemBlock Block(PlanContent view, RemediationItem item, int number)
    {
        var e = view.Evaluation;
        var results = item.CriterionIds.Where(id => view.CriteriaSet.Find(id) is not null).Select(id => e[id]).ToList();
        var known = results.Select(r => r.Deduction).ToList();
        var sum = known.All(d => d is not null) && known.Count > 0 ? known.Sum() : null;
        var deduction = sum is { } s ? $"Điểm số bị trừ: {Score(s)} điểm" + (results.Count > 0 ? ", trong đó:" : ".") : "Nội dung bị trừ điểm:";
        return new ItemBlock(
            number,
            item.Heading,
            deduction,
            results.Select(r => r.Node.DisplayName + (r.Deduction is { } d ? $": bị trừ {Score(d)} điểm" : string.Empty)).ToList(),
            item.Cause,
            item.Deadline?.Wording ?? string.Join("; ", item.Tasks.Select(t => t.Deadline?.Wording).OfType<string>().Distinct()),
            view.PositionTitle(item.LeadPositionId),
            item.SupportPositionIds.Count == 0 ? null : string.Join(", ", item.SupportPositionIds.Select(id => view.PositionTitle(id))),
            item.Tasks.Select(t => t.Description + (t.Deadline is { } td && td != item.Deadline ? $" (thời hạn: {td.Wording})" : string.Empty)).ToList(),
            item.NotRemediable ? item.NotRemediableReason : null);
    }

    private static List<AppendixGroup> BuildAppendix(PlanContent view)
    {
        var e = view.Evaluation;
        return view.Plan.Items
            .GroupBy(i => i.FieldId is { } f && view.CriteriaSet.Find(f) is { } field ? field.DisplayName : i.Heading)
            .Select(g => new AppendixGroup(g.Key, g.Select(item =>
            {
                var result = item.CriterionIds.Select(id => view.CriteriaSet.Find(id) is null ? null : e[id]).FirstOrDefault(r => r is not null);
                return new AppendixRow(
                    result?.Node.DisplayName ?? item.Heading,
                    Cell(result?.MaxScore),
                    Cell(result?.AppraisedScore),
                    item.Cause ?? item.NotRemediableReason ?? string.Empty,
                    item.Tasks.Select(t => "- " + t.Description).ToList(),
                    item.Tasks.Select(t => "- " + (t.Deadline ?? item.Deadline)?.Wording).ToList());
            }).ToList()))
            .ToList();
    }

    /// <summary>A table cell: the score, or nothing where the source gives none.</summary>
    private static string Cell(decimal? value) => value is { } v ? Score(v) : string.Empty;

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Legal bases end in ";" and the last in "." (Nghị định 30).</summary>
    private static List<string> Punctuate(IReadOnlyList<string> lines) =>
        lines.Select((l, i) => l.TrimEnd(';', '.', ' ') + (i == lines.Count - 1 ? "." : ";")).ToList();
}
