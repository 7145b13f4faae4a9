using System.Diagnostics;
using System.Text;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Signatures;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>The parse budget is far above a real plan: a long plan printed by Chromium is read whole under the defaults.</summary>
public sealed class LongPlanBudgetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_plan_of_over_twenty_pages_in_vietnamese_is_read_under_the_default_budget()
    {
        var html = new StringBuilder("<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Serif';font-size:14pt} p{text-indent:1cm;text-align:justify}</style></head><body>");
        for (var i = 1; i <= 250; i++)
        {
            html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<p>{i}. Tiêu chí thành phần: Tỷ lệ hồ sơ giải quyết đúng hạn; đạt 0,5/2 điểm, bị trừ 1,5 điểm. Nguyên nhân: việc cập nhật, công khai thủ tục hành chính trên Cổng dịch vụ công chưa kịp thời. Nhiệm vụ, giải pháp: rà soát, tham mưu Chủ tịch UBND xã ban hành kế hoạch; Chủ trì thực hiện: Công chức Văn phòng - Thống kê; Phối hợp: Công chức Tư pháp - Hộ tịch.</p>");
        }

        html.Append("</body></html>");
        await using var printer = new ChromiumPdfPrinter(new PdfOptions(), NullLogger<ChromiumPdfPrinter>.Instance);
        var pdf = await printer.PrintAsync(html.ToString());

        var watch = Stopwatch.StartNew();
        var text = PdfText.Read(pdf, PdfParseBudget.Default);
        watch.Stop();

        output.WriteLine($"{pdf.Length} bytes, {text.Pages?.Count} pages, read in {watch.ElapsedMilliseconds} ms");
        Assert.True(text.Refusal is null, text.Refusal);
        Assert.True(text.Pages!.Count >= 20, $"{text.Pages.Count} pages");
        Assert.Contains("Công chức Tư pháp - Hộ tịch", string.Join(" ", text.Pages), StringComparison.Ordinal);
    }
}
