using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Features.Office;

namespace CcHc.IntegrationTests.Office;

/// <summary>
/// The office's .zip carries the issued results reports with the plans and a listing of every commune's state, and is
/// never an empty archive without a word; the office workbook's total is the total the plan prints.
/// </summary>
public sealed class OfficeArchiveTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public OfficeArchiveTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task An_office_without_an_issued_plan_gets_a_listing_that_says_so_and_names_each_communes_state()
    {
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.camxuyen");

        var bytes = await reviewer.GetByteArrayAsync(new Uri("/Office?handler=Zip", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(bytes));

        Assert.True(bytes.Length > 22, "not an empty archive");
        var entry = Assert.Single(zip.Entries);
        Assert.Equal(OfficeDownloads.ListingName, entry.Name);
        var listing = await ReadAsync(entry);
        Assert.Contains("Phòng Nội vụ huyện Cẩm Xuyên", listing, StringComparison.Ordinal);
        Assert.Contains("Số xã: 1; có kế hoạch đã ban hành: 0; có báo cáo kết quả đã ban hành: 0.", listing, StringComparison.Ordinal);
        Assert.Contains(OfficeDownloads.NothingIssued, listing, StringComparison.Ordinal);
        Assert.Contains("1. xã Cẩm Sơn: kết quả thẩm định năm 2023; chưa có kế hoạch khắc phục đã ban hành (kế hoạch hiện tại: Dự thảo, phiên bản 1).", listing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_zip_carries_the_issued_results_report_of_a_plan_with_the_plan_and_the_listing_says_so()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        var before = await ListingAsync(await reviewer.GetByteArrayAsync(new Uri("/Office?handler=Zip", UriKind.Relative)));
        Assert.Contains("1. xã Sơn Kỳ: kế hoạch số 27/KH-UBND đã ban hành (kế hoạch hiện tại: Đã ban hành, phiên bản 1).", before, StringComparison.Ordinal);
        Assert.Contains("Chưa ban hành báo cáo kết quả thực hiện kế hoạch này.", before, StringComparison.Ordinal);

        await IssueReportAsync(planId);
        var bytes = await reviewer.GetByteArrayAsync(new Uri("/Office?handler=Zip", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(bytes));

        var names = zip.Entries.Select(e => e.Name).ToList();
        Assert.Equal(7, names.Count);
        Assert.Contains(names, n => n.StartsWith("Ke-hoach-", StringComparison.Ordinal) && n.EndsWith("-so-27.pdf", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("Ke-hoach-", StringComparison.Ordinal) && n.EndsWith("-so-27.xlsx", StringComparison.Ordinal));
        var reportPdf = Assert.Single(names, n => n.StartsWith("Bao-cao-ket-qua-", StringComparison.Ordinal) && n.EndsWith("-so-5.pdf", StringComparison.Ordinal));
        Assert.Single(names, n => n.StartsWith("Bao-cao-ket-qua-", StringComparison.Ordinal) && n.EndsWith("-so-5.xlsx", StringComparison.Ordinal));
        Assert.Single(names, n => n.StartsWith("Ke-hoach-", StringComparison.Ordinal) && n.EndsWith("-so-27.docx", StringComparison.Ordinal));
        var reportDocx = Assert.Single(names, n => n.StartsWith("Bao-cao-ket-qua-", StringComparison.Ordinal) && n.EndsWith("-so-5.docx", StringComparison.Ordinal));
        var docx = new MemoryStream();
        await zip.Entries.Single(e => e.Name == reportDocx).Open().CopyToAsync(docx);
        Assert.Equal(await reviewer.GetByteArrayAsync(new Uri($"/Reports/Docx/{planId}", UriKind.Relative)), docx.ToArray());

        // The report's files are its frozen files, byte for byte.
        using var pdf = new MemoryStream();
        await zip.Entries.Single(e => e.Name == reportPdf).Open().CopyToAsync(pdf);
        Assert.Equal(await reviewer.GetByteArrayAsync(new Uri($"/Reports/Pdf/{planId}", UriKind.Relative)), pdf.ToArray());

        var listing = await ReadAsync(zip.Entries.Single(e => e.Name == OfficeDownloads.ListingName));
        Assert.Contains("có báo cáo kết quả đã ban hành: 1.", listing, StringComparison.Ordinal);
        Assert.Contains("Báo cáo kết quả số 05/BC-UBND ngày 20/12/2024:", listing, StringComparison.Ordinal);
        Assert.Contains(reportPdf + ": bản PDF của báo cáo kết quả; SHA-256 ", listing, StringComparison.Ordinal);
        Assert.DoesNotContain(OfficeDownloads.NothingIssued, listing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_workbooks_total_is_the_total_the_plan_prints_the_sources_stated_figure()
    {
        using var admin = await TestAccounts.SignedInAsync(_factory, "t.admin");
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Triệu Trạch");

        using var workbook = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync(new Uri("/Office?handler=Xlsx&year=2022", UriKind.Relative))));
        var document = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"/Plans/Document/{planId}", UriKind.Relative)));

        var sheet = workbook.Worksheet(OfficeWorkbook.SheetName);
        var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "xã Triệu Trạch");
        var total = row.Cell(4).GetValue<decimal>();
        Assert.Equal(92.59m, total);
        Assert.Contains($"Chỉ số CCHC năm 2022 của xã Triệu Trạch là {total.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"))} điểm", document, StringComparison.Ordinal);
        Assert.Equal("TẤT CẢ CÁC XÃ (QUẢN TRỊ)", sheet.Cell(1, 1).GetString());
        Assert.StartsWith("Số liệu ngày ", sheet.Cell(4, 1).GetString(), StringComparison.Ordinal);
    }

    private async Task IssueReportAsync(Guid planId)
    {
        var edit = $"/Reports/Edit/{planId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "report-form");
        form["Input.Summary"] = "Năm 2024, UBND xã đã tập trung chỉ đạo khắc phục các tiêu chí bị trừ điểm.";
        using (var saved = await clerk.SubmitAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var issued = await PlanSteps.PostAsync(clerk, $"/Reports/Details/{planId}", "Issue", ("DocumentNumber", "5"), ("IssueDate", "2024-12-20"));
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
    }

    private static async Task<string> ListingAsync(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        return await ReadAsync(zip.Entries.Single(e => e.Name == OfficeDownloads.ListingName));
    }

    private static async Task<string> ReadAsync(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
