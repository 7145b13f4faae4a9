using System.Globalization;
using CcHc.Domain.Criteria;
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

    /// <summary>What the plan is for; the sections and their headings follow it (docs/documents.md).</summary>
    public PlanKind Kind { get; init; } = PlanKind.Remediation;

    /// <summary>A công văn: "V/v …" under the number, no document-kind title, "Kính gửi", no numbered sections.</summary>
    public bool IsLetter { get; init; }

    /// <summary>Kính gửi, one addressee a line (a letter).</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>Section I's heading for the purpose (and, for a remediation plan, the requirements).</summary>
    public string PurposeHeading { get; init; } = "MỤC ĐÍCH, YÊU CẦU";

    /// <summary>The results section's heading.</summary>
    public string ResultsHeading { get; init; } = "KẾT QUẢ ĐẠT ĐƯỢC";

    /// <summary>The tasks section's heading.</summary>
    public string TasksHeading { get; init; } = "NỘI DUNG TRỪ ĐIỂM, NHIỆM VỤ VÀ GIẢI PHÁP KHẮC PHỤC";

    /// <summary>
    /// An improvement or multi-index plan's paragraphs before its tasks (seed 002's "Chủ tịch Ủy ban nhân dân xã yêu cầu
    /// … những nhiệm vụ sau:"): the plan's Yêu cầu.
    /// </summary>
    public IReadOnlyList<string> TasksIntro { get; init; } = [];

    /// <summary>An improvement or multi-index plan's tasks, by index group as the source groups them (seed 004).</summary>
    public IReadOnlyList<TaskGroup> TaskGroups { get; init; } = [];

    /// <summary>
    /// "Kế hoạch này thay thế cho …." printed first in section IV; null when the plan replaces none or when section IV
    /// already says it in the source's words (seed 004's point 1), so it is never printed twice.
    /// </summary>
    public string? ReplacesSentence { get; init; }

    /// <summary>The appendix's heading lines above its caption ("PHỤ LỤC" and, for a công văn, its title).</summary>
    public IReadOnlyList<string> AppendixTitleLines { get; init; } = ["Phụ lục", "NỘI DUNG BỊ TRỪ ĐIỂM, NGUYÊN NHÂN, NHIỆM VỤ VÀ GIẢI PHÁP KHẮC PHỤC"];

    /// <summary>A letter's results paragraphs, printed in its appendix above the table (seed 001).</summary>
    public IReadOnlyList<string> AppendixIntro { get; init; } = [];

    /// <summary>"1. Chỉ số Cải cách hành chính và chỉ số hài lòng." and its items; a null title for ungrouped items.</summary>
    public sealed record TaskGroup(string? Title, IReadOnlyList<TaskBlock> Items);

    /// <param name="Number">"1.1." or "1."</param>
    /// <param name="Paragraphs">The task lines; the first is printed after the number.</param>
    /// <param name="Lines">"- Thời gian thực hiện: …", "- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …".</param>
    public sealed record TaskBlock(string Number, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Lines);

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
        var isLetter = plan.Form == DocumentForm.Letter;
        var remediation = plan.Kind == PlanKind.Remediation;

        // A letter has no numbered sections: its results go to its appendix, above the table, as seed 001 prints them.
        var hasScores = !isLetter && e.Fields.Any(f => f.MaxScore is not null || f.AppraisedScore is not null);
        var organisation = Lines(plan.Organisation);
        return new PlanDocumentModel
        {
            Kind = plan.Kind,
            IsLetter = isLetter,
            Addressees = plan.Addressees,
            ResultsHeading = ResultsHeadingOf(plan),
            TasksHeading = TasksHeadingOf(plan),
            TasksIntro = remediation ? [] : Lines(plan.Requirements),
            TaskGroups = remediation ? [] : BuildTaskGroups(view),
            ReplacesSentence = ReplacesSentenceOf(plan.ReplacesWording, organisation),
            AppendixTitleLines = isLetter
                ? ["PHỤ LỤC", $"Kết quả phê duyệt Chỉ số CCHC năm {(view.Assessment?.Year ?? plan.Year - 1).ToString(CultureInfo.InvariantCulture)} của UBND xã, biện pháp giải quyết trong năm {plan.Year.ToString(CultureInfo.InvariantCulture)}"]
                : ["Phụ lục", "NỘI DUNG BỊ TRỪ ĐIỂM, NGUYÊN NHÂN, NHIỆM VỤ VÀ GIẢI PHÁP KHẮC PHỤC"],
            AppendixIntro = isLetter ? Lines(plan.ResultsIntro) : [],
            IssuerLines = view.Commune.IssuingBodyName.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            NumberLine = plan.NumberLine,
            DateLine = FormatDateLine(plan),
            Summary = plan.Summary,
            LegalBases = Punctuate(plan.LegalBases),
            Preamble = plan.Preamble,
            Purpose = Lines(plan.Purpose),
            Requirements = remediation ? Lines(plan.Requirements) : [],
            ResultsIntro = isLetter ? string.Empty : plan.ResultsIntro,
            Scores = hasScores ? scores : [],
            Total = hasScores ? new ScoreRow(string.Empty, "Tổng điểm:", Cell(e.TotalMax), Cell(e.TotalAppraised), Cell(e.TotalDeduction)) : null,
            Items = remediation ? plan.Items.Select((item, i) => Block(view, item, i + 1)).ToList() : [],
            Organisation = organisation,
            Closing = plan.Closing,
            Recipients = plan.Recipients,
            SignerAuthority = plan.SignerAuthority,
            SignerTitleLines = plan.SignerTitle.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            SignerName = plan.SignerName,
            IsDraft = plan.Status != PlanStatus.Issued,
            VerificationCode = plan.Status == PlanStatus.Issued ? CcHc.Infrastructure.Exports.PlanSnapshot.VerificationCode(plan, view.Commune.Name) : null,
            HasAppendix = plan.Layout == PlanLayout.Appendix,
            AppendixCaption = "(" + AppendixCaptionOf(plan, view.Commune.Name) + ")",
            Appendix = plan.Layout == PlanLayout.Appendix ? BuildAppendix(view) : [],
            AppendixTasksHeader = $"Phân công nhiệm vụ thực hiện và biện pháp khắc phục trong năm {plan.Year.ToString(CultureInfo.InvariantCulture)}",
            Groups = plan.Layout == PlanLayout.Grouped ? BuildGroups(view) : [],
        };
    }

    /// <summary>
    /// The appendix's citation of its document: the source's words where the plan keeps them (seed 001, even where they
    /// cite another date — the plan page lists that), else composed from the number and date ("Kèm theo Kế hoạch số
    /// 27/KH-UBND ngày …", "Đính kèm Công văn số …").
    /// </summary>
    public static string AppendixCaptionOf(RemediationPlan plan, string communeName)
    {
        if (plan.AppendixCaption is { } stated)
        {
            return stated;
        }

        var lead = plan.Form == DocumentForm.Letter ? "Đính kèm Công văn số" : "Kèm theo Kế hoạch số";
        return plan.DocumentNumber is null
            ? $"{lead}      /{plan.DocumentSymbol} ngày      của UBND {communeName}"
            : $"{lead} {plan.NumberLine["Số: ".Length..]} ngày {Date(plan.IssueDate!.Value)} của UBND {communeName}";
    }

    /// <summary>
    /// The results section's heading: seed 002's for an improvement plan (the year before and the current year so
    /// far), "KẾT QUẢ ĐẠT ĐƯỢC" otherwise.
    /// </summary>
    public static string ResultsHeadingOf(RemediationPlan plan) => plan.Kind == PlanKind.Improvement
        ? $"ĐÁNH GIÁ KẾT QUẢ ĐẠT ĐƯỢC CŨNG NHƯ TỒN TẠI TRONG {Subject(plan)} CỦA XÃ NĂM {(plan.Year - 1).ToString(CultureInfo.InvariantCulture)} VÀ TỪ ĐẦU NĂM {plan.Year.ToString(CultureInfo.InvariantCulture)} ĐẾN NAY"
        : "KẾT QUẢ ĐẠT ĐƯỢC";

    /// <summary>The tasks section's heading by kind: seed 002's, seed 004's "NỘI DUNG KẾ HOẠCH", or the remediation plan's.</summary>
    public static string TasksHeadingOf(RemediationPlan plan) => plan.Kind switch
    {
        PlanKind.Improvement => $"NHIỆM VỤ CỤ THỂ ĐỂ NÂNG CAO {string.Join(", ", plan.Indices.Select(PlanKinds.Name)).ToUpper(Vietnamese)} NĂM {plan.Setup.PeriodText}",
        PlanKind.MultiIndex => "NỘI DUNG KẾ HOẠCH",
        _ => plan.Layout == PlanLayout.Grouped ? "NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN" : "NỘI DUNG TRỪ ĐIỂM, NHIỆM VỤ VÀ GIẢI PHÁP KHẮC PHỤC",
    };

    /// <summary>
    /// "Kế hoạch này thay thế cho {citation}."; null when nothing is replaced or when section IV already carries the
    /// citation in its own words (compared whitespace aside), so the sentence is never printed twice.
    /// </summary>
    public static string? ReplacesSentenceOf(string? replaces, IReadOnlyList<string> organisation)
    {
        if (string.IsNullOrWhiteSpace(replaces))
        {
            return null;
        }

        static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var citation = Squeeze(replaces).TrimEnd('.');
        return organisation.Any(l => Squeeze(l).Contains(citation, StringComparison.OrdinalIgnoreCase))
            ? null
            : $"Kế hoạch này thay thế cho {replaces.Trim().TrimEnd('.')}.";
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static string Subject(RemediationPlan plan) =>
        plan.Indices is [IndexKind.ParIndex]
            ? "CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"
            : "VIỆC NÂNG CAO " + string.Join(", ", plan.Indices.Select(PlanKinds.Name)).ToUpper(Vietnamese);

    /// <summary>
    /// The tasks of an improvement or multi-index plan: consecutive items sharing a group heading form a numbered group
    /// ("1. Chỉ số …" with items "1.1.", "1.2." …); items without one are numbered at the top level ("1.", "2." …, seed
    /// 002). Each item prints its task lines (the first after its number), then its deadline and its "Đơn vị chủ trì" /
    /// "Đơn vị phối hợp" in the source's words where given, else the names of the titles and organisations — only what
    /// the item has: a source that names no lead prints none.
    /// </summary>
    private static List<TaskGroup> BuildTaskGroups(PlanContent view)
    {
        var groups = new List<(string? Heading, string? Title, List<TaskBlock> Items)>();
        var top = 0;
        foreach (var item in view.Plan.Items)
        {
            var heading = item.GroupHeading;
            var startsGroup = groups.Count == 0 || heading is not null != groups[^1].Heading is not null
                || (heading is not null && !string.Equals(heading, groups[^1].Heading, StringComparison.Ordinal));
            if (heading is not null)
            {
                if (startsGroup)
                {
                    top++;
                    groups.Add((heading, $"{N(top)}. {heading}", []));
                }

                var items = groups[^1].Items;
                items.Add(TaskBlockOf(view, item, $"{N(top)}.{N(items.Count + 1)}."));
            }
            else
            {
                if (startsGroup)
                {
                    groups.Add((null, null, []));
                }

                top++;
                groups[^1].Items.Add(TaskBlockOf(view, item, $"{N(top)}."));
            }
        }

        return groups.Select(g => new TaskGroup(g.Title, g.Items)).ToList();
    }

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static TaskBlock TaskBlockOf(PlanContent view, RemediationItem item, string number)
    {
        var paragraphs = item.Tasks.SelectMany(t =>
        {
            var lines = Paragraphs.Of(t.Description).ToList();
            if (t.Deadline is { } td && td != item.Deadline && lines.Count > 0)
            {
                lines[^1] += $" (thời hạn: {td.Wording})";
            }

            return lines;
        }).ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(item.Heading);
        }

        var lines = new List<string>();
        if (item.NotRemediable)
        {
            lines.Add($"- Không thuộc khả năng tự thực hiện của xã: {item.NotRemediableReason}");
        }

        if (item.Deadline is { } deadline)
        {
            lines.Add($"- Thời gian thực hiện: {deadline.Wording}");
        }

        var lead = item.LeadWording ?? (item.LeadPositionIds.Count == 0 ? null : PlanWording.Roles(item.LeadPositionIds.Select(id => view.PositionTitle(id))));
        if (lead is not null)
        {
            lines.Add($"- Đơn vị chủ trì: {lead}");
        }

        var support = item.SupportWording ?? (item.SupportPositionIds.Count == 0 ? null : PlanWording.Roles(item.SupportPositionIds.Select(id => view.PositionTitle(id))));
        if (support is not null)
        {
            lines.Add($"- Đơn vị phối hợp: {support}");
        }

        return new TaskBlock(number, paragraphs, lines);
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
