using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Printing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// Every kind of document of the demo data, downloaded once through the real pages as PDF (Chromium) and as .docx, and
/// each .docx converted to PDF by LibreOffice headless in one call with a private profile; the LibreOffice pages are
/// rendered to PNG in artifacts/docx-print/ for people to look at.
/// </summary>
public sealed class DocxPrintFixture : IAsyncLifetime
{
    /// <summary>slug, commune, account, is it the results report, is it a draft, has it an appendix.</summary>
    public static readonly (string Slug, string Commune, string Account, bool Report, bool Draft, bool Appendix)[] Documents =
    [
        ("cam-son", "xã Cẩm Sơn", "t.clerk.camson", false, true, false),              // remediation plan, items in the body (seed 000)
        ("trieu-trach", "xã Triệu Trạch", "t.clerk.trieutrach", false, false, true),    // công văn with its landscape appendix (seed 001), issued
        ("quang-cong", "xã Quảng Công", "t.clerk.quangcong", false, true, false),       // improvement plan (seed 002)
        ("son-ky", "xã Sơn Kỳ", "t.clerk.sonky", false, false, false),                  // grouped remediation plan (seed 003), issued
        ("ha-bac", "xã Hà Bắc", "t.clerk.habac", false, true, false),                   // multi-index plan (seed 004)
        ("son-ky-report", "xã Sơn Kỳ", "t.clerk.sonky", true, true, false),             // the results report of Sơn Kỳ's issued plan (a draft)
    ];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"cchc-docx-{Guid.NewGuid():N}");

    public CcHcWebApplicationFactory Factory { get; } = new();

    public string Directory => _directory;

    public string Docx(string slug) => Path.Combine(_directory, slug + ".docx");

    /// <summary>CcHc's own PDF (Chromium).</summary>
    public string Pdf(string slug) => Path.Combine(_directory, slug + ".cchc.pdf");

    /// <summary>LibreOffice's PDF of the .docx.</summary>
    public string OfficePdf(string slug) => Path.Combine(_directory, slug + ".pdf");

    public TimeSpan ConversionTime { get; private set; }

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(_directory);
        foreach (var d in Documents)
        {
            var planId = await DatabaseProbe.PlanIdAsync(Factory, d.Commune);
            using var client = await TestAccounts.SignedInAsync(Factory, d.Account);
            var root = d.Report ? "Reports" : "Plans";
            await File.WriteAllBytesAsync(Docx(d.Slug), await client.GetByteArrayAsync(new Uri($"/{root}/Docx/{planId}", UriKind.Relative)));
            await File.WriteAllBytesAsync(Pdf(d.Slug), await client.GetByteArrayAsync(new Uri($"/{root}/Pdf/{planId}", UriKind.Relative)));
        }

        var watch = Stopwatch.StartNew();
        await ConvertAsync(Documents.Select(d => Docx(d.Slug)).ToArray());
        ConversionTime = watch.Elapsed;
        var artifacts = PdfTools.ArtifactsDirectory("docx-print");
        foreach (var d in Documents)
        {
            File.Copy(Docx(d.Slug), Path.Combine(artifacts, d.Slug + ".docx"), overwrite: true);
            File.Copy(OfficePdf(d.Slug), Path.Combine(artifacts, d.Slug + ".libreoffice.pdf"), overwrite: true);
            File.Copy(Pdf(d.Slug), Path.Combine(artifacts, d.Slug + ".cchc.pdf"), overwrite: true);
            await PdfTools.RunAsync("pdftoppm", "-png", "-r", "50", OfficePdf(d.Slug), Path.Combine(artifacts, d.Slug));
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        System.IO.Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private async Task ConvertAsync(string[] files)
    {
        const string soffice = "/usr/bin/soffice";
        if (!File.Exists(soffice))
        {
            throw new InvalidOperationException("soffice is missing: install Debian's libreoffice-writer-nogui (scripts/install-test-deps.sh does).");
        }

        var start = new ProcessStartInfo(soffice) { WorkingDirectory = _directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-env:UserInstallation=file://" + Path.Combine(_directory, "profile"));
        foreach (var argument in new[] { "--headless", "--norestore", "--convert-to", "pdf", "--outdir", _directory })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not convert the documents within 3 minutes.");
        }

        foreach (var file in files)
        {
            if (!File.Exists(Path.ChangeExtension(file, ".pdf")))
            {
                throw new InvalidOperationException($"LibreOffice made no PDF of {file}: {await output} {await error}");
            }
        }
    }
}

/// <summary>
/// The Word export (issue 17): the .docx of every kind of document read with the OpenXml SDK (sections, A4 and
/// orientation, the decree's margins, Times New Roman, named styles, the borderless header table, repeated table header
/// rows, the appendix's page numbering restarting, DỰ THẢO on drafts, blank number and date of a draft), printed by
/// LibreOffice (the same text as CcHc's PDF, whitespace aside; A4 portrait body, landscape appendix; fonts embedded),
/// reproducible byte for byte, frozen with an issued version and carried in the office's .zip.
/// </summary>
public sealed partial class DocxExportTests(DocxPrintFixture print, ITestOutputHelper output) : IClassFixture<DocxPrintFixture>
{
    public static TheoryData<string> Slugs()
    {
        var data = new TheoryData<string>();
        foreach (var d in DocxPrintFixture.Documents)
        {
            data.Add(d.Slug);
        }

        return data;
    }

    private static (string Slug, string Commune, string Account, bool Report, bool Draft, bool Appendix) Of(string slug) =>
        DocxPrintFixture.Documents.Single(d => d.Slug == slug);

    [Theory]
    [MemberData(nameof(Slugs))]
    public void The_docx_is_valid_open_xml_with_a4_sections_the_decrees_margins_times_new_roman_and_named_styles(string slug)
    {
        var d = Of(slug);
        using var document = WordprocessingDocument.Open(print.Docx(slug), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(10)));

        var body = document.MainDocumentPart!.Document.Body!;
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(d.Appendix ? 2 : 1, sections.Count);
        var first = sections[0];
        var size = first.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Null(size.Orient);
        var margin = first.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value)); // 20, 20, 30, 15 mm
        Assert.NotNull(first.GetFirstChild<TitlePage>()); // no number on page 1
        if (d.Appendix)
        {
            var appendix = sections[1];
            var landscape = appendix.GetFirstChild<PageSize>()!;
            Assert.Equal((16838u, 11906u, PageOrientationValues.Landscape), (landscape.Width!.Value, landscape.Height!.Value, landscape.Orient!.Value));
            Assert.Equal(1, appendix.GetFirstChild<PageNumberType>()!.Start!.Value);
            Assert.NotNull(appendix.GetFirstChild<TitlePage>());
            Assert.Null(first.GetFirstChild<PageNumberType>());
        }

        // The page number: a PAGE field centred in the default header; the first page's header has none.
        var headers = first.Elements<HeaderReference>().ToDictionary(h => h.Type!.Value, h => (HeaderPart)document.MainDocumentPart.GetPartById(h.Id!.Value!));
        Assert.Contains("PAGE", string.Concat(headers[HeaderFooterValues.Default].Header.Descendants<FieldCode>().Select(f => f.Text)), StringComparison.Ordinal);
        Assert.Empty(headers[HeaderFooterValues.First].Header.Descendants<FieldCode>());

        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        var fonts = styles.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal(("Times New Roman", "Times New Roman"), (fonts.Ascii!.Value, fonts.HighAnsi!.Value));
        Assert.Equal("28", styles.DocDefaults.Descendants<FontSize>().Single().Val!.Value); // 14 pt
        Assert.Empty(body.Descendants<RunFonts>()); // no paragraph overrides the font
        var named = styles.Elements<Style>().ToDictionary(s => s.StyleName!.Val!.Value!, s => s);
        foreach (var name in new[] { "CcHc Body", "CcHc Heading 1", "CcHc Heading 2", "CcHc Title", "CcHc Signature", "CcHc Recipients" })
        {
            Assert.True(named.ContainsKey(name), $"style {name}");
        }

        var bodyStyle = named["CcHc Body"].StyleParagraphProperties!;
        Assert.Equal(JustificationValues.Both, bodyStyle.Justification!.Val!.Value);
        Assert.Equal("720", bodyStyle.Indentation!.FirstLine!.Value); // 1,27 cm
        Assert.Equal("120", bodyStyle.SpacingBetweenLines!.After!.Value); // 6 pt
        var paragraphs = body.Descendants<Paragraph>().ToList();
        var bodyParagraphs = paragraphs.Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == DocxWriter.Styles.Body);
        Assert.True(bodyParagraphs >= 8, $"{bodyParagraphs} paragraphs in CcHc Body");
        var headings = paragraphs.Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == DocxWriter.Styles.Heading1);
        Assert.True(slug == "trieu-trach" ? headings == 0 : headings >= 2, $"{headings} paragraphs in CcHc Heading 1"); // a công văn has no numbered sections
        // Real paragraphs: no text boxes, no line breaks inside a paragraph.
        Assert.Empty(body.Descendants<Break>());
        Assert.Empty(body.Descendants<DocumentFormat.OpenXml.Vml.TextBox>());
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void The_header_and_the_closing_block_are_borderless_tables_and_the_grid_tables_repeat_their_header_rows(string slug)
    {
        var d = Of(slug);
        using var document = WordprocessingDocument.Open(print.Docx(slug), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var tables = body.Elements<Table>().ToList();

        var header = Assert.IsType<Table>(body.FirstChild);
        Assert.Equal(DocxWriter.Styles.Plain, header.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Null(header.GetFirstChild<TableProperties>()!.TableBorders);
        var plainBorders = styles[DocxWriter.Styles.Plain].StyleTableProperties!.TableBorders!.ChildElements.Cast<BorderType>().ToList();
        Assert.Equal(6, plainBorders.Count);
        Assert.All(plainBorders, b => Assert.Equal(BorderValues.Nil, b.Val!.Value));
        var headerText = header.InnerText;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", headerText, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", headerText, StringComparison.Ordinal);
        // Two rules: under the issuing body and under the motto (bottom borders of the CcHc Rule style).
        Assert.Equal(2, header.Descendants<ParagraphStyleId>().Count(s => s.Val?.Value == DocxWriter.Styles.Rule));
        Assert.NotNull(styles[DocxWriter.Styles.Rule].StyleParagraphProperties!.ParagraphBorders!.BottomBorder);
        var dateline = header.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ElementAt(1).Descendants<Run>().Single();
        Assert.NotNull(dateline.RunProperties!.Italic);
        var number = header.Elements<TableRow>().ElementAt(1).Elements<TableCell>().First().Descendants<Paragraph>().First().InnerText;
        if (d.Draft && !d.Report)
        {
            // A draft leaves the number and the date blank for the văn thư.
            Assert.Matches(@"^Số:\s+/", number);
            Assert.Matches(@"ngày\s+tháng\s+năm \d{4}$", dateline.InnerText);
        }
        else if (!d.Draft)
        {
            Assert.Matches(@"^Số: \d+/", number);
            Assert.Matches(@"ngày \d{2} tháng \d{1,2} năm \d{4}$", dateline.InnerText);
        }

        var closing = tables.Single(t => t.InnerText.Contains("Nơi nhận:", StringComparison.Ordinal));
        Assert.Equal(DocxWriter.Styles.Plain, closing.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Equal(2, closing.Elements<TableRow>().Single().Elements<TableCell>().Count());
        Assert.NotNull(closing.Elements<TableRow>().Single().TableRowProperties!.GetFirstChild<CantSplit>());

        var grids = tables.Where(t => t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value == DocxWriter.Styles.Grid).ToList();
        foreach (var grid in grids)
        {
            var first = grid.Elements<TableRow>().First();
            Assert.NotNull(first.TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.Contains(first.Descendants<Run>(), r => r.InnerText.Length > 0);
        }

        Assert.NotNull(styles[DocxWriter.Styles.Grid].StyleTableProperties!.TableBorders!.InsideHorizontalBorder);
        if (d.Appendix)
        {
            var appendix = grids.Single(t => t.InnerText.Contains("Nguyên nhân không đạt điểm tối đa", StringComparison.Ordinal));
            var rows = appendix.Elements<TableRow>().ToList();
            Assert.NotNull(rows[1].TableRowProperties!.GetFirstChild<TableHeader>()); // the (1) … (6) row repeats too
            Assert.Equal("(1)(2)(3)(4)(5)(6)", rows[1].InnerText);
            Assert.Null(rows[2].TableRowProperties!.GetFirstChild<TableHeader>());
            var fieldRows = rows.Where(r => r.Elements<TableCell>().Count() == 1).ToList(); // a field's row spans the six columns
            Assert.True(fieldRows.Count >= 3, $"{fieldRows.Count} field rows");
            Assert.All(fieldRows, r => Assert.Equal(6, r.Descendants<GridSpan>().Single().Val!.Value));
        }

        if (slug == "cam-son")
        {
            var scores = grids.Single(t => t.InnerText.StartsWith("TTNội dungĐiểm tối đa", StringComparison.Ordinal));
            Assert.Contains("Tổng điểm:", scores.Elements<TableRow>().Last().InnerText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void A_draft_carries_the_du_thao_mark_and_an_issued_version_its_verification_code_instead(string slug)
    {
        var d = Of(slug);
        using var document = WordprocessingDocument.Open(print.Docx(slug), false);
        var headers = document.MainDocumentPart!.HeaderParts.Select(h => h.Header.OuterXml).ToList();
        Assert.Equal(2, headers.Count);
        Assert.All(headers, h => Assert.Equal(d.Draft, h.Contains("string=\"DỰ THẢO\"", StringComparison.Ordinal)));
        var footers = document.MainDocumentPart.FooterParts.Select(f => f.Footer.InnerText).ToList();
        if (d.Draft)
        {
            Assert.Empty(footers);
        }
        else
        {
            Assert.Matches("^Mã kiểm tra: [A-Z0-9-]+$", Assert.Single(footers));
        }

        var core = document.PackageProperties;
        Assert.Equal("CcHc", core.Creator);
        Assert.NotNull(core.Created);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task LibreOffice_prints_the_docx_with_the_text_of_cchcs_pdf_on_a4_with_the_appendix_landscape_and_fonts_embedded(string slug)
    {
        var d = Of(slug);
        var office = await TextAsync(print.OfficePdf(slug));
        var cchc = await TextAsync(print.Pdf(slug));
        var (a, b) = (Comparable(cchc), Comparable(office));
        if (a != b)
        {
            var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
            Assert.Fail($"{slug}: the texts differ at {at} of {a.Length}/{b.Length}:\nCcHc PDF:   …{a[Math.Max(0, at - 80)..Math.Min(a.Length, at + 120)]}\nLibreOffice: …{b[Math.Max(0, at - 80)..Math.Min(b.Length, at + 120)]}");
        }

        var pages = await PageSizesAsync(print.OfficePdf(slug));
        var texts = new List<string>();
        for (var page = 1; page <= pages.Count; page++)
        {
            var p = page.ToString(CultureInfo.InvariantCulture);
            texts.Add(await PdfTools.RunAsync("pdftotext", "-f", p, "-l", p, print.OfficePdf(slug), "-"));
        }

        var signer = texts.FindIndex(t => t.Contains("Nơi nhận:", StringComparison.Ordinal));
        Assert.True(signer >= 0, "no page has Nơi nhận");
        output.WriteLine($"{slug}: {pages.Count} pages, Nơi nhận on page {signer + 1}; LibreOffice converted all in {print.ConversionTime.TotalSeconds:0.0} s");
        for (var i = 0; i < pages.Count; i++)
        {
            var (width, height) = pages[i];
            var landscape = i > signer;
            Assert.True(landscape ? (Math.Abs(width - 841.9) < 1 && Math.Abs(height - 595.3) < 1) : (Math.Abs(width - 595.3) < 1 && Math.Abs(height - 841.9) < 1),
                $"{slug} page {i + 1}: {width} × {height} pt, expected A4 {(landscape ? "landscape" : "portrait")}");
        }

        Assert.Equal(d.Appendix, pages.Count > signer + 1);
        if (d.Appendix)
        {
            // The appendix numbers its pages from 1: its second page (if any) is "2", its first carries none.
            Assert.StartsWith("PHỤ LỤC", texts[signer + 1].TrimStart(), StringComparison.Ordinal);
            if (pages.Count > signer + 2)
            {
                Assert.Equal("2", texts[signer + 2].Split('\n')[0].Trim());
            }
        }

        Assert.DoesNotMatch(@"^\d+$", texts[0].Split('\n')[0].Trim()); // page 1 carries no number
        if (signer >= 1)
        {
            Assert.Equal("2", texts[1].Split('\n')[0].Trim()); // page 2 of the body starts with its number
        }

        var fonts = (await PdfTools.RunAsync("pdffonts", print.OfficePdf(slug))).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, l => Assert.Matches(EmbeddedFont(), l));
        Assert.All(fonts, l => Assert.Contains("Serif", l, StringComparison.Ordinal)); // Times New Roman or its metric twin Liberation Serif
    }

    [Theory]
    [InlineData("000-cam-son-2023.txt", "cam-son")]
    [InlineData("001-trieu-trach-2022.txt", "trieu-trach")]
    [InlineData("002-quang-cong-2020.txt", "quang-cong")]
    [InlineData("004-ha-bac-2023.txt", "ha-bac")]
    public void Every_line_of_the_seed_is_in_the_docx_word_for_word_except_the_pdfs_listed_corrections(string seed, string slug)
    {
        var corrections = slug switch
        {
            "cam-son" => WordForWordTests.CamSonCorrections,
            "trieu-trach" => WordForWordTests.TrieuTrachCorrections,
            "quang-cong" => WordForWordTests.QuangCongCorrections,
            _ => WordForWordTests.HaBacCorrections,
        };
        using var document = WordprocessingDocument.Open(print.Docx(slug), false);
        var text = WordForWordTests.Squeeze(string.Join('\n', document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)));
        var lines = WordForWordTests.SeedLines(seed);
        var missing = lines.Where(l => !text.Contains(WordForWordTests.Squeeze(l), StringComparison.Ordinal) && !corrections.ContainsKey(l)).ToList();
        output.WriteLine($"{seed}: {lines.Count - missing.Count}/{lines.Count} lines in the .docx word for word (corrections aside).");
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public async Task A_draft_docx_is_the_same_bytes_at_every_export_and_an_issued_one_is_frozen_with_its_sha256()
    {
        var factory = print.Factory;
        var draft = await DatabaseProbe.PlanIdAsync(factory, "xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(factory, "t.clerk.camson");
        using var response = await clerk.GetAsync(new Uri($"/Plans/Docx/{draft}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("-du-thao.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var once = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(once, await clerk.GetByteArrayAsync(new Uri($"/Plans/Docx/{draft}", UriKind.Relative))); // rebuilt, same bytes
        Assert.Equal(once, await File.ReadAllBytesAsync(print.Docx("cam-son")));

        // Sơn Kỳ's issued version: the .docx is frozen (at its first download, as the demo issued it before this feature)
        // and listed with its SHA-256 beside the PDF and XLSX on the plan page; a reviewer of its office downloads the same bytes.
        var issued = await DatabaseProbe.PlanIdAsync(factory, "xã Sơn Kỳ");
        using var sonKy = await TestAccounts.SignedInAsync(factory, "t.clerk.sonky");
        var docx = await sonKy.GetByteArrayAsync(new Uri($"/Plans/Docx/{issued}", UriKind.Relative));
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(docx));
        var stored = await DatabaseProbe.QueryAsync(factory, db => Task.FromResult(db.IssuedFiles.Single(f => f.PlanId == issued && f.Kind == CcHc.Infrastructure.Exports.IssuedFileKind.Docx)));
        Assert.Equal(sha, stored.Sha256);
        Assert.Equal(docx, stored.Content);
        var page = await sonKy.GetStringAsync(new Uri($"/Plans/Details/{issued}", UriKind.Relative));
        Assert.Contains(sha, page, StringComparison.Ordinal);
        Assert.Contains("Tải Word (.docx)", page, StringComparison.Ordinal);

        using var reviewer = await TestAccounts.SignedInAsync(factory, "t.reviewer.sonha");
        Assert.Equal(docx, await reviewer.GetByteArrayAsync(new Uri($"/Plans/Docx/{issued}", UriKind.Relative)));
        using var zip = new ZipArchive(new MemoryStream(await reviewer.GetByteArrayAsync(new Uri("/Office?handler=Zip", UriKind.Relative))));
        var entry = zip.Entries.Single(e => e.Name == stored.FileName);
        using var content = new MemoryStream();
        await entry.Open().CopyToAsync(content);
        Assert.Equal(docx, content.ToArray());
        using var listing = new StreamReader(zip.Entries.Single(e => e.Name == CcHc.Web.Features.Office.OfficeDownloads.ListingName).Open());
        Assert.Contains($"{stored.FileName}: bản Word của kế hoạch; SHA-256 {sha}", await listing.ReadToEndAsync(), StringComparison.Ordinal);

        // Another commune's clerk does not find it.
        using var other = await TestAccounts.SignedInAsync(factory, "t.clerk.camson");
        using var foreign = await other.GetAsync(new Uri($"/Plans/Docx/{issued}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public void Writing_the_longest_demo_plan_costs_milliseconds_beside_its_workbook()
    {
        var standard = new CcHc.DemoData.StandardPositions();
        var d = CcHc.DemoData.DemoCatalog.BuildAll(standard).Single(x => x.Commune.Name == "xã Cẩm Sơn");
        var positions = standard.All.Concat(d.CommunePositions).ToDictionary(p => p.Id, p => p);
        var content = new PlanContent(d.Plan, d.Commune, d.Assessment, d.Assessment.Evaluate(d.CriteriaSet), positions);
        var date = new DateOnly(2024, 2, 5);
        var first = DocxWriter.Plan(PlanDocumentModel.From(content), date);
        Assert.Equal(first, DocxWriter.Plan(PlanDocumentModel.From(content), date)); // same model and date, same bytes

        static double Median(Action action)
        {
            action(); // warm
            var times = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var watch = Stopwatch.StartNew();
                action();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            return (times[9] + times[10]) / 2;
        }

        var docx = Median(() => DocxWriter.Plan(PlanDocumentModel.From(content), date));
        var xlsx = Median(() => CcHc.Infrastructure.Spreadsheets.PlanWorkbook.Build(new CcHc.Infrastructure.Spreadsheets.PlanWorkbookData(
            d.Commune.Name, d.Plan, content.Evaluation, positions.ToDictionary(p => p.Key, p => p.Value.Title), d.Commune.IssuingBodyName)));
        output.WriteLine($"Cẩm Sơn: .docx {docx:0.0} ms ({first.Length} bytes), .xlsx {xlsx:0.0} ms (median of 20, model included)");
        Assert.True(docx < 500, $"the .docx took {docx:0.0} ms");
    }

    /// <summary>
    /// A PDF's text (pdftotext -raw) without the page furniture — on each page a first or last line that is only a
    /// number (the page number), the verification code, the DỰ THẢO mark (Chromium's, as a word or letter by letter) —
    /// then whitespace squeezed out, and a table's header rows kept where the table starts (a page break repeats them).
    /// </summary>
    private static string Comparable(string text)
    {
        var kept = new List<string>();
        foreach (var page in text.Split('\f'))
        {
            var lines = page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            kept.AddRange(lines
                .Where((l, i) => !(PageNumber().IsMatch(l) && (i == 0 || i == lines.Count - 1)))
                .Where(l => !l.StartsWith("Mã kiểm tra:", StringComparison.Ordinal))
                .Select(l => WatermarkLetter().Replace(" " + l.Replace("DỰ THẢO", string.Empty, StringComparison.Ordinal) + " ", " ")));
        }

        var squeezed = WordForWordTests.Squeeze(string.Join('\n', kept));
        foreach (var header in new[] { ScoreHeader(), AppendixHeader() })
        {
            var first = header.Match(squeezed);
            if (first.Success)
            {
                var from = first.Index + first.Length;
                squeezed = squeezed[..from] + header.Replace(squeezed[from..], string.Empty);
            }
        }

        return squeezed;
    }

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"(?<=\s)[DỰTHẢO](?=\s)")]
    private static partial Regex WatermarkLetter();

    [GeneratedRegex("TTNộidungĐiểmtốiđaĐiểmthẩmđịnhĐiểmbịtrừ")]
    private static partial Regex ScoreHeader();

    [GeneratedRegex(@"Lĩnhvực/Tiêuchí/Tiêuchíthànhphần.{0,200}?Thờigianhoànthành(\(1\)\(2\)\(3\)\(4\)\(5\)\(6\))?")]
    private static partial Regex AppendixHeader();

    private static Task<string> TextAsync(string pdf) => PdfTools.RunAsync("pdftotext", "-raw", pdf, "-");

    private static async Task<IReadOnlyList<(double Width, double Height)>> PageSizesAsync(string pdf)
    {
        var info = await PdfTools.RunAsync("pdfinfo", "-f", "1", "-l", "999", pdf);
        return PageSize().Matches(info)
            .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();
    }

    [GeneratedRegex(@"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();

    /// <summary>A pdffonts row whose "emb" column is yes.</summary>
    [GeneratedRegex(@"\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex EmbeddedFont();
}
