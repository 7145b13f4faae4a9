using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Reports;

/// <summary>
/// Periodic progress reports (issue 18) of Sơn Kỳ's issued plan (2024), end to end through the pages: the clerk
/// writes and issues the report of a quarter; its figures are cut off at the quarter's end (a note dated after it is
/// not in the report; evidence withdrawn after the cut-off is still listed, before it not); the PDF is read back with
/// poppler, the workbook re-opened, the Word file validated; the issued files are frozen byte for byte; another commune
/// gets 404, the office reads issued reports only and sees who has reported.
/// </summary>
public sealed partial class ProgressReportTests : IClassFixture<CcHcWebApplicationFactory>, IDisposable
{
    private const string InPeriodNote = "Đã rà soát quy chế làm việc tại 4/7 bộ phận (kiểm thử báo cáo định kỳ).";
    private const string AfterPeriodNote = "Hoàn thành sau khi hết quý (không thuộc kỳ báo cáo).";
    private readonly CcHcWebApplicationFactory _factory;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cchc-progress-{Guid.NewGuid():N}.pdf");

    public ProgressReportTests(CcHcWebApplicationFactory factory) => _factory = factory;

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task The_clerk_writes_and_issues_a_quarter_report_cut_off_at_its_end_and_its_files_are_frozen()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        const string period = "2024-Q2";
        var details = $"/ProgressReports/Details/{planId}/{period}";
        var edit = $"/ProgressReports/Edit/{planId}/{period}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        await TrackAroundTheCutOffAsync(planId);

        // The list of periods: the quarter is due and not reported; the office does not see it reported.
        var list = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/ProgressReports/Index/{planId}", UriKind.Relative)));
        Assert.Contains($"data-period=\"{period}\" data-status=\"None\"", list, StringComparison.Ordinal);
        Assert.Contains("Quý II năm 2024", list, StringComparison.Ordinal);
        Assert.Contains("data-reported=\"false\"", OfficeRow(await reviewer.GetStringAsync(new Uri($"/Office/ProgressReports?period={period}", UriKind.Relative)), "Sơn Kỳ"), StringComparison.Ordinal);

        // The draft: written on the edit page, previewed with DỰ THẢO.
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "progress-form");
        form["Input.Summary"] = "Quý II năm 2024, UBND xã tiếp tục chỉ đạo thực hiện kế hoạch; một số nhiệm vụ còn chậm.";
        form["Input.NextFocus"] = "Hoàn thành rà soát quy chế làm việc tại các bộ phận còn lại.";
        form["Input.Proposals"] = "Đề nghị Phòng Nội vụ huyện hướng dẫn số hóa hồ sơ TTHC.";
        using (var saved = await clerk.SubmitAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(ReportStatus.Draft, await DatabaseProbe.QueryAsync(_factory, db => db.ProgressReports
            .Where(r => r.PlanId == planId && r.PeriodKind == PeriodKind.Quarter && r.PeriodYear == 2024 && r.PeriodIndex == 2).Select(r => r.Status).SingleAsync()));
        var draft = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/ProgressReports/Document/{planId}/{period}", UriKind.Relative)));
        Assert.Contains("DỰ THẢO", draft, StringComparison.Ordinal);
        Assert.Contains("Quý II năm 2024", draft, StringComparison.Ordinal);

        // Cut-off: the note of the quarter is in, the note after it is not; evidence withdrawn after the cut-off is
        // listed, withdrawn before it or uploaded after it is not.
        Assert.Contains(InPeriodNote, draft, StringComparison.Ordinal);
        Assert.DoesNotContain(AfterPeriodNote, draft, StringComparison.Ordinal);
        Assert.Contains("rut-sau-ky.pdf", draft, StringComparison.Ordinal);
        Assert.Contains("bien-ban-q2.pdf", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("rut-trong-ky.pdf", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("nop-sau-ky.pdf", draft, StringComparison.Ordinal);

        // The office does not see a draft.
        using (var hidden = await reviewer.GetAsync(new Uri(details, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var early = await PlanSteps.PostAsync(clerk, details, "Issue", ("DocumentNumber", "7"), ("IssueDate", "2024-06-30")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
            Assert.Contains("Ngày ban hành phải sau ngày kết thúc kỳ báo cáo (30/06/2024).", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var issued = await PlanSteps.PostAsync(clerk, details, "Issue", ("DocumentNumber", "7"), ("IssueDate", "2024-07-10")))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        var pdf = await clerk.GetByteArrayAsync(new Uri($"/ProgressReports/File/{planId}/{period}/pdf", UriKind.Relative));
        var xlsx = await clerk.GetByteArrayAsync(new Uri($"/ProgressReports/File/{planId}/{period}/xlsx", UriKind.Relative));
        var docx = await clerk.GetByteArrayAsync(new Uri($"/ProgressReports/File/{planId}/{period}/docx", UriKind.Relative));
        Assert.Equal(3, await DatabaseProbe.QueryAsync(_factory, db => db.ProgressReportFiles.CountAsync(f => f.PlanId == planId)));
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        foreach (var bytes in new[] { pdf, xlsx, docx })
        {
            Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(bytes)), page, StringComparison.Ordinal);
        }

        await CheckPdfAsync(pdf);
        CheckWorkbook(xlsx);
        CheckDocx(docx);

        // The tracking moves after the issue: the issued files do not.
        await DatabaseProbe.QueryAsync(_factory, async db =>
        {
            var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == planId);
            var task = plan.Items.SelectMany(i => i.Tasks).Last(t => t.Progress != TaskProgress.Done);
            var day = new DateOnly(2024, 6, 20);
            db.TaskNotes.Add(TaskNote.ByLead(plan, task.Id, new Actor("t.clerk.sonky", "Công chức Sơn Kỳ (test)"), day, day, TaskProgress.Done,
                "Ghi muộn sau khi báo cáo đã ban hành.", DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(pdf, await clerk.GetByteArrayAsync(new Uri($"/ProgressReports/File/{planId}/{period}/pdf", UriKind.Relative)));
        Assert.Equal(xlsx, await clerk.GetByteArrayAsync(new Uri($"/ProgressReports/File/{planId}/{period}/xlsx", UriKind.Relative)));
        Assert.Equal(docx, await reviewer.GetByteArrayAsync(new Uri($"/ProgressReports/File/{planId}/{period}/docx", UriKind.Relative)));
        Assert.True(await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Download && a.EntityType == "ProgressReport")) >= 6);

        // Issued means frozen: the edit page refuses, so does the database.
        Assert.Contains("Báo cáo đã ban hành", WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative))), StringComparison.Ordinal);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => DatabaseProbe.QueryAsync(_factory, db =>
            db.ProgressReports.Where(r => r.PlanId == planId && r.Status == ReportStatus.Issued).ExecuteUpdateAsync(s => s.SetProperty(r => r.Summary, "Sửa thẳng"))));
        Assert.Contains(ImmutabilityTriggers.IssuedReportMessage, error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<Exception>(() => DatabaseProbe.QueryAsync(_factory, db =>
            db.ProgressReportFiles.Where(f => f.PlanId == planId).ExecuteDeleteAsync()));

        // The office now sees Sơn Kỳ reported for the quarter, with the number, the date and the PDF.
        var office = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri($"/Office/ProgressReports?period={period}", UriKind.Relative)));
        var row = OfficeRow(office, "Sơn Kỳ");
        Assert.Contains("data-reported=\"true\"", row, StringComparison.Ordinal);
        Assert.Contains("Số: 07/BC-UBND, ngày 10/07/2024", row, StringComparison.Ordinal);
        Assert.Contains($"/ProgressReports/File/{planId}/{period}/pdf", row, StringComparison.Ordinal);
        var counts = Regex.Match(office, "<p id=\"reporting-counts\"><strong>(\\d+)</strong>/(\\d+)");
        Assert.True(counts.Success);
        Assert.Equal(1, int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("data-reported=\"false\"", OfficeRow(await reviewer.GetStringAsync(new Uri("/Office/ProgressReports?period=2024-Q3", UriKind.Relative)), "Sơn Kỳ"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_commune_gets_404_staff_read_without_editing_and_the_office_reads_issued_reports_only()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        const string period = "2024-Q3";
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
                [new AccountSeed("t.staff.sonky", "Công chức Sơn Kỳ (test)", AppRoles.Staff, "xã Sơn Kỳ")], TestAccounts.Password);
        }

        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        using var foreignClerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var staff = await TestAccounts.SignedInAsync(_factory, "t.staff.sonky");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        var edit = $"/ProgressReports/Edit/{planId}/{period}";
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "progress-form");
        form["Input.Summary"] = "Dự thảo quý III.";
        using (var saved = await clerk.SubmitAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        foreach (var path in new[] { $"Index/{planId}", $"Details/{planId}/{period}", $"Edit/{planId}/{period}", $"File/{planId}/{period}/pdf", $"File/{planId}/{period}/xlsx" })
        {
            using var response = await foreignClerk.GetAsync(new Uri($"/ProgressReports/{path}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var token = await foreignClerk.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using (var foreignPost = await foreignClerk.PostFormWithTokenAsync(edit, token, [new("Input.Summary", "Của xã khác"), new("Input.SignerName", "x")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignPost.StatusCode);
        }

        // Staff of the commune read the draft but neither edit nor issue it.
        var staffPage = await staff.GetStringAsync(new Uri($"/ProgressReports/Details/{planId}/{period}", UriKind.Relative));
        Assert.Contains("Dự thảo quý III.", WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri($"/ProgressReports/Document/{planId}/{period}", UriKind.Relative))), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"edit-progress\"", staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"issue-progress\"", staffPage, StringComparison.Ordinal);
        var staffToken = await staff.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using (var post = await staff.PostFormWithTokenAsync(edit, staffToken, [new("Input.Summary", "Của công chức chuyên môn"), new("Input.SignerName", "x")]))
        {
            Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{(int)post.StatusCode}");
        }

        Assert.False(await DatabaseProbe.QueryAsync(_factory, db => db.ProgressReports.AnyAsync(r => r.Summary == "Của công chức chuyên môn" || r.Summary == "Của xã khác")));

        // The office: the draft is not found and the list shows the period as not reported.
        foreach (var path in new[] { $"Details/{planId}/{period}", $"Document/{planId}/{period}", $"File/{planId}/{period}/pdf" })
        {
            using var response = await reviewer.GetAsync(new Uri($"/ProgressReports/{path}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var officeList = await reviewer.GetStringAsync(new Uri($"/ProgressReports/Index/{planId}", UriKind.Relative));
        Assert.Contains($"data-period=\"{period}\" data-status=\"None\"", officeList, StringComparison.Ordinal);
        var clerkList = await clerk.GetStringAsync(new Uri($"/ProgressReports/Index/{planId}", UriKind.Relative));
        Assert.Contains($"data-period=\"{period}\" data-status=\"Draft\"", clerkList, StringComparison.Ordinal);

        // A period that is not a period is not found; one outside the plan's years says so, and cannot be saved.
        using var wrong = await clerk.GetAsync(new Uri($"/ProgressReports/Details/{planId}/2024-Q7", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Contains("Kỳ báo cáo quý I năm 2030 nằm ngoài thời gian thực hiện kế hoạch",
            WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri($"/ProgressReports/Details/{planId}/2030-Q1", UriKind.Relative))), StringComparison.Ordinal);
        using var outsideFile = await clerk.GetAsync(new Uri($"/ProgressReports/File/{planId}/2030-Q1/pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, outsideFile.StatusCode);
        var clerkToken = await clerk.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using (var outsidePost = await clerk.PostFormWithTokenAsync($"/ProgressReports/Edit/{planId}/2030-Q1", clerkToken, [new("Input.Summary", "Ngoài kỳ"), new("Input.SignerName", "x")]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, outsidePost.StatusCode);
        }

        Assert.False(await DatabaseProbe.QueryAsync(_factory, db => db.ProgressReports.AnyAsync(r => r.PeriodYear == 2030)));
    }

    /// <summary>
    /// Sơn Kỳ's first task gets a lead note inside the quarter (in progress) and one after it (done); evidence is
    /// uploaded in the quarter and withdrawn after the cut-off, uploaded and withdrawn inside it, and uploaded after it.
    /// </summary>
    private Task<int> TrackAroundTheCutOffAsync(Guid planId) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == planId);
        var task = plan.Items.SelectMany(i => i.Tasks).First(t => t.Progress == TaskProgress.NotStarted);
        var lead = new Actor("t.clerk.sonky", "Công chức Sơn Kỳ (test)");
        var vn = TimeSpan.FromHours(7);
        var may = new DateOnly(2024, 5, 20);
        var july = new DateOnly(2024, 7, 2);
        db.TaskNotes.Add(TaskNote.ByLead(plan, task.Id, lead, may, may, TaskProgress.InProgress, InPeriodNote, new DateTimeOffset(2024, 5, 20, 16, 0, 0, vn)));
        db.TaskNotes.Add(TaskNote.ByLead(plan, task.Id, lead, july, july, TaskProgress.Done, AfterPeriodNote, new DateTimeOffset(2024, 7, 2, 16, 0, 0, vn)));
        EvidenceFile File(string name, DateTimeOffset at) => new(plan.Id, task.Id, null, name, EvidenceType.Pdf, 1000, new string('b', 64), lead, at);
        var kept = File("bien-ban-q2.pdf", new DateTimeOffset(2024, 6, 30, 23, 0, 0, vn));
        var withdrawnAfter = File("rut-sau-ky.pdf", new DateTimeOffset(2024, 6, 10, 9, 0, 0, vn));
        var withdrawnBefore = File("rut-trong-ky.pdf", new DateTimeOffset(2024, 6, 11, 9, 0, 0, vn));
        var late = File("nop-sau-ky.pdf", new DateTimeOffset(2024, 7, 1, 0, 0, 0, vn));
        db.EvidenceFiles.AddRange(kept, withdrawnAfter, withdrawnBefore, late);
        db.EvidenceWithdrawals.Add(new EvidenceWithdrawal(withdrawnAfter, lead, "Tải nhầm tệp.", new DateTimeOffset(2024, 7, 5, 8, 0, 0, vn)));
        db.EvidenceWithdrawals.Add(new EvidenceWithdrawal(withdrawnBefore, lead, "Tải nhầm tệp.", new DateTimeOffset(2024, 6, 20, 8, 0, 0, vn)));
        return await db.SaveChangesAsync();
    });

    private async Task CheckPdfAsync(byte[] pdf)
    {
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        await File.WriteAllBytesAsync(_file, pdf);
        var text = await PdfTools.RunAsync("pdftotext", "-layout", _file, "-");
        string[] inOrder =
        [
            "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 07/BC-UBND", "Sơn Kỳ, ngày 10 tháng 7 năm 2024", "BÁO CÁO",
            "Tình hình thực hiện", "I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "III. NHỮNG NHIỆM VỤ CÓ NGUY CƠ CHẬM, QUÁ HẠN",
            "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "V. KIẾN NGHỊ, ĐỀ XUẤT", "./.", "Nơi nhận:",
        ];
        var position = 0;
        foreach (var part in inOrder)
        {
            var next = text.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(next >= 0, $"\"{part}\" missing or out of order in the PDF text");
            position = next;
        }

        var flat = Spaces().Replace(await PdfTools.RunAsync("pdftotext", "-raw", _file, "-"), " ");
        Assert.Contains("Quý II năm 2024", flat, StringComparison.Ordinal);
        Assert.Contains("Ngày 20/05/2024: " + InPeriodNote, flat, StringComparison.Ordinal);
        Assert.DoesNotContain(AfterPeriodNote, flat, StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ THẢO", flat, StringComparison.Ordinal);
        var code = await DatabaseProbe.QueryAsync(_factory, db => db.ProgressReportFiles.Where(f => f.Kind == CcHc.Infrastructure.Exports.IssuedFileKind.ReportPdf)
            .Select(f => f.VerificationCode).FirstAsync());
        Assert.Contains($"Mã kiểm tra: {code}", text, StringComparison.Ordinal);
    }

    private static void CheckWorkbook(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(ProgressWorkbook.Sheet);
        Assert.Equal("ỦY BAN NHÂN DÂN XÃ SƠN KỲ", sheet.Cell(1, 1).GetString());
        Assert.StartsWith("BÁO CÁO Tình hình thực hiện", sheet.Cell(2, 1).GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Quý II năm 2024", sheet.Cell(2, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal("Số: 07/BC-UBND, ngày 10/07/2024", sheet.Cell(4, 1).GetString());
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() >= SheetLayout.FirstDataRow).ToList();
        var noted = rows.Single(r => r.Cell(8).GetString().Contains(InPeriodNote, StringComparison.Ordinal));
        Assert.Equal("Đang thực hiện", noted.Cell(6).GetString());
        var evidence = noted.Cell(9).GetString();
        Assert.Contains("bien-ban-q2.pdf", evidence, StringComparison.Ordinal);
        Assert.Contains("rut-sau-ky.pdf", evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("rut-trong-ky.pdf", evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("nop-sau-ky.pdf", evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Cell(8).GetString().Contains(AfterPeriodNote, StringComparison.Ordinal));
        var inProgress = rows.Single(r => r.Cell(3).GetString() == ProgressWorkbook.TasksInProgressLabel).Cell(4);
        Assert.Equal(XLDataType.Number, inProgress.DataType);
        Assert.True(inProgress.GetDouble() >= 1);
        var cutOff = rows.Single(r => r.Cell(3).GetString() == ProgressWorkbook.CutOffLabel).Cell(4);
        Assert.Equal(new DateTime(2024, 6, 30), cutOff.GetDateTime());
    }

    private static void CheckDocx(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(10)));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Quý II năm 2024", text, StringComparison.Ordinal);
        Assert.Contains(InPeriodNote, text, StringComparison.Ordinal);
        Assert.Contains("NHIỆM VỤ TRỌNG TÂM KỲ TỚI", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AfterPeriodNote, text, StringComparison.Ordinal);
    }

    /// <summary>The office page's row of a commune.</summary>
    private static string OfficeRow(string page, string commune)
    {
        var html = WebUtility.HtmlDecode(page);
        var at = html.IndexOf($"<td>xã {commune}</td>", StringComparison.Ordinal);
        Assert.True(at > 0, $"no row for {commune}");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
