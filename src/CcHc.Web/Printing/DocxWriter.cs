using System.Globalization;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Web.Printing;

/// <summary>
/// The Word (.docx) of a plan or a results report, built from the same document model the PDF's Razor template prints
/// (<see cref="PlanDocumentModel"/>, <see cref="ReportDocumentModel"/>), in the same order, laid out as Nghị định 30
/// asks: A4 with the decree's margins, Times New Roman, named styles ("CcHc Body", "CcHc Heading 1" …), the header and
/// the closing block as borderless tables, the score and appendix tables as Word tables with a repeated header row,
/// page numbers in the header from page 2, the appendix in its own landscape section numbered from 1, "DỰ THẢO" on
/// drafts. The bytes depend on the model and the date only (<see cref="DocxPackage"/>).
/// </summary>
public static class DocxWriter
{
    public const string ContentType = DocxPackage.ContentType;

    /// <summary>Style ids; the names Word shows are "CcHc …".</summary>
    public static class Styles
    {
        public const string Body = "CcHcBody";
        public const string Heading1 = "CcHcHeading1";
        public const string Heading2 = "CcHcHeading2";
        public const string Title = "CcHcTitle";
        public const string Summary = "CcHcSummary";
        public const string Legal = "CcHcLegalBasis";
        public const string HeaderBlock = "CcHcHeaderBlock";
        public const string Rule = "CcHcRule";
        public const string Addressee = "CcHcAddressee";
        public const string TableText = "CcHcTableText";
        public const string TableHeading = "CcHcTableHeading";
        public const string Recipients = "CcHcRecipients";
        public const string RecipientsTitle = "CcHcRecipientsTitle";
        public const string Signature = "CcHcSignature";
        public const string AppendixTitle = "CcHcAppendixTitle";
        public const string AppendixCaption = "CcHcAppendixCaption";
        public const string PageNumber = "CcHcPageNumber";
        public const string Grid = "CcHcGrid";
        public const string Plain = "CcHcPlainTable";
    }

    // Twips (1/20 pt; 1 mm = 56.7). A4 210 × 297 mm; margins of Nghị định 30 as the PDF prints them.
    private const int A4Short = 11906;
    private const int A4Long = 16838;
    private const int Top = 1134;
    private const int Bottom = 1134;
    private const int Left = 1701;
    private const int Right = 850;
    private const int AppendixLeft = 1134;
    private const int PortraitWidth = A4Short - Left - Right;
    private const int LandscapeWidth = A4Long - AppendixLeft - Right;
    private const int FirstLineIndent = 720; // 1,27 cm

    private const string Font = "Times New Roman";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";
    private const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    private static readonly CultureInfo Vietnamese = VietnameseNumbers.Culture;

    /// <summary>The plan (every kind and form) with its appendix, as the PDF prints it.</summary>
    public static byte[] Plan(PlanDocumentModel model, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<OpenXmlElement>();
        PlanBody(model, body);
        var sections = new List<OpenXmlElement>();
        if (model.HasAppendix)
        {
            body.Add(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }, Section(portrait: true, restart: false, model.VerificationCode is not null))));
            Appendix(model, body);
        }

        body.Add(Section(portrait: !model.HasAppendix, restart: model.HasAppendix, model.VerificationCode is not null));
        return Package(body, model.Summary, model.IsDraft, model.VerificationCode, date);
    }

    /// <summary>The results report, as the PDF prints it.</summary>
    public static byte[] Report(ReportDocumentModel model, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<OpenXmlElement>();
        ReportBody(model, body);
        body.Add(Section(portrait: true, restart: false, model.VerificationCode is not null));
        return Package(body, model.Summary, model.IsDraft, model.VerificationCode, date);
    }

    private static void PlanBody(PlanDocumentModel m, List<OpenXmlElement> body)
    {
        body.Add(HeaderTable(m.IssuerLines, m.NumberLine, m.IsLetter ? "V/v " + m.Summary : null, m.DateLine));
        if (m.IsLetter)
        {
            if (m.Addressees.Count == 1)
            {
                body.Add(P(Styles.Addressee, "Kính gửi: " + m.Addressees[0]));
            }
            else if (m.Addressees.Count > 1)
            {
                body.Add(P(Styles.Addressee, "Kính gửi:"));
                body.AddRange(m.Addressees.Select(a => P(Styles.Addressee, "- " + a, indentLeft: 1871 + 616)));
            }
        }
        else
        {
            body.Add(P(Styles.Title, "KẾ HOẠCH"));
            body.Add(P(Styles.Summary, m.Summary));
            body.Add(Rule(PortraitWidth / 4, PortraitWidth, after: 240));
        }

        body.AddRange(m.LegalBases.Select(b => P(Styles.Legal, b)));
        body.AddRange(Paragraphs.Of(m.Preamble).Select(Body));

        var section = 0;
        string Roman() => VietnameseNumbers.ToRoman(++section);
        if (m.Purpose.Count > 0 || m.Requirements.Count > 0)
        {
            var point = 0;
            body.Add(P(Styles.Heading1, $"{Roman()}. {m.PurposeHeading}"));
            if (m.Kind != PlanKind.Remediation)
            {
                body.AddRange(m.Purpose.Select(Body));
            }
            else if (m.Purpose.Count > 0)
            {
                body.Add(P(Styles.Heading2, $"{N(++point)}. Mục đích"));
                body.AddRange(m.Purpose.Select(Body));
            }

            if (m.Requirements.Count > 0)
            {
                body.Add(P(Styles.Heading2, $"{N(++point)}. Yêu cầu"));
                body.AddRange(m.Requirements.Select(Body));
            }
        }

        if (m.ResultsIntro.Length > 0 || m.Scores.Count > 0)
        {
            body.Add(P(Styles.Heading1, $"{Roman()}. {m.ResultsHeading}"));
            body.AddRange(Paragraphs.Of(m.ResultsIntro).Select(Body));
        }

        if (m.Scores.Count > 0)
        {
            body.Add(ScoreTable(m));
            body.Add(Spacer());
        }

        if (m.TaskGroups.Count > 0 || m.TasksIntro.Count > 0)
        {
            body.Add(P(Styles.Heading1, $"{Roman()}. {m.TasksHeading}"));
            body.AddRange(m.TasksIntro.Select(Body));
            foreach (var group in m.TaskGroups)
            {
                if (group.Title is not null)
                {
                    body.Add(P(Styles.Heading2, group.Title));
                }

                foreach (var task in group.Items)
                {
                    body.Add(Body($"{task.Number} {task.Paragraphs[0]}"));
                    body.AddRange(task.Paragraphs.Skip(1).Select(Body));
                    body.AddRange(task.Lines.Select(Body));
                }
            }
        }
        else if (m.IsLetter && m.HasAppendix)
        {
            // A letter's tasks are its appendix, which its own text cites: no section points to it.
        }
        else if (m.HasAppendix || m.Items.Count > 0)
        {
            body.Add(P(Styles.Heading1, $"{Roman()}. {(m.HasAppendix ? "NỘI DUNG TRỪ ĐIỂM, NHIỆM VỤ VÀ GIẢI PHÁP KHẮC PHỤC" : m.TasksHeading)}"));
        }

        if (m.TaskGroups.Count > 0 || (m.IsLetter && m.HasAppendix))
        {
        }
        else if (m.HasAppendix)
        {
            body.Add(Body("Các tiêu chí, tiêu chí thành phần bị trừ điểm, nguyên nhân, nhiệm vụ, giải pháp khắc phục và thời gian hoàn thành chi tiết tại Phụ lục kèm theo."));
        }
        else if (m.Groups.Count > 0)
        {
            foreach (var group in m.Groups)
            {
                body.Add(P(Styles.Heading2, group.Title));
                foreach (var point in group.Points)
                {
                    if (point.Heading is not null)
                    {
                        body.Add(Body(point.Letter is null ? point.Heading : $"{point.Letter} {point.Heading}"));
                    }

                    body.AddRange(point.Lines.Select(Body));
                }
            }
        }
        else
        {
            foreach (var item in m.Items)
            {
                var n = N(item.Number);
                var k = 1;
                body.Add(P(Styles.Heading2, $"{n}. {item.Heading}"));
                if (item.DeductionLine is not null)
                {
                    body.Add(Body($"{n}.{N(k++)}. {item.DeductionLine}"));
                }

                body.AddRange(item.Criteria.Select(c => Body("- " + c)));
                if (item.Cause is not null)
                {
                    var cause = Paragraphs.Of(item.Cause);
                    body.Add(Body($"{n}.{N(k++)}. Nguyên nhân: {(cause.Count > 0 ? cause[0] : string.Empty)}"));
                    body.AddRange(cause.Skip(1).Select(Body));
                }

                if (item.NotRemediable is not null)
                {
                    body.Add(Body($"{n}.{N(k++)}. Không thuộc khả năng tự khắc phục của xã: {item.NotRemediable}"));
                }
                else
                {
                    body.Add(Body($"{n}.{N(k++)}. Thời gian khắc phục: {item.Deadline}."));
                    body.Add(Body($"{n}.{N(k++)}. Chủ trì thực hiện: {item.Lead}"));
                    if (item.Support is not null)
                    {
                        body.Add(Body($"{n}.{N(k++)}. Phối hợp: {item.Support}"));
                    }

                    body.Add(Body($"{n}.{N(k++)}. Giải pháp thực hiện:"));
                    foreach (var task in item.Tasks)
                    {
                        var lines = Paragraphs.Of(task);
                        body.Add(Body("- " + (lines.Count > 0 ? lines[0] : string.Empty)));
                        body.AddRange(lines.Skip(1).Select(Body));
                    }
                }
            }
        }

        // The closing block: the body's last paragraph is kept with Nơi nhận and the signer (docs/documents.md).
        var closing = Paragraphs.Of(m.Closing).ToList();
        var organisation = m.ReplacesSentence is { } replaces ? m.Organisation.Prepend(replaces).ToList() : m.Organisation.ToList();
        string? last = null;
        if (closing.Count > 0)
        {
            last = closing[^1];
            closing.RemoveAt(closing.Count - 1);
        }
        else if (organisation.Count > 0)
        {
            last = organisation[^1];
            organisation.RemoveAt(organisation.Count - 1);
        }

        if (m.Organisation.Count > 0 || m.ReplacesSentence is not null)
        {
            body.Add(P(Styles.Heading1, $"{Roman()}. TỔ CHỨC THỰC HIỆN"));
            body.AddRange(organisation.Select(Body));
        }

        body.AddRange(closing.Select(Body));
        if (last is not null)
        {
            body.Add(Body(last, keepNext: true));
        }

        body.Add(ClosingTable(m.Recipients, m.SignerAuthority, m.SignerTitleLines, m.SignerName));
    }

    private static void Appendix(PlanDocumentModel m, List<OpenXmlElement> body)
    {
        body.AddRange(m.AppendixTitleLines.Select(l => P(Styles.AppendixTitle, l)));
        body.Add(P(Styles.AppendixCaption, m.AppendixCaption));
        body.AddRange(m.AppendixIntro.Select(Body));

        int[] widths = [3000, 1100, 1100, 3000, 4554, 2100];
        var table = GridTable(widths);
        table.Append(Row(header: true, widths.Select((w, i) => Cell(w, [P(Styles.TableHeading, new[]
        {
            "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm thẩm định", "Nguyên nhân không đạt điểm tối đa", m.AppendixTasksHeader, "Thời gian hoàn thành",
        }[i])])).ToArray()));
        table.Append(Row(header: true, widths.Select((w, i) => Cell(w, [P(Styles.TableText, $"({N(i + 1)})", italic: true, align: JustificationValues.Center)])).ToArray()));
        foreach (var group in m.Appendix)
        {
            var groupCell = Cell(LandscapeWidth, [P(Styles.TableText, group.Field, bold: true, keepNext: true)]);
            groupCell.TableCellProperties!.Append(new GridSpan { Val = widths.Length });
            table.Append(Row(header: false, groupCell));
            foreach (var row in group.Rows)
            {
                var cells = new List<TableCell>
                {
                    Cell(widths[0], [P(Styles.TableText, row.Criterion)]),
                    Cell(widths[1], [P(Styles.TableText, row.Max, align: JustificationValues.Right)]),
                    Cell(widths[2], [P(Styles.TableText, row.Appraised, align: JustificationValues.Right)]),
                };
                if (row.Span > 0)
                {
                    cells.Add(Merged(Cell(widths[3], [P(Styles.TableText, row.Cause)]), row.Span));
                    cells.Add(Merged(Cell(widths[4], Lines(row.Tasks)), row.Span));
                    cells.Add(Merged(Cell(widths[5], Lines(row.Deadlines)), row.Span));
                }
                else
                {
                    cells.AddRange(widths.Skip(3).Select(w => Continued(Cell(w, [P(Styles.TableText, string.Empty)]))));
                }

                table.Append(Row(header: false, cells.ToArray()));
            }
        }

        body.Add(table);
        return;

        static Paragraph[] Lines(IReadOnlyList<string> lines) =>
            lines.Count == 0 ? [P(Styles.TableText, string.Empty)] : lines.Select(l => P(Styles.TableText, l)).ToArray();

        static TableCell Merged(TableCell cell, int span)
        {
            if (span > 1)
            {
                cell.TableCellProperties!.Append(new VerticalMerge { Val = MergedCellValues.Restart });
            }

            return cell;
        }

        static TableCell Continued(TableCell cell)
        {
            cell.TableCellProperties!.Append(new VerticalMerge());
            return cell;
        }
    }

    private static void ReportBody(ReportDocumentModel m, List<OpenXmlElement> body)
    {
        body.Add(HeaderTable(m.IssuerLines, m.NumberLine, null, m.DateLine));
        body.Add(P(Styles.Title, ReportDocumentModel.Title));
        body.Add(P(Styles.Summary, m.Summary));
        body.Add(Rule(PortraitWidth / 4, PortraitWidth, after: 240));
        body.Add(Body(m.Opening));
        body.Add(P(Styles.Heading1, "I. KẾT QUẢ THỰC HIỆN"));
        body.Add(P(Styles.Heading2, "1. Tình hình chung"));
        body.AddRange(m.Overview.Select(Body));
        body.Add(P(Styles.Heading2, m.ItemsHeading));
        const int sub = 340; // the "+" lines stand 0,6 cm further in
        foreach (var item in m.Items)
        {
            body.Add(P(Styles.Body, $"2.{N(item.Number)}. {item.Heading}", bold: true, keepNext: true));
            if (item.PointsLine.Length > 0)
            {
                body.Add(Body("- " + item.PointsLine));
            }

            body.AddRange(item.Criteria.Select(c => P(Styles.Body, "+ " + c, indentLeft: sub)));
            body.Add(Body($"- Trạng thái: {item.Status}."));
            if (item.Results.Count == 0)
            {
                body.Add(Body("- Kết quả thực hiện: " + m.NoResults));
            }
            else
            {
                body.Add(Body("- Kết quả thực hiện:"));
                body.AddRange(item.Results.Select(r => P(Styles.Body, "+ " + r, indentLeft: sub)));
            }

            body.Add(Body("- Tài liệu kiểm chứng: " + item.Evidence));
            if (item.AtRisk)
            {
                body.Add(Body($"- {m.RiskLabel}: {item.RiskReason}."));
            }
        }

        body.Add(P(Styles.Heading1, "II. ĐÁNH GIÁ CHUNG"));
        if (m.Assessment.Count == 0)
        {
            body.Add(P(Styles.Body, "(Chưa có phần đánh giá chung.)", italic: true));
        }

        body.AddRange(m.Assessment.Select(Body));
        body.Add(P(Styles.Heading1, m.AtRiskHeading));
        if (m.AtRisk.Count == 0)
        {
            body.Add(Body(m.AtRiskEmpty));
        }

        body.AddRange(m.AtRisk.Select(Body));
        if (m.NextFocus.Count > 0)
        {
            body.Add(P(Styles.Heading1, m.NextFocusHeading));
            body.AddRange(m.NextFocus.Select(Body));
        }

        if (m.Proposals.Count > 0)
        {
            body.Add(P(Styles.Heading1, m.ProposalsHeading));
            body.AddRange(m.Proposals.Select(Body));
        }

        body.Add(Body(m.Closing, keepNext: true));
        body.Add(ClosingTable(m.Recipients, m.SignerAuthority, m.SignerTitleLines, m.SignerName));
    }

    /// <summary>The two-column header without borders: issuing body and its rule | nation, motto and its rule; number | dateline.</summary>
    private static Table HeaderTable(IReadOnlyList<string> issuerLines, string numberLine, string? letterSummary, string dateLine)
    {
        const int issuer = PortraitWidth * 38 / 100;
        const int nation = PortraitWidth - issuer;
        var table = PlainTable([issuer, nation]);
        var issuerCell = issuerLines.Select(l => P(Styles.HeaderBlock, l.ToUpper(Vietnamese), bold: true, size: 26)).ToList();
        issuerCell.Add(Rule(issuer * 2 / 5, issuer, after: 0));
        table.Append(Row(header: false,
            Cell(issuer, issuerCell.ToArray()),
            Cell(nation, [P(Styles.HeaderBlock, Nation, bold: true, size: 26), P(Styles.HeaderBlock, Motto, bold: true, size: 28), Rule(3900, nation, after: 0)])));
        var numberCell = new List<Paragraph> { P(Styles.HeaderBlock, numberLine, size: 26, before: 120) };
        if (letterSummary is not null)
        {
            numberCell.Add(P(Styles.HeaderBlock, letterSummary, size: 24, before: 80));
        }

        table.Append(Row(header: false,
            Cell(issuer, numberCell.ToArray()),
            Cell(nation, [P(Styles.HeaderBlock, dateLine, italic: true, size: 28, before: 120)])));
        return table;
    }

    /// <summary>The score table of section II: a header row repeated on every page, a bold total row.</summary>
    private static Table ScoreTable(PlanDocumentModel m)
    {
        int[] widths = [700, 4255, 1450, 1500, 1450];
        var table = GridTable(widths);
        string[] headings = ["TT", "Nội dung", "Điểm tối đa", "Điểm thẩm định", "Điểm bị trừ"];
        table.Append(Row(header: true, widths.Select((w, i) => Cell(w, [P(Styles.TableHeading, headings[i])])).ToArray()));
        foreach (var row in m.Scores)
        {
            table.Append(ScoreRow(widths, row, bold: false, row.Number));
        }

        if (m.Total is { } total)
        {
            table.Append(ScoreRow(widths, total, bold: true, string.Empty));
        }

        return table;

        static TableRow ScoreRow(int[] widths, PlanDocumentModel.ScoreRow row, bool bold, string number) => Row(header: false,
            Cell(widths[0], [P(Styles.TableText, number, bold: bold, align: JustificationValues.Center)]),
            Cell(widths[1], [P(Styles.TableText, row.Title, bold: bold)]),
            Cell(widths[2], [P(Styles.TableText, row.Max, bold: bold, align: JustificationValues.Right)]),
            Cell(widths[3], [P(Styles.TableText, row.Appraised, bold: bold, align: JustificationValues.Right)]),
            Cell(widths[4], [P(Styles.TableText, row.Deduction, bold: bold, align: JustificationValues.Right)]));
    }

    /// <summary>Nơi nhận | the signer, as a borderless two-column table whose row does not break across pages.</summary>
    private static Table ClosingTable(IReadOnlyList<string> recipients, string authority, IReadOnlyList<string> titleLines, string signerName)
    {
        const int left = PortraitWidth * 48 / 100;
        const int right = PortraitWidth - left;
        var table = PlainTable([left, right]);
        var recipientCell = new List<Paragraph> { P(Styles.RecipientsTitle, "Nơi nhận:", keepNext: true, before: 240) };
        recipientCell.AddRange(recipients.Select(r => P(Styles.Recipients, "- " + r, keepNext: true)));
        var signature = new List<Paragraph> { P(Styles.Signature, authority.ToUpper(Vietnamese), keepNext: true, before: 240) };
        signature.AddRange(titleLines.Select(l => P(Styles.Signature, l.ToUpper(Vietnamese), keepNext: true)));
        signature.Add(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = Styles.Signature }, new KeepNext(), new SpacingBetweenLines { Before = "0", After = "0", Line = "1588", LineRule = LineSpacingRuleValues.Exact })));
        signature.Add(P(Styles.Signature, signerName, keepNext: true));
        table.Append(Row(header: false, Cell(left, recipientCell.ToArray()), Cell(right, signature.ToArray())));
        return table;
    }

    private static Paragraph Body(string text) => P(Styles.Body, text);

    private static Paragraph Body(string text, bool keepNext) => P(Styles.Body, text, keepNext: keepNext);

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A paragraph of one run; direct formatting only where the PDF formats one paragraph unlike its style.</summary>
    private static Paragraph P(
        string style, string text, bool bold = false, bool italic = false, int? size = null, JustificationValues? align = null,
        bool keepNext = false, int? indentLeft = null, int? before = null)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (before is { } b)
        {
            properties.Append(new SpacingBetweenLines { Before = N(b) });
        }

        if (indentLeft is { } left)
        {
            properties.Append(new Indentation { Left = N(left) });
        }

        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }

        var runProperties = new RunProperties();
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        if (size is { } s)
        {
            runProperties.Append(new FontSize { Val = N(s) }, new FontSizeComplexScript { Val = N(s) });
        }

        var run = new Run();
        if (runProperties.HasChildren)
        {
            run.Append(runProperties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(properties, run);
    }

    /// <summary>A rule drawn as the bottom border of an empty 1 pt paragraph, <paramref name="width"/> wide, centred in <paramref name="of"/>.</summary>
    private static Paragraph Rule(int width, int of, int after)
    {
        var indent = N(Math.Max(0, (of - width) / 2));
        return new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = Styles.Rule },
            new SpacingBetweenLines { After = N(after) },
            new Indentation { Left = indent, Right = indent }));
    }

    /// <summary>The space after a table (the PDF's table margin), as an empty paragraph of 6 pt.</summary>
    private static Paragraph Spacer() => new(new ParagraphProperties(
        new ParagraphStyleId { Val = Styles.Rule }, new SpacingBetweenLines { After = "120" }));

    private static Table GridTable(int[] widths) => TableOf(Styles.Grid, widths);

    private static Table PlainTable(int[] widths) => TableOf(Styles.Plain, widths);

    private static Table TableOf(string style, int[] widths)
    {
        var grid = new TableGrid();
        grid.Append(widths.Select(w => new GridColumn { Width = N(w) }));
        return new Table(
            new TableProperties(
                new TableStyle { Val = style },
                new TableWidth { Width = N(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            grid);
    }

    /// <summary>A row that does not break across pages; a header row repeats on every page (w:tblHeader).</summary>
    private static TableRow Row(bool header, params TableCell[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    private static TableCell Cell(int width, Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = N(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>
    /// Section properties: A4 portrait (body) or landscape (appendix), the decree's margins, the page number header
    /// from the second page (a first-page header of its own), numbering restarting at 1 in the appendix.
    /// </summary>
    private static SectionProperties Section(bool portrait, bool restart, bool hasFooter)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeaderDefault" },
            new HeaderReference { Type = HeaderFooterValues.First, Id = "rIdHeaderFirst" });
        if (hasFooter)
        {
            section.Append(
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new FooterReference { Type = HeaderFooterValues.First, Id = "rIdFooter" });
        }

        section.Append(new SectionType { Val = SectionMarkValues.NextPage });
        section.Append(portrait
            ? new PageSize { Width = (UInt32Value)(uint)A4Short, Height = (UInt32Value)(uint)A4Long }
            : new PageSize { Width = (UInt32Value)(uint)A4Long, Height = (UInt32Value)(uint)A4Short, Orient = PageOrientationValues.Landscape });
        section.Append(new PageMargin
        {
            Top = Top, Bottom = Bottom, Left = (UInt32Value)(uint)(portrait ? Left : AppendixLeft), Right = (UInt32Value)(uint)Right,
            Header = 567, Footer = 567, Gutter = 0,
        });
        if (restart)
        {
            section.Append(new PageNumberType { Start = 1 });
        }

        section.Append(new TitlePage());
        return section;
    }

    private static byte[] Package(List<OpenXmlElement> body, string title, bool isDraft, string? verificationCode, DateOnly date)
    {
        var document = new Document(new Body(body));
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        var parts = new List<DocxPackage.Part>
        {
            new("rIdHeaderDefault", "header1.xml", PageHeader(pageNumber: true, isDraft), IsHeader: true),
            new("rIdHeaderFirst", "header2.xml", PageHeader(pageNumber: false, isDraft), IsHeader: true),
        };
        if (verificationCode is not null)
        {
            var footer = new Footer(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = Styles.PageNumber }, new Justification { Val = JustificationValues.Right }),
                new Run(new RunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }), new Text("Mã kiểm tra: " + verificationCode))));
            parts.Add(new("rIdFooter", "footer1.xml", footer, IsHeader: false));
        }

        return DocxPackage.Write(document, StyleSheet(), SettingsOf(), parts, title, date);
    }

    /// <summary>The page header: the page number centred (a PAGE field) and, on a draft, the DỰ THẢO watermark.</summary>
    private static Header PageHeader(bool pageNumber, bool isDraft)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = Styles.PageNumber }));
        if (isDraft)
        {
            paragraph.Append(Watermark());
        }

        if (pageNumber)
        {
            paragraph.Append(
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text("2")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        }

        var header = new Header(paragraph);
        header.AddNamespaceDeclaration("v", "urn:schemas-microsoft-com:vml");
        header.AddNamespaceDeclaration("o", "urn:schemas-microsoft-com:office:office");
        header.AddNamespaceDeclaration("w10", "urn:schemas-microsoft-com:office:word");
        return header;
    }

    /// <summary>"DỰ THẢO" across the page, pale red, behind the text: Word's own watermark shape (VML text path).</summary>
    private static Run Watermark()
    {
        const string shape =
            "<v:shapetype xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\" path=\"m@7,l@8,m@5,21600l@6,21600e\">"
            + "<v:formulas><v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/><v:f eqn=\"sum 21600 0 @3\"/>"
            + "<v:f eqn=\"if @0 @3 0\"/><v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/><v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/>"
            + "<v:f eqn=\"mid @7 @8\"/><v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/></v:formulas>"
            + "<v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>"
            + "<v:textpath on=\"t\" fitshape=\"t\"/><o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>"
            + "<v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\" id=\"CcHcDraftMark\" o:spid=\"_x0000_s1025\" type=\"#_x0000_t136\" style=\"position:absolute;margin-left:0;margin-top:0;width:430pt;height:110pt;rotation:332;"
            + "z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin\""
            + " o:allowincell=\"f\" fillcolor=\"#be0000\" stroked=\"f\"><v:fill opacity=\"16%\"/>"
            + "<v:textpath style=\"font-family:&quot;Times New Roman&quot;;font-size:1pt;font-weight:bold\" string=\"DỰ THẢO\"/>"
            + "<w10:wrap anchorx=\"margin\" anchory=\"margin\"/></v:shape>";
        return new Run(new Picture { InnerXml = shape });
    }

    private static Settings SettingsOf() => new(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
        }));

    /// <summary>
    /// The named styles: change "CcHc Body" or "CcHc Heading 1" once and every paragraph of that kind follows. Times New
    /// Roman 14 pt by default; body justified with a 1,27 cm first-line indent and 6 pt after each paragraph.
    /// </summary>
    private static DocumentFormat.OpenXml.Wordprocessing.Styles StyleSheet()
    {
        var styles = new DocumentFormat.OpenXml.Wordprocessing.Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle("Normal", "Normal", null, isDefault: true));
        styles.Append(ParagraphStyle(Styles.Body, "CcHc Body", "Normal", paragraph: [
            new WidowControl(), new SpacingBetweenLines { After = "120" }, new Indentation { FirstLine = N(FirstLineIndent) }, new Justification { Val = JustificationValues.Both }]));
        styles.Append(ParagraphStyle(Styles.Heading1, "CcHc Heading 1", Styles.Body, paragraph: [
            new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "160", After = "80" }, new OutlineLevel { Val = 0 }], run: [new Bold()]));
        styles.Append(ParagraphStyle(Styles.Heading2, "CcHc Heading 2", Styles.Body, paragraph: [
            new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "120", After = "60" }, new OutlineLevel { Val = 1 }], run: [new Bold()]));
        styles.Append(ParagraphStyle(Styles.Legal, "CcHc Legal basis", Styles.Body, run: [new Italic()]));
        styles.Append(ParagraphStyle(Styles.Title, "CcHc Title", "Normal", paragraph: [
            new KeepNext(), new SpacingBetweenLines { Before = "240" }, new Justification { Val = JustificationValues.Center }], run: [new Bold()]));
        styles.Append(ParagraphStyle(Styles.Summary, "CcHc Summary", "Normal", paragraph: [
            new KeepNext(), new Indentation { Left = N(PortraitWidth / 10), Right = N(PortraitWidth / 10) }, new Justification { Val = JustificationValues.Center }], run: [new Bold()]));
        styles.Append(ParagraphStyle(Styles.HeaderBlock, "CcHc Header", "Normal", paragraph: [new Justification { Val = JustificationValues.Center }]));
        styles.Append(ParagraphStyle(Styles.Rule, "CcHc Rule", "Normal", paragraph: [
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact }],
            run: [new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }]));
        styles.Append(ParagraphStyle(Styles.Addressee, "CcHc Addressee", "Normal", paragraph: [
            new SpacingBetweenLines { Before = "120", After = "120" }, new Indentation { Left = N(PortraitWidth / 5) }]));
        styles.Append(ParagraphStyle(Styles.TableText, "CcHc Table text", "Normal", run: [new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" }]));
        styles.Append(ParagraphStyle(Styles.TableHeading, "CcHc Table heading", Styles.TableText, paragraph: [
            new KeepNext(), new Justification { Val = JustificationValues.Center }], run: [new Bold()]));
        styles.Append(ParagraphStyle(Styles.RecipientsTitle, "CcHc Recipients title", "Normal", run: [
            new Bold(), new Italic(), new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }]));
        styles.Append(ParagraphStyle(Styles.Recipients, "CcHc Recipients", "Normal", run: [new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }]));
        styles.Append(ParagraphStyle(Styles.Signature, "CcHc Signature", "Normal", paragraph: [new Justification { Val = JustificationValues.Center }], run: [new Bold()]));
        styles.Append(ParagraphStyle(Styles.AppendixTitle, "CcHc Appendix title", "Normal", paragraph: [
            new KeepNext(), new Justification { Val = JustificationValues.Center }], run: [new Bold()]));
        styles.Append(ParagraphStyle(Styles.AppendixCaption, "CcHc Appendix caption", "Normal", paragraph: [
            new KeepNext(), new SpacingBetweenLines { After = "160" }, new Justification { Val = JustificationValues.Center }], run: [new Italic()]));
        styles.Append(ParagraphStyle(Styles.PageNumber, "CcHc Page number", "Normal", paragraph: [new Justification { Val = JustificationValues.Center }],
            run: [new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" }]));

        var cellMargins = new TableCellMarginDefault(
            new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa });
        styles.Append(new Style(
            new StyleName { Val = "CcHc Grid" }, new BasedOn { Val = "TableNormal" }, new UIPriority { Val = 1 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
                cellMargins))
        { Type = StyleValues.Table, StyleId = Styles.Grid, CustomStyle = true });
        styles.Append(new Style(
            new StyleName { Val = "CcHc Plain table" }, new BasedOn { Val = "TableNormal" }, new UIPriority { Val = 1 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil }, new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Styles.Plain, CustomStyle = true });
        styles.Append(new Style(
            new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, OpenXmlElement[]? paragraph = null, OpenXmlElement[]? run = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.CustomStyle = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is { Length: > 0 })
        {
            style.Append(new StyleParagraphProperties(paragraph));
        }

        if (run is { Length: > 0 })
        {
            style.Append(new StyleRunProperties(run));
        }

        return style;
    }
}
