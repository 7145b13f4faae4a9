using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CcHc.DemoData;
using CcHc.Domain.Plans;
using CcHc.Domain.Reports;
using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CcHc.IntegrationTests.Reports;

/// <summary>
/// The Sơn Kỳ clerk writes, issues and exports the results report of the issued plan: the PDF in the official layout
/// read back with poppler, the workbook re-opened, the issued files frozen byte for byte even after the tracking moves,
/// and an issued report that neither the page nor a direct database write can change.
/// </summary>
public sealed partial class ResultsReportTests : IClassFixture<CcHcWebApplicationFactory>, IDisposable
{
    private static readonly DateOnly IssueDate = new(2024, 12, 20);
    private readonly CcHcWebApplicationFactory _factory;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cchc-report-{Guid.NewGuid():N}.pdf");

    public ResultsReportTests(CcHcWebApplicationFactory factory) => _factory = factory;

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task The_clerk_creates_edits_and_issues_the_report_and_its_exports_are_frozen()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        var edit = $"/Reports/Edit/{planId}";
        var details = $"/Reports/Details/{planId}";
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.sonky");
        await CompleteFirstTaskAsync(planId);

        // First save with no overall assessment: the draft exists, but the domain refuses to issue it.
        var form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "report-form");
        Assert.Equal(SonKy2023.UnreadableSignerName, form["Input.SignerName"]);
        using (var created = await clerk.SubmitAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        Assert.Equal(ReportStatus.Draft, await DatabaseProbe.QueryAsync(_factory, db => db.ResultsReports.Where(r => r.PlanId == planId).Select(r => r.Status).SingleAsync()));
        using (var refused = await PlanSteps.PostAsync(clerk, details, "Issue", ("DocumentNumber", "5"), ("IssueDate", "2024-12-20")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Cần viết phần đánh giá chung", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        form = HtmlForm.Parse(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)), "report-form");
        form["Input.Summary"] = "Năm 2024, UBND xã đã tập trung chỉ đạo khắc phục các tiêu chí bị trừ điểm; một số nội dung còn chậm.";
        form["Input.Proposals"] = "Đề nghị Phòng Nội vụ huyện tiếp tục hướng dẫn việc số hóa hồ sơ TTHC.";
        using (var saved = await clerk.SubmitAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var draftPage = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains("Số:      /BC-UBND", draftPage, StringComparison.Ordinal);
        var draftHtml = await clerk.GetStringAsync(new Uri($"/Reports/Document/{planId}", UriKind.Relative));
        Assert.Contains("DỰ THẢO", draftHtml, StringComparison.Ordinal);

        using (var issued = await PlanSteps.PostAsync(clerk, details, "Issue", ("DocumentNumber", "5"), ("IssueDate", "2024-12-20")))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        var pdf = await clerk.GetByteArrayAsync(new Uri($"/Reports/Pdf/{planId}", UriKind.Relative));
        var xlsx = await clerk.GetByteArrayAsync(new Uri($"/Reports/Xlsx/{planId}", UriKind.Relative));
        var docx = await clerk.GetByteArrayAsync(new Uri($"/Reports/Docx/{planId}", UriKind.Relative));
        Assert.Equal(docx, await clerk.GetByteArrayAsync(new Uri($"/Reports/Docx/{planId}", UriKind.Relative)));
        Assert.Equal(pdf, await clerk.GetByteArrayAsync(new Uri($"/Reports/Pdf/{planId}", UriKind.Relative)));
        Assert.Equal(xlsx, await clerk.GetByteArrayAsync(new Uri($"/Reports/Xlsx/{planId}", UriKind.Relative)));
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(details, UriKind.Relative)));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(pdf)), page, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(xlsx)), page, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(docx)), page, StringComparison.Ordinal);
        Assert.Equal(3, await DatabaseProbe.QueryAsync(_factory, db => db.IssuedFiles.CountAsync(f => f.PlanId == planId
            && (f.Kind == CcHc.Infrastructure.Exports.IssuedFileKind.ReportPdf || f.Kind == CcHc.Infrastructure.Exports.IssuedFileKind.ReportXlsx
                || f.Kind == CcHc.Infrastructure.Exports.IssuedFileKind.ReportDocx))));
        Assert.True(await DatabaseProbe.QueryAsync(_factory, db => db.AuditEntries.CountAsync(a =>
            a.Action == AuditAction.Download && a.EntityType == "ResultsReport" && a.EntityId == planId.ToString())) >= 4);

        await CheckPdfAsync(planId, pdf);
        CheckWorkbook(xlsx, await DomainSummaryAsync(planId));

        // The tracking moves after the report is issued: the issued files do not.
        await MoveATaskAsync(planId);
        Assert.Equal(pdf, await clerk.GetByteArrayAsync(new Uri($"/Reports/Pdf/{planId}", UriKind.Relative)));
        Assert.Equal(xlsx, await clerk.GetByteArrayAsync(new Uri($"/Reports/Xlsx/{planId}", UriKind.Relative)));
        Assert.Equal(docx, await clerk.GetByteArrayAsync(new Uri($"/Reports/Docx/{planId}", UriKind.Relative)));

        // An issued report cannot be edited: the page refuses, and so does the database.
        var editPage = WebUtility.HtmlDecode(await clerk.GetStringAsync(new Uri(edit, UriKind.Relative)));
        Assert.Contains("Báo cáo đã ban hành", editPage, StringComparison.Ordinal);
        Assert.DoesNotContain("report-form", editPage, StringComparison.Ordinal);
        var stamp = await DatabaseProbe.QueryAsync(_factory, db => db.ResultsReports.Where(r => r.PlanId == planId)
            .Select(r => EF.Property<Guid>(r, CcHcDbContext.ConcurrencyToken)).SingleAsync());
        var token = await clerk.GetAntiforgeryTokenAsync(edit);
        using (var late = await clerk.PostFormWithTokenAsync(edit, token,
        [
            new("ConcurrencyToken", stamp.ToString()),
            new("Input.Summary", "Sửa sau khi ban hành"),
            new("Input.SignerName", "Nguyễn Văn Thử"),
        ]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
            Assert.Contains("Báo cáo đã ban hành nên không thể chỉnh sửa.", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var error = await Assert.ThrowsAnyAsync<Exception>(() => DatabaseProbe.QueryAsync(_factory, db =>
            db.ResultsReports.Where(r => r.PlanId == planId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Summary, "Sửa thẳng trong cơ sở dữ liệu"))));
        Assert.Contains(ImmutabilityTriggers.IssuedReportMessage, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Năm 2024, UBND xã", await DatabaseProbe.QueryAsync(_factory, db => db.ResultsReports.Where(r => r.PlanId == planId).Select(r => r.Summary).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_communes_clerk_gets_404_and_staff_may_read_but_not_edit_or_issue()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAccountsAsync(
                [new AccountSeed("t.staff.sonky", "Công chức Sơn Kỳ (test)", AppRoles.Staff, "xã Sơn Kỳ")], TestAccounts.Password);
        }

        using var foreignClerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");
        using var staff = await TestAccounts.SignedInAsync(_factory, "t.staff.sonky");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");

        foreach (var path in new[] { "Details", "Edit", "Document", "Pdf", "Xlsx" })
        {
            using var response = await foreignClerk.GetAsync(new Uri($"/Reports/{path}/{planId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var token = await foreignClerk.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using (var foreignPost = await foreignClerk.PostFormWithTokenAsync($"/Reports/Edit/{planId}", token, [new("Input.Summary", "x"), new("Input.SignerName", "x")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignPost.StatusCode);
        }

        using (var read = await staff.GetAsync(new Uri($"/Reports/Details/{planId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.DoesNotContain("id=\"edit-report\"", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var editPage = await staff.GetAsync(new Uri($"/Reports/Edit/{planId}", UriKind.Relative)))
        {
            AssertForbidden(editPage);
        }

        var staffToken = await staff.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using (var post = await staff.PostFormWithTokenAsync($"/Reports/Edit/{planId}", staffToken, [new("Input.Summary", "Của công chức chuyên môn"), new("Input.SignerName", "x")]))
        {
            AssertForbidden(post);
        }

        using (var issue = await staff.PostFormWithTokenAsync($"/Reports/Details/{planId}?handler=Issue", staffToken, [new("DocumentNumber", "9"), new("IssueDate", "2024-12-20")]))
        {
            AssertForbidden(issue);
        }

        Assert.False(await DatabaseProbe.QueryAsync(_factory, db => db.ResultsReports.AnyAsync(r => r.PlanId == planId && r.Summary == "Của công chức chuyên môn")));

        // The office's reviewer reads the report and downloads its workbook.
        using var reviewerPage = await reviewer.GetAsync(new Uri($"/Reports/Details/{planId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, reviewerPage.StatusCode);
        Assert.Contains("download-report-pdf", await reviewerPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(await reviewer.GetByteArrayAsync(new Uri($"/Reports/Xlsx/{planId}", UriKind.Relative))));
        Assert.Equal([ReportWorkbook.ResultsSheet, ReportWorkbook.TaskSheet], workbook.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public async Task A_plan_version_not_yet_issued_has_no_report_and_the_pages_say_so()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        using var details = await clerk.GetAsync(new Uri($"/Reports/Details/{planId}", UriKind.Relative));
        using var pdf = await clerk.GetAsync(new Uri($"/Reports/Pdf/{planId}", UriKind.Relative));
        using var xlsx = await clerk.GetAsync(new Uri($"/Reports/Xlsx/{planId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("chưa ban hành", WebUtility.HtmlDecode(await details.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, pdf.StatusCode);
        Assert.Contains("chưa ban hành", WebUtility.HtmlDecode(await pdf.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, xlsx.StatusCode);
        Assert.False(await DatabaseProbe.QueryAsync(_factory, db => db.ResultsReports.AnyAsync(r => r.PlanId == planId)));
    }

    private async Task CheckPdfAsync(Guid planId, byte[] pdf)
    {
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        await File.WriteAllBytesAsync(_file, pdf);
        var info = await PdfTools.RunAsync("pdfinfo", _file);
        Assert.Matches(@"Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)", info);

        var text = await PdfTools.RunAsync("pdftotext", "-layout", _file, "-");
        string[] inOrder =
        [
            "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/BC-UBND", "Sơn Kỳ, ngày 20 tháng 12 năm 2024", "BÁO CÁO",
            "Kết quả thực hiện Kế hoạch khắc phục", "I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "III. NHỮNG NỘI DUNG CÒN NGUY CƠ BỊ TRỪ ĐIỂM",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT", "./.", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", SonKy2023.UnreadableSignerName,
        ];
        var position = 0;
        foreach (var part in inOrder)
        {
            var next = text.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(next >= 0, $"\"{part}\" missing or out of order in the PDF text");
            position = next;
        }

        var flat = Spaces().Replace(await PdfTools.RunAsync("pdftotext", "-raw", _file, "-"), " ");
        var headings = await DatabaseProbe.QueryAsync(_factory, db => db.PlanItems.Where(i => i.PlanId == planId).OrderBy(i => i.Order).Select(i => i.Heading).ToListAsync());
        Assert.True(headings.Count > 10, $"{headings.Count} items");
        Assert.All(headings, h => Assert.Contains(Spaces().Replace(h, " "), flat, StringComparison.Ordinal));
        Assert.Contains("Ngày 10/12/2024: " + FirstTaskResult, flat, StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ THẢO", flat, StringComparison.Ordinal);
        var code = await DatabaseProbe.QueryAsync(_factory, db => db.IssuedFiles
            .Where(f => f.PlanId == planId && f.Kind == CcHc.Infrastructure.Exports.IssuedFileKind.ReportPdf).Select(f => f.VerificationCode).SingleAsync());
        Assert.Contains($"Mã kiểm tra: {code}", text, StringComparison.Ordinal);

        // Page numbers from page 2 only.
        var second = (await PdfTools.RunAsync("pdftotext", "-f", "2", "-l", "2", "-layout", _file, "-")).Split('\n').First(l => l.Trim().Length > 0).Trim();
        Assert.Equal("2", second);
        await PdfTools.RunAsync("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", _file, Path.Combine(PdfTools.ArtifactsDirectory("pdf"), "son-ky-report"));
    }

    private static void CheckWorkbook(byte[] xlsx, ResultsSummary expected)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Equal([ReportWorkbook.ResultsSheet, ReportWorkbook.TaskSheet], workbook.Worksheets.Select(w => w.Name));
        var results = workbook.Worksheet(ReportWorkbook.ResultsSheet);
        Assert.Equal(SheetLayout.HeaderRow, results.SheetView.SplitRow);
        Assert.Equal(XLPageOrientation.Landscape, results.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, results.PageSetup.PaperSize);
        Assert.Equal(expected.Items[0].Heading, results.Cell(SheetLayout.FirstDataRow, 2).GetString());
        Assert.Equal(XLDataType.Number, results.Cell(SheetLayout.FirstDataRow, 1).DataType);
        Assert.Equal(XLDataType.Number, results.Cell(SheetLayout.FirstDataRow, 5).DataType);
        Assert.Equal(expected.Items[0].Tasks.Count, results.Cell(SheetLayout.FirstDataRow, 5).GetDouble());
        Assert.Equal("Hoàn thành", results.Cell(SheetLayout.FirstDataRow, 8).GetString());
        Assert.Contains("10/12/2024: " + FirstTaskResult, results.Cell(SheetLayout.FirstDataRow, 9).GetString(), StringComparison.Ordinal);

        var total = results.RowsUsed().Single(r => r.Cell(2).GetString() == "Tổng cộng");
        Assert.Equal(expected.TasksTotal, total.Cell(5).GetDouble());
        Assert.Equal(expected.TasksDone, total.Cell(6).GetDouble());
        Assert.Equal(expected.TasksOverdue, total.Cell(7).GetDouble());

        double Figure(string label)
        {
            var cell = results.RowsUsed().Single(r => r.Cell(2).GetString() == label).Cell(4);
            Assert.Equal(XLDataType.Number, cell.DataType);
            return cell.GetDouble();
        }

        Assert.Equal(expected.ItemsDone, Figure(ReportWorkbook.ItemsDoneLabel));
        Assert.Equal(expected.ItemsInProgress, Figure(ReportWorkbook.ItemsInProgressLabel));
        Assert.Equal(expected.ItemsNotStarted, Figure(ReportWorkbook.ItemsNotStartedLabel));
        Assert.Equal(expected.TasksOverdue, Figure(ReportWorkbook.TasksOverdueLabel));
        Assert.Equal((double)expected.PointsAtRisk, Figure(ReportWorkbook.PointsAtRiskLabel), 2);
        Assert.Equal(expected.UnknownDeductions, Figure(ReportWorkbook.UnknownDeductionsLabel));
        Assert.True(expected.ItemsDone + expected.ItemsInProgress > 0, "the demo's tracking moved some items");
        var asOf = results.RowsUsed().Single(r => r.Cell(2).GetString() == ReportWorkbook.AsOfLabel).Cell(4);
        Assert.Equal(XLDataType.DateTime, asOf.DataType);
        Assert.Equal(IssueDate.ToDateTime(TimeOnly.MinValue), asOf.GetDateTime());

        var tasks = workbook.Worksheet(ReportWorkbook.TaskSheet);
        Assert.Equal(expected.TasksTotal, tasks.RowsUsed().Count(r => r.RowNumber() > SheetLayout.HeaderRow));
        Assert.Equal(XLDataType.DateTime, tasks.Cell(SheetLayout.FirstDataRow, 6).DataType);
        Assert.Equal(expected.TasksOverdue, tasks.RowsUsed().Where(r => r.RowNumber() > SheetLayout.HeaderRow).Count(r => r.Cell(9).GetString() == "Có"));

        // The title block of the issued report, and the total row's sums as formulas.
        Assert.Equal("ỦY BAN NHÂN DÂN XÃ SƠN KỲ", results.Cell(1, 1).GetString());
        Assert.StartsWith("BÁO CÁO Kết quả thực hiện Kế hoạch khắc phục", results.Cell(2, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal("Số: 05/BC-UBND, ngày 20/12/2024", results.Cell(4, 1).GetString());
        Assert.Equal("SUM(E7:E" + (total.RowNumber() - 1) + ")", total.Cell(5).FormulaA1);
    }

    /// <summary>The domain's figures of the issued report, computed straight from the database.</summary>
    private Task<ResultsSummary> DomainSummaryAsync(Guid planId) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == planId);
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Scores).SingleAsync(a => a.Id == plan.AssessmentId);
        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleAsync(s => s.Id == assessment.CriteriaSetId);
        var notes = await db.TaskNotes.AsNoTracking().Where(n => n.PlanId == planId).ToListAsync();
        var files = await db.EvidenceFiles.AsNoTracking().Where(f => f.PlanId == planId).ToListAsync();
        return ResultsSummary.Build(plan, assessment.Evaluate(set), notes, files, IssueDate);
    });

    private const string FirstTaskResult = "Đã kiểm tra 3/7 bộ phận chuyên môn, có thông báo kết luận (kiểm thử báo cáo).";

    /// <summary>The lead of the first item reports its (only) task done, as the task page does.</summary>
    private Task<int> CompleteFirstTaskAsync(Guid planId) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == planId);
        var first = plan.Items[0];
        Assert.Single(first.Tasks);
        var day = new DateOnly(2024, 12, 10);
        db.TaskNotes.Add(TaskNote.ByLead(plan, first.Tasks[0].Id, new Actor("t.clerk.sonky", "Công chức Sơn Kỳ (test)"), day, day, TaskProgress.Done,
            FirstTaskResult, new DateTimeOffset(2024, 12, 10, 16, 0, 0, TimeSpan.FromHours(7))));
        return await db.SaveChangesAsync();
    });

    /// <summary>A lead reports a task done after the report was issued, through the domain as the task page does.</summary>
    private Task<int> MoveATaskAsync(Guid planId) => DatabaseProbe.QueryAsync(_factory, async db =>
    {
        var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery().SingleAsync(p => p.Id == planId);
        var task = plan.Items.SelectMany(i => i.Tasks).First(t => t.Progress != TaskProgress.Done);
        var today = new DateOnly(2024, 12, 28);
        db.TaskNotes.Add(TaskNote.ByLead(plan, task.Id, new Actor("t.clerk.sonky", "Công chức Sơn Kỳ (test)"), today, today, TaskProgress.Done,
            "Hoàn thành sau khi báo cáo đã ban hành.", new DateTimeOffset(2024, 12, 28, 9, 0, 0, TimeSpan.FromHours(7))));
        return await db.SaveChangesAsync();
    });

    /// <summary>Forbidden: the cookie scheme answers a signed-in user's 403 with the access-denied page.</summary>
    private static void AssertForbidden(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true),
            $"expected 403, got {(int)response.StatusCode} {response.Headers.Location}");

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
