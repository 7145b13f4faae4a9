using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.DemoData;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Spreadsheets;

/// <summary>
/// The workbooks printed by LibreOffice headless (Debian's package; .ci/run installs it), once for the whole class:
/// Cẩm Sơn's plan workbook (a long "Chi tiết" of fifteen columns), Sơn Kỳ's (no scores) and an office workbook, each
/// converted to PDF with a private profile and a time limit, then read back with poppler.
/// </summary>
public sealed class WorkbookPrintFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"cchc-books-{Guid.NewGuid():N}");

    public string CamSonPdf => Path.Combine(_directory, "cam-son.pdf");

    public string SonKyPdf => Path.Combine(_directory, "son-ky.pdf");

    public string OfficePdf => Path.Combine(_directory, "office.pdf");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var standard = new StandardPositions();
        var demo = DemoCatalog.BuildAll(standard);
        foreach (var (name, commune) in new[] { ("cam-son", "xã Cẩm Sơn"), ("son-ky", "xã Sơn Kỳ") })
        {
            var d = demo.Single(x => x.Commune.Name == commune);
            await File.WriteAllBytesAsync(Path.Combine(_directory, name + ".xlsx"), PlanWorkbook.Build(new PlanWorkbookData(
                d.Commune.Name, d.Plan, d.Assessment.Evaluate(d.CriteriaSet), standard.All.Concat(d.CommunePositions).ToDictionary(p => p.Id, p => p.Title), d.Commune.IssuingBodyName)));
        }

        var rows = demo.Where(d => d.ScoredAssessment is not null).Select(d => new OfficeWorkbook.Row(
            d.Commune.Name, d.Assessment.Year, d.Assessment.StatedTotal, d.Assessment.Rank?.ToString(), d.Assessment.Classification,
            d.Assessment.Evaluate(d.CriteriaSet).TotalDeduction, "Dự thảo", 1, 10, 40m, 2)).ToList();
        await File.WriteAllBytesAsync(Path.Combine(_directory, "office.xlsx"), OfficeWorkbook.Build(
            new WorkbookTitle("TẤT CẢ CÁC XÃ (QUẢN TRỊ)", "BẢNG THEO DÕI CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", "Số liệu ngày 05/07/2024"), rows));

        await ConvertAsync(["cam-son.xlsx", "son-ky.xlsx", "office.xlsx"]);
        foreach (var pdf in new[] { CamSonPdf, SonKyPdf, OfficePdf })
        {
            File.Copy(pdf, Path.Combine(PdfTools.ArtifactsDirectory("xlsx-print"), Path.GetFileName(pdf)), overwrite: true);
            File.Copy(Path.ChangeExtension(pdf, ".xlsx"), Path.Combine(PdfTools.ArtifactsDirectory("xlsx-print"), Path.GetFileName(Path.ChangeExtension(pdf, ".xlsx"))), overwrite: true);
        }

        // Page 2 (the first of "Chi tiết") and the last page of Cẩm Sơn's, as images for people to look at.
        await PdfTools.RunAsync("pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "3", CamSonPdf, Path.Combine(PdfTools.ArtifactsDirectory("xlsx-print"), "cam-son"));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Every page's text (pdftotext -layout), first page first.</summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(string pdf)
    {
        var info = await PdfTools.RunAsync("pdfinfo", pdf);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var texts = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var p = page.ToString(CultureInfo.InvariantCulture);
            texts.Add(await PdfTools.RunAsync("pdftotext", "-layout", "-f", p, "-l", p, pdf, "-"));
        }

        return texts;
    }

    /// <summary>The heights of the words of a page (pdftotext -bbox), in points: about 1.15 × the printed font size.</summary>
    public static async Task<IReadOnlyList<double>> WordHeightsAsync(string pdf, int page)
    {
        var p = page.ToString(CultureInfo.InvariantCulture);
        var html = await PdfTools.RunAsync("pdftotext", "-bbox", "-f", p, "-l", p, pdf, "-");
        return Regex.Matches(html, "<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\" xMax=\"[^\"]+\" yMax=\"([^\"]+)\">")
            .Select(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();
    }

    private async Task ConvertAsync(string[] files)
    {
        const string soffice = "/usr/bin/soffice";
        if (!File.Exists(soffice))
        {
            throw new InvalidOperationException("soffice is missing: install Debian's libreoffice-calc-nogui (scripts/install-test-deps.sh does).");
        }

        var start = new ProcessStartInfo(soffice)
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-env:UserInstallation=file://" + Path.Combine(_directory, "profile"));
        foreach (var argument in new[] { "--headless", "--norestore", "--convert-to", "pdf", "--outdir", _directory })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var file in files)
        {
            start.ArgumentList.Add(Path.Combine(_directory, file));
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
            throw new TimeoutException("LibreOffice did not convert the workbooks within 3 minutes.");
        }

        foreach (var file in files)
        {
            var pdf = Path.Combine(_directory, Path.ChangeExtension(file, ".pdf"));
            if (!File.Exists(pdf))
            {
                throw new InvalidOperationException($"LibreOffice made no {pdf}: {await output} {await error}");
            }
        }
    }
}

/// <summary>The printed workbooks: text readable, every column of "Chi tiết" on every page, several pages, not shrunk.</summary>
public sealed class WorkbookPrintTests(WorkbookPrintFixture print) : IClassFixture<WorkbookPrintFixture>
{
    /// <summary>The pages of Cẩm Sơn's "Chi tiết": those with its repeated header row.</summary>
    private static List<int> DetailPages(IReadOnlyList<string> pages) =>
        Enumerable.Range(0, pages.Count).Where(i => pages[i].Contains("Nguyên nhân", StringComparison.Ordinal) && pages[i].Contains("Lưu ý", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task The_title_block_and_the_summary_print_as_text_with_page_numbers()
    {
        var pages = await WorkbookPrintFixture.PagesAsync(print.CamSonPdf);
        var first = pages[0];

        Assert.Contains("ỦY BAN NHÂN DÂN XÃ CẨM SƠN", first, StringComparison.Ordinal);
        Assert.Contains("KẾ HOẠCH Khắc phục tồn tại, hạn chế", first, StringComparison.Ordinal);
        Assert.Contains("DỰ THẢO", first, StringComparison.Ordinal);
        Assert.Contains("Chỉ đạo điều hành", first, StringComparison.Ordinal);
        // The totals' formulas print their values: 100, 85,08 (or 85.08, by the locale of the converter), 14,92.
        Assert.Matches(@"Tổng điểm\s+100[.,]00\s+85[.,]08\s+14[.,]92\s+85[.,]08%", first);
        // Every page carries its number, and none is blank (LibreOffice's fit-to-width once left a blank last page).
        Assert.All(pages, p => Assert.Matches(@"Trang \d+/\d+", p));
        Assert.All(pages, p => Assert.True(p.Split('\n').Count(l => l.Trim().Length > 0) > 3, "a page with no more than its footer"));
    }

    [Fact]
    public async Task Chi_tiet_prints_every_column_on_every_page_over_several_pages_at_a_readable_size()
    {
        var pages = await WorkbookPrintFixture.PagesAsync(print.CamSonPdf);
        var detail = DetailPages(pages);

        Assert.True(detail.Count > 1, $"Chi tiết on {detail.Count} page(s)");
        var words = PlanWorkbook.DetailColumns.SelectMany(c => c.Header.Split(' ')).Distinct().ToList();
        foreach (var page in detail)
        {
            Assert.All(words, w => Assert.Contains(w, pages[page], StringComparison.Ordinal));
        }

        Assert.Contains("Trang thông tin điện tử", string.Concat(detail.Select(p => pages[p])), StringComparison.Ordinal);

        // Fitted to the width only: the words of "Chi tiết" are at least 3/4 as tall as those of the office table,
        // which prints unscaled at 12 pt: 9 pt or more.
        var office = Median(await WorkbookPrintFixture.WordHeightsAsync(print.OfficePdf, 1));
        var chiTiet = Median(await WorkbookPrintFixture.WordHeightsAsync(print.CamSonPdf, detail[0] + 1));
        Assert.True(chiTiet >= 0.75 * office, $"Chi tiết words {chiTiet:0.00} pt tall, office words {office:0.00} pt");
        Assert.True(office >= 12, $"office words {office:0.00} pt tall");
    }

    [Fact]
    public async Task Son_kys_summary_prints_the_sentence_about_the_missing_scores()
    {
        var pages = await WorkbookPrintFixture.PagesAsync(print.SonKyPdf);
        var flat = Regex.Replace(pages[0], @"\s+", " ");

        Assert.Contains("Số: 27/KH-UBND, ngày 16/02/2024", flat, StringComparison.Ordinal);
        Assert.Contains("Văn bản nguồn không in điểm số", flat, StringComparison.Ordinal);
        Assert.Contains("Lĩnh vực công tác chỉ đạo điều hành", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("Tổng điểm", flat, StringComparison.Ordinal);
    }

    private static double Median(IReadOnlyList<double> values)
    {
        Assert.NotEmpty(values);
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
