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

    /// <summary>The grouped layout's body (seed 003): items by field, empty for the other layouts.</summary>
    public IReadOnlyList<FieldGroup> Groups { get; init; } = [];

    /// <summary>The appendix's fifth column: "Phân công nhiệm vụ thực hiện và biện pháp khắc phục trong năm 2023".</summary>
    public string AppendixTasksHeader { get; init; } = "Phân công nhiệm vụ thực hiện và biện pháp khắc phục";

    public sealed record ItemBlock(
        int Number,
        string Heading,
        string? DeductionLine,
        IReadOnlyList<string> Criteria,
        string? Cause,
        string Deadline,
        string Lead,
        string? Support,
        IReadOnlyList<string> Tasks,
        string? NotRemediable);

    public sealed record AppendixGroup(string Field, IReadOnlyList<AppendixRow> Rows);

    /// <param name="Span">Rows the cause, measures and deadlines cells cover (one item answering several rows); 0: covered by the row above.</param>
    public sealed record AppendixRow(
        string Criterion, string Max, string Appraised, string Cause, IReadOnlyList<string> Tasks, IReadOnlyList<string> Deadlines, int Span = 1);

    /// <summary>"1. Lĩnh vực công tác chỉ đạo điều hành" and its points.</summary>
    public sealed record FieldGroup(string Title, IReadOnlyList<GroupPoint> Points);

    /// <param name="Letter">"a)" for an item naming criteria below the field; null for the field's own block.</param>
    /// <param name="Heading">The point's words; null where they would repeat the group's title.</param>
    /// <param name="Lines">"- Thời gian thực hiện: …", "- Bộ phận thực hiện: …".</param>
    public sealed record GroupPoint(string? Letter, string? Heading, IReadOnlyList<string> Lines);

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
            AppendixTasksHeader = $"Phân công nhiệm vụ thực hiện và biện pháp khắc phục trong năm {plan.Year.ToString(CultureInfo.InvariantCulture)}",
            Groups = plan.Layout == PlanLayout.Grouped ? BuildGroups(view) : [],
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

    /// <summary>
    /// One numbered block of section III. The deduction part prints the source's words where the clerk typed them
    /// (<see cref="RemediationItem.DeductionWording"/>), else lines composed with the source's figures: the heading's
    /// figure is the table's (the field's stated deduction), never a recomputed sum that contradicts it.
    /// </summary>
    private static ItemBlock Block(PlanContent view, RemediationItem item, int number)
    {
        var e = view.Evaluation;
        string? deduction;
        List<string> lines;
        if (item.DeductionWording is { } wording)
        {
            var stated = PlanWording.Lines(wording);
            deduction = stated[0];
            lines = stated.Skip(1).ToList();
        }
        else
        {
            // The field the item answers is its heading: it is not listed again as its own bullet.
            var results = item.CriterionIds.Where(id => id != item.FieldId && view.CriteriaSet.Find(id) is { ParentId: not null })
                .Select(id => e[id]).ToList();
            lines = results.Select(PlanWording.NodeLine).ToList();
            deduction = PlanWording.DeductionLine(PlanWording.ItemDeduction(item, e), lines.Count > 0)
                ?? (lines.Count > 0 ? "Nội dung bị trừ điểm:" : null);
        }

        return new ItemBlock(
            number,
            item.Heading,
            deduction,
            lines,
            item.Cause,
            DeadlineWording(item),
            PlanWording.Sentence(item.LeadWording ?? (item.LeadPositionIds.Count == 0
                ? Formatting.Unknown
                : PlanWording.Roles(item.LeadPositionIds.Select(id => view.PositionTitle(id))))),
            item.SupportWording is { } support ? PlanWording.Sentence(support)
                : item.SupportPositionIds.Count == 0 ? null
                : PlanWording.Sentence(PlanWording.Roles(item.SupportPositionIds.Select(id => view.PositionTitle(id)))),
            item.Tasks.Select(t => t.Description + (t.Deadline is { } td && td != item.Deadline ? $" (thời hạn: {td.Wording})" : string.Empty)).ToList(),
            item.NotRemediable ? item.NotRemediableReason : null);
    }

    private static string DeadlineWording(RemediationItem item) =>
        item.Deadline?.Wording ?? string.Join("; ", item.Tasks.Select(t => t.Deadline?.Wording).OfType<string>().Distinct());

    /// <summary>
    /// Every deducted node in the source's order under its field, with the cause and the measures of the item that
    /// answers it (a not-remediable item's reason is its measure); an item answering several rows spans them.
    /// </summary>
    private static List<AppendixGroup> BuildAppendix(PlanContent view) =>
        PlanAppendix.Build(view.Plan, view.Evaluation).Select(g => new AppendixGroup(
            g.Field.Node.DisplayName,
            g.Rows.Select(r =>
            {
                var item = r.Item;
                var tasks = item is null ? []
                    : item.NotRemediable ? [item.NotRemediableReason ?? string.Empty]
                    : item.Tasks.Count == 1 ? [item.Tasks[0].Description]
                    : item.Tasks.Select(t => "- " + t.Description).ToList();
                var deadlines = item is null || item.NotRemediable ? []
                    : item.Tasks.Count <= 1 ? [DeadlineWording(item)]
                    : item.Tasks.Select(t => "- " + (t.Deadline ?? item.Deadline)?.Wording).ToList();
                return new AppendixRow(
                    r.Node.Node.DisplayName,
                    Cell(r.Node.MaxScore),
                    Cell(r.Node.AppraisedScore),
                    item?.Cause ?? r.Node.Reason ?? string.Empty,
                    tasks,
                    deadlines,
                    r.Span);
            }).ToList())).ToList();

    /// <summary>
    /// Seed 003's body: a group per field in the criteria's order ("1. Lĩnh vực …"), each item a point lettered a), b) …
    /// when it names criteria below the field; an item answering the field itself prints its words unlettered, and not
    /// at all where they only repeat the field's title.
    /// </summary>
    private static List<FieldGroup> BuildGroups(PlanContent view)
    {
        var set = view.CriteriaSet;
        Guid? FieldOf(RemediationItem item)
        {
            if (item.FieldId is { } f && set.Find(f) is not null)
            {
                return view.Evaluation.FieldOf(f).Node.Id;
            }

            var first = item.CriterionIds.FirstOrDefault(id => set.Find(id) is not null);
            return first == Guid.Empty ? null : view.Evaluation.FieldOf(first).Node.Id;
        }

        var order = set.Nodes.ToDictionary(n => n.Id, n => n.Order);
        var groups = new List<FieldGroup>();
        foreach (var group in view.Plan.Items.GroupBy(FieldOf).OrderBy(g => g.Key is { } k ? order[k] : int.MaxValue))
        {
            var field = group.Key is { } key ? set.Find(key) : null;
            var number = (groups.Count + 1).ToString(CultureInfo.InvariantCulture);
            var title = field is null ? $"{number}. {group.First().Heading}"
                : field.Code.Length > 0 ? field.DisplayName : $"{number}. {field.Title}";
            var letter = 0;
            var points = group.Select(item =>
            {
                var below = item.CriterionIds.Any(id => id != field?.Id && set.Find(id) is not null);
                var repeats = field is not null && string.Equals(item.Heading, field.Title, StringComparison.OrdinalIgnoreCase);
                var lines = new List<string>();
                if (item.Cause is { } cause)
                {
                    lines.Add($"- Nguyên nhân: {cause}");
                }

                if (item.NotRemediable)
                {
                    lines.Add($"- Không thuộc khả năng tự khắc phục của xã: {item.NotRemediableReason}");
                }
                else
                {
                    lines.Add($"- Thời gian thực hiện: {DeadlineWording(item)}");
                    lines.AddRange(item.Tasks.Select(t => "- Bộ phận thực hiện: " + t.Description
                        + (t.Deadline is { } td && td != item.Deadline ? $" (thời hạn: {td.Wording})" : string.Empty)));
                }

                return new GroupPoint(
                    below ? Letter(letter++) : null,
                    repeats && !below ? null : item.Heading,
                    lines);
            }).ToList();
            groups.Add(new FieldGroup(title, points));
        }

        return groups;
    }

    /// <summary>Points are lettered as Vietnamese documents letter them: a), b), c), d), đ), e), g) …</summary>
    private static string Letter(int index)
    {
        const string letters = "abcdđeghiklmnopqrstuvxy";
        return (index < letters.Length ? letters[index].ToString() : letters[index % letters.Length] + (index / letters.Length).ToString(CultureInfo.InvariantCulture)) + ")";
    }

    /// <summary>A table cell: the score, or nothing where the source gives none.</summary>
    private static string Cell(decimal? value) => value is { } v ? Score(v) : string.Empty;

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Legal bases end in ";" and the last in "." (Nghị định 30).</summary>
    private static List<string> Punctuate(IReadOnlyList<string> lines) =>
        lines.Select((l, i) => l.TrimEnd(';', '.', ' ') + (i == lines.Count - 1 ? "." : ";")).ToList();
}
