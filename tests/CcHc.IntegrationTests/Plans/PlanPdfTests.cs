using System.Net;
using CcHc.Infrastructure.Auditing;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CcHc.IntegrationTests.Plans;

/// <summary>The plan printed by real headless Chromium, read back with poppler: A4, fonts embedded, elements in order.</summary>
public sealed class PlanPdfTests : IClassFixture<CcHcWebApplicationFactory>, IDisposable
{
    private readonly CcHcWebApplicationFactory _factory;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cchc-{Guid.NewGuid():N}.pdf");

    public PlanPdfTests(CcHcWebApplicationFactory factory) => _factory = factory;

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task The_cam_son_plan_prints_as_an_a4_pdf_with_embedded_fonts_and_every_element_in_order()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        using var chairman = await TestAccounts.SignedInAsync(_factory, "t.chairman.camson");

        using var response = await chairman.GetAsync(new Uri($"/Plans/Pdf/{planId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        await File.WriteAllBytesAsync(_file, bytes);

        var info = await PdfTools.RunAsync("pdfinfo", _file);
        Assert.Matches(@"Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)", info);
        var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pages >= 3, $"{pages} pages");

        var fonts = (await PdfTools.RunAsync("pdffonts", _file)).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains(" yes ", f, StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Contains("Serif", StringComparison.OrdinalIgnoreCase) || f.Contains("Times", StringComparison.OrdinalIgnoreCase));

        var text = await PdfTools.RunAsync("pdftotext", "-layout", _file, "-");
        string[] inOrder =
        [
            "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH",
            "I. MỤC ĐÍCH, YÊU CẦU", "II. KẾT QUẢ ĐẠT ĐƯỢC", "85,08", "14,92", "III. NỘI DUNG TRỪ ĐIỂM",
            "./.", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Hoàng Văn Hiệp",
        ];
        var position = 0;
        foreach (var part in inOrder)
        {
            var next = text.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(next >= 0, $"\"{part}\" missing or out of order in the PDF text");
            position = next;
        }

        foreach (var (field, max, appraised, deduction) in new[] { ("Chỉ đạo điều hành", "11", "9,13", "1,87"), ("Cải cách tài chính công", "13,5", "12,86", "0,64") })
        {
            var line = text.Split('\n').First(l => l.Contains(field, StringComparison.Ordinal) && l.Contains(appraised, StringComparison.Ordinal));
            Assert.Matches($@"{max}\s+{appraised}\s+{deduction}", line);
        }

        // Page numbers: none on page 1, "2" centred at the top of page 2.
        var first = (await PdfTools.RunAsync("pdftotext", "-f", "1", "-l", "1", "-layout", _file, "-")).Split('\n').First(l => l.Trim().Length > 0).Trim();
        var second = (await PdfTools.RunAsync("pdftotext", "-f", "2", "-l", "2", "-layout", _file, "-")).Split('\n').First(l => l.Trim().Length > 0).Trim();
        Assert.StartsWith("ỦY BAN NHÂN DÂN", first, StringComparison.Ordinal);
        Assert.Equal("2", second);
        // The rotated draft mark is on every page (pdftotext -layout drops rotated text; -raw keeps it).
        var raw = await PdfTools.RunAsync("pdftotext", "-raw", _file, "-");
        Assert.Equal(pages, System.Text.RegularExpressions.Regex.Count(raw, "DỰ THẢO"));

        // Pictures of pages 1 and 2 for people to look at.
        await PdfTools.RunAsync("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", _file, Path.Combine(PdfTools.ArtifactsDirectory("pdf"), "cam-son-plan"));

        var downloads = await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Download && a.EntityId == planId.ToString()));
        Assert.True(downloads >= 1);
    }
}

/// <summary>Without a browser the PDF page says so in plain words and the rest of the app keeps working.</summary>
public sealed class PlanPdfWithoutBrowserTests : IClassFixture<PlanPdfWithoutBrowserTests.NoBrowserFactory>
{
    private readonly NoBrowserFactory _factory;

    public PlanPdfWithoutBrowserTests(NoBrowserFactory factory) => _factory = factory;

    public sealed class NoBrowserFactory : CcHcWebApplicationFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("Pdf:BrowserPath", "/nonexistent/chromium")];
    }

    [Fact]
    public async Task The_pdf_page_explains_that_no_browser_is_installed_and_the_document_view_still_works()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        using var pdf = await clerk.GetAsync(new Uri($"/Plans/Pdf/{planId}", UriKind.Relative));
        using var document = await clerk.GetAsync(new Uri($"/Plans/Document/{planId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Contains("chưa có trình duyệt Chromium", WebUtility.HtmlDecode(await pdf.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
    }
}

/// <summary>A plan laid out with an appendix: the appendix pages are landscape.</summary>
public sealed class AppendixPdfTests : IClassFixture<CcHcWebApplicationFactory>, IDisposable
{
    private readonly CcHcWebApplicationFactory _factory;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cchc-{Guid.NewGuid():N}.pdf");

    public AppendixPdfTests(CcHcWebApplicationFactory factory) => _factory = factory;

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task The_trieu_trach_appendix_is_printed_on_landscape_pages_after_portrait_ones()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Triệu Trạch");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.trieutrach");

        await File.WriteAllBytesAsync(_file, await clerk.GetByteArrayAsync(new Uri($"/Plans/Pdf/{planId}", UriKind.Relative)));

        var info = await PdfTools.RunAsync("pdfinfo", "-f", "1", "-l", "99", _file);
        var sizes = info.Split('\n').Where(l => l.StartsWith("Page ", StringComparison.Ordinal) && l.Contains("size:", StringComparison.Ordinal)).ToList();
        Assert.Matches(@"size:\s+59[45]\.\d+ x 841\.\d+", sizes[0]);
        Assert.Matches(@"size:\s+841\.\d+ x 59[45]\.\d+", sizes[^1]);
        var text = await PdfTools.RunAsync("pdftotext", "-layout", _file, "-");
        Assert.Contains("Phụ lục", text, StringComparison.Ordinal);
        Assert.Contains("1.1.3.", text, StringComparison.Ordinal); // the title wraps inside its table cell
        var fonts = await PdfTools.RunAsync("pdffonts", _file);
        Assert.DoesNotContain(fonts.Split('\n').Skip(2).Where(l => l.Length > 0), l => !l.Contains(" yes ", StringComparison.Ordinal));

        // Each appendix restarts its numbering (Nghị định 30): its first page carries none, its second carries "2".
        var firstAppendixPage = sizes.FindIndex(s => s.Contains("841", StringComparison.Ordinal) && s.IndexOf("841", StringComparison.Ordinal) < s.IndexOf(" x ", StringComparison.Ordinal)) + 1;
        Assert.True(sizes.Count - firstAppendixPage >= 1, "The Triệu Trạch appendix should take at least two pages.\n" + info);
        Assert.Equal(string.Empty, await TopLineAsync(firstAppendixPage));
        Assert.Equal("2", await TopLineAsync(firstAppendixPage + 1));

        // The công văn itself fits its first page, as the seed's does: the appendix starts on page 2.
        Assert.Equal(2, firstAppendixPage);
        await PdfTools.RunAsync("pdftoppm", "-png", "-r", "50", "-f", (sizes.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", (sizes.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), _file, Path.Combine(PdfTools.ArtifactsDirectory("pdf"), "trieu-trach-appendix"));
    }

    /// <summary>The text in the top margin of a page (the page number, if any): the first 20 mm of the page.</summary>
    private async Task<string> TopLineAsync(int page)
    {
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = await PdfTools.RunAsync("pdftotext", "-f", number, "-l", number, "-x", "0", "-y", "0", "-W", "2000", "-H", "55", _file, "-");
        return text.Trim('\f', '\n', ' ');
    }
}
