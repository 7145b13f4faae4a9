using System.Net;
using System.Text.RegularExpressions;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// How the demo plans flow over their pages, printed by real Chromium and read back page by page with pdftotext:
/// the closing block (Nơi nhận and the signer) shares its page with the end of the body, no page ends in a heading,
/// and a section with nothing in it is not printed.
/// </summary>
public sealed partial class PlanPageFlowTests : IClassFixture<CcHcWebApplicationFactory>, IDisposable
{
    private readonly CcHcWebApplicationFactory _factory;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cchc-flow-{Guid.NewGuid():N}.pdf");

    public PlanPageFlowTests(CcHcWebApplicationFactory factory) => _factory = factory;

    public void Dispose() => File.Delete(_file);

    [Theory]
    [InlineData("xã Cẩm Sơn", "t.chairman.camson", "cam-son")]
    [InlineData("xã Hà Bắc", "t.clerk.habac", "ha-bac")]
    [InlineData("xã Sơn Kỳ", "t.clerk.sonky", "son-ky")]
    public async Task The_signer_shares_the_last_page_with_the_end_of_the_body_and_no_page_ends_in_a_heading(string commune, string account, string slug)
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, commune);
        using var client = await TestAccounts.SignedInAsync(_factory, account);
        var html = await client.GetStringAsync(new Uri($"/Plans/Document/{planId}", UriKind.Relative));
        var headings = HeadingPattern().Matches(html).Select(m => Collapse(WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[1].Value, string.Empty)))).ToList();
        var last = Collapse(WebUtility.HtmlDecode(LastParagraphPattern().Match(html).Groups[1].Value));
        Assert.NotEmpty(headings);
        Assert.True(last.Length > 20, $"the body's last paragraph is printed inside the closing block: \"{last}\"");

        using var response = await client.GetAsync(new Uri($"/Plans/Pdf/{planId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await File.WriteAllBytesAsync(_file, await response.Content.ReadAsByteArrayAsync());
        var pages = await PagesAsync(_file);
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");

        var signerPage = pages.FindIndex(p => p.Exists(l => l.Contains("Nơi nhận:", StringComparison.Ordinal)));
        Assert.True(signerPage >= 0, "no page has Nơi nhận");
        // A draft's DỰ THẢO mark runs down the page, one letter per line: its letters are not the body's words.
        var text = Collapse(WatermarkLetterPattern().Replace(string.Join(' ', pages[signerPage]), " "));
        var tail = last[^Math.Min(40, last.Length)..];
        var end = text.IndexOf(tail, StringComparison.Ordinal);
        Assert.True(end >= 0, $"page {signerPage + 1} lacks the body's last words \"{tail}\":\n{text}");
        Assert.True(end < text.IndexOf("Nơi nhận:", StringComparison.Ordinal), "the body's end comes before Nơi nhận");
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", text, StringComparison.Ordinal);

        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].Count == 0)
            {
                continue;
            }

            var page = Collapse(string.Join(' ', pages[i]));
            Assert.False(headings.Exists(h => page.EndsWith(h, StringComparison.Ordinal)), $"page {i + 1} of {commune} ends in a heading:\n{page[^Math.Min(300, page.Length)..]}");
        }

        await PdfTools.RunAsync("pdftoppm", "-png", "-r", "50", "-f", (signerPage + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-l", (signerPage + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), _file, Path.Combine(PdfTools.ArtifactsDirectory("pdf"), $"{slug}-signer-page"));
    }

    [Fact]
    public async Task No_page_of_the_appendix_ends_with_a_field_row_apart_from_its_first_criterion()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Triệu Trạch");
        using var client = await TestAccounts.SignedInAsync(_factory, "t.chairman.trieutrach");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Plans/Document/{planId}", UriKind.Relative)));
        var fields = GroupRowPattern().Matches(html).Select(m => Collapse(m.Groups[1].Value)).ToList();
        Assert.True(fields.Count >= 3, $"{fields.Count} field rows in the appendix");

        using var response = await client.GetAsync(new Uri($"/Plans/Pdf/{planId}", UriKind.Relative));
        await File.WriteAllBytesAsync(_file, await response.Content.ReadAsByteArrayAsync());
        var pages = await PagesAsync(_file);
        for (var i = 0; i < pages.Count - 1; i++)
        {
            var lastLine = Collapse(pages[i][^1]);
            Assert.False(fields.Exists(f => lastLine.Contains(f, StringComparison.Ordinal)),
                $"page {i + 1} ends with the field row \"{lastLine}\", apart from its first criterion");
        }
    }

    [Fact]
    public async Task Empty_sections_are_not_printed_and_the_sections_after_them_move_up()
    {
        // Quảng Công's plan has no Mục đích and no Tổ chức thực hiện: its results are I and its tasks II, nothing empty.
        var quangCong = await DocumentTextAsync("xã Quảng Công", "t.clerk.quangcong");
        Assert.DoesNotContain("Mục đích", quangCong, StringComparison.Ordinal);
        Assert.DoesNotContain("MỤC ĐÍCH, YÊU CẦU", quangCong, StringComparison.Ordinal);
        Assert.DoesNotContain("TỔ CHỨC THỰC HIỆN", quangCong, StringComparison.Ordinal);
        Assert.Contains("I. ĐÁNH GIÁ KẾT QUẢ ĐẠT ĐƯỢC", quangCong, StringComparison.Ordinal);
        Assert.Contains("II. NHIỆM VỤ CỤ THỂ", quangCong, StringComparison.Ordinal);

        // Triệu Trạch's công văn has no numbered section at all.
        var trieuTrach = await DocumentTextAsync("xã Triệu Trạch", "t.chairman.trieutrach");
        Assert.DoesNotContain("MỤC ĐÍCH, YÊU CẦU", trieuTrach, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>", trieuTrach, StringComparison.Ordinal);

        // Sơn Kỳ's seed prints "I. MỤC ĐÍCH, YÊU CẦU / 1. Mục đích" and no results table: no empty "KẾT QUẢ ĐẠT ĐƯỢC".
        var sonKy = await DocumentTextAsync("xã Sơn Kỳ", "t.clerk.sonky");
        Assert.Contains("I. MỤC ĐÍCH, YÊU CẦU", sonKy, StringComparison.Ordinal);
        Assert.Contains("1. Mục đích", sonKy, StringComparison.Ordinal);
        Assert.DoesNotContain("Yêu cầu</h3>", sonKy, StringComparison.Ordinal);
        Assert.DoesNotContain("KẾT QUẢ ĐẠT ĐƯỢC", sonKy, StringComparison.Ordinal);
        Assert.Contains("II. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN", sonKy, StringComparison.Ordinal);
        Assert.Contains("III. TỔ CHỨC THỰC HIỆN", sonKy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CHỦ TỊCH", new[] { "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" }, false)]
    [InlineData("KT. CHỦ TỊCH\r\nPHÓ CHỦ TỊCH", new[] { "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" }, true)]
    public async Task Signer_blocks_of_two_and_three_lines_are_entered_in_the_header_form_and_printed_line_by_line(string title, string[] lines, bool asAbove)
    {
        // A draft's header (Triệu Trạch's công văn is issued).
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Quảng Công");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.quangcong");
        var edit = $"/Plans/EditHeader/{planId}";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "header-form");
        form["Input.SignerTitle"] = title;
        form["Input.Recipients"] = (asAbove ? "Như trên;\n" : string.Empty) + "UBND huyện (b/c);\nLưu: VT.";
        using (var saved = await clerk.SubmitAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var html = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/Plans/Document/{planId}", UriKind.Relative)));
        var signature = Regex.Match(html, @"<td class=""signature"">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        var printed = Regex.Matches(signature, @"<div>([^<]*)</div>").Select(m => m.Groups[1].Value.Trim()).ToArray();
        Assert.Equal(lines, printed);
        var recipients = Regex.Match(html, @"<td class=""recipients"">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        var listed = Regex.Matches(recipients, @"<div>- ([^<]*)</div>").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(asAbove ? ["Như trên;", "UBND huyện (b/c);", "Lưu: VT."] : ["UBND huyện (b/c);", "Lưu: VT."], listed);

        // The form shows the title as typed, line by line, for the next edit.
        var again = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "header-form");
        Assert.Equal(string.Join('\n', lines.Skip(1)), again["Input.SignerTitle"].ReplaceLineEndings("\n").Trim());
    }

    private async Task<string> DocumentTextAsync(string commune, string account)
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, commune);
        using var client = await TestAccounts.SignedInAsync(_factory, account);
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Plans/Document/{planId}", UriKind.Relative)));
    }

    /// <summary>Each page's lines of text, without blank lines, the page number and the verification footer.</summary>
    private static async Task<List<List<string>>> PagesAsync(string file)
    {
        var info = await PdfTools.RunAsync("pdfinfo", file);
        var count = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var pages = new List<List<string>>();
        for (var page = 1; page <= count; page++)
        {
            var n = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = await PdfTools.RunAsync("pdftotext", "-f", n, "-l", n, "-layout", file, "-");
            pages.Add(text.Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.Contains("Mã kiểm tra", StringComparison.Ordinal) && !PageNumberPattern().IsMatch(l))
                .ToList());
        }

        return pages;
    }

    private static string Collapse(string text) => WhitespacePattern().Replace(text, " ").Trim();

    [GeneratedRegex(@"<tr class=""group""><td colspan=""6"">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex GroupRowPattern();

    [GeneratedRegex(@"<h[23][^>]*>(.*?)</h[23]>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"<p class=""body last"">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex LastParagraphPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"(?<=\s)[DỰTHẢO](?=\s)")]
    private static partial Regex WatermarkLetterPattern();
}
