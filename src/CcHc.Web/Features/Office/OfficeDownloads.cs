using System.Globalization;
using System.IO.Compression;
using System.Text;
using CcHc.Domain.Common;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Signatures;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Features.Plans;
using CcHc.Web.Printing;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Office;

/// <summary>
/// The office's downloads, audited: its table as .xlsx in the order the page shows it, and every issued plan (the latest
/// issued version of each commune) as a .zip of its official PDF (<see cref="OfficialFile"/>) and its frozen XLSX and
/// .docx, with the issued results report of that version (its frozen PDF, XLSX and .docx) where there is one, and a listing of every
/// commune's state — so an office with nothing issued yet gets a listing that says so, never an empty archive.
/// </summary>
public sealed class OfficeDownloads(
    CcHcDbContext db, OfficeQuery query, PlanExports exports, ReportExports reportExports, PlanPdfSigner signer, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The .zip's list of its files and of every commune's state, with each PDF's state (a "Chưa xác định" signed copy is named, not included).</summary>
    public const string ListingName = "Danh-sach.txt";

    /// <summary>What the listing says when no commune of the office has an issued plan.</summary>
    public const string NothingIssued = "Chưa có xã nào có kế hoạch khắc phục đã ban hành: tệp nén chỉ có danh sách này.";

    public Task<ExportFile> WorkbookAsync(string sortKey, bool descending, CancellationToken cancellationToken) =>
        WorkbookAsync(sortKey, descending, OfficeFilter.All, cancellationToken);

    /// <summary>The table as the page shows it with the same filters (year, group, state, kind).</summary>
    public async Task<ExportFile> WorkbookAsync(string sortKey, bool descending, OfficeFilter filter, CancellationToken cancellationToken)
    {
        var overview = await query.LoadAsync(sortKey, descending, filter, cancellationToken);
        var rows = overview.Rows;
        var today = VietnamTime.Today(clock);
        var bytes = OfficeWorkbook.Build(
            new WorkbookTitle(
                (await OfficeNameAsync(cancellationToken)).ToUpper(VietnameseNumbers.Culture),
                "BẢNG THEO DÕI CHỈ SỐ CẢI CÁCH HÀNH CHÍNH VÀ KẾ HOẠCH KHẮC PHỤC CỦA CÁC XÃ",
                $"Số liệu ngày {VietnameseNumbers.Date(today)}" + (overview.Year is { } year ? $" — kết quả năm {year}" : string.Empty) + FilterNote(filter)),
            rows.Select(r => new OfficeWorkbook.Row(
                r.Commune, r.Year, r.Total, r.Rank, r.Classification, r.Deduction,
                r.Status is { } status ? PlanWorkflow.StatusLabel(status) : null,
                r.Version, r.Tasks?.Total, r.Tasks?.PercentDone, r.Tasks?.Overdue,
                r.Kind is { } kind ? PlanKinds.Label(kind) : null)).ToList());
        return await AuditedAsync(new ExportFile(bytes, $"Cac-xa-theo-doi-{today:yyyy-MM-dd}.xlsx", SpreadsheetWorkbooks.ContentType, null), cancellationToken);
    }

    /// <summary>The filters other than the year, as the workbook's subtitle says them.</summary>
    private static string FilterNote(OfficeFilter filter)
    {
        var parts = new List<string>();
        if (filter.Group is { } group)
        {
            parts.Add(CcHc.Domain.Communes.CommuneGroups.Label(group).ToLower(VietnameseNumbers.Culture));
        }

        if (filter.State is { } state)
        {
            parts.Add(OverviewPlanStates.Label(state).ToLower(VietnameseNumbers.Culture));
        }

        if (filter.Kind is { } kind)
        {
            parts.Add(PlanKinds.Label(kind).ToLower(VietnameseNumbers.Culture));
        }

        return parts.Count == 0 ? string.Empty : " — lọc: " + string.Join(", ", parts);
    }

    /// <summary>Done with the .zip; Invalid with the reason when a PDF still to be printed cannot be (the page answers 503).</summary>
    public Task<CommandResult<ExportFile>> ZipAsync(string sortKey, bool descending, CancellationToken cancellationToken) =>
        ZipAsync(sortKey, descending, OfficeFilter.All, cancellationToken);

    /// <summary>The .zip of the communes the filters show.</summary>
    public async Task<CommandResult<ExportFile>> ZipAsync(string sortKey, bool descending, OfficeFilter filter, CancellationToken cancellationToken)
    {
        var overview = await query.LoadAsync(sortKey, descending, filter, cancellationToken);
        using var buffer = new MemoryStream();
        try
        {
            var issuedRows = overview.Rows.Where(r => r.IssuedPlanId is not null).ToList();
            var planIds = issuedRows.Select(r => r.IssuedPlanId!.Value).ToList();
            var files = await IssuedFilesAsync(planIds, cancellationToken);
            var reports = await IssuedReportsAsync(planIds, cancellationToken);
            var heading = $"{await OfficeNameAsync(cancellationToken)} — ngày {VietnameseNumbers.Date(VietnamTime.Today(clock))}";
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files.Concat(reports.Values.SelectMany(r => r.Files)))
                {
                    await AddEntryAsync(zip, file.FileName, file.Content, cancellationToken);
                }

                var listing = Listing(heading, overview.Rows, files, reports, overview.UndeterminedPlanIds);
                await AddEntryAsync(zip, ListingName, Encoding.UTF8.GetBytes(listing), cancellationToken);
            }
        }
        catch (PdfUnavailableException ex)
        {
            return CommandResult.Invalid(FieldError.ForForm(ex.Message)).As<ExportFile>();
        }

        return CommandResult.Done(await AuditedAsync(new ExportFile(buffer.ToArray(), "Ke-hoach-da-ban-hanh.zip", "application/zip", null), cancellationToken));
    }

    private async Task<ExportFile> AuditedAsync(ExportFile file, CancellationToken cancellationToken)
    {
        await audit.WriteAsync(AuditAction.Download, "Office", db.Scope.OfficeId?.ToString(), null, file.FileName, cancellationToken);
        return file;
    }

    private static async Task AddEntryAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }

    /// <summary>
    /// Every commune of the office in the page's order with its state (no assessment, the current plan's status, the
    /// issued plan and its results report), and under each issued plan the files of the archive with their SHA-256.
    /// </summary>
    private static string Listing(
        string heading, IReadOnlyList<OfficeRow> rows, List<ExportFile> files, IReadOnlyDictionary<Guid, IssuedReport> reports, IReadOnlySet<Guid> undetermined)
    {
        var text = new StringBuilder();
        text.AppendLine("Kế hoạch khắc phục và báo cáo kết quả đã ban hành — danh sách tệp và tình trạng các xã");
        text.AppendLine(heading);
        text.AppendLine();
        var issuedCount = rows.Count(r => r.IssuedPlanId is not null);
        text.AppendLine(CultureInfo.InvariantCulture, $"Số xã: {rows.Count}; có kế hoạch đã ban hành: {issuedCount}; có báo cáo kết quả đã ban hành: {reports.Count}.");
        if (issuedCount == 0)
        {
            text.AppendLine(NothingIssued);
        }

        text.AppendLine();
        var pair = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {row.Commune}: {State(row)}");
            if (row.IssuedUnderName is { } issuedUnder)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   (ban hành với tên {issuedUnder})");
            }

            if (row.IssuedPlanId is not { } planId)
            {
                continue;
            }

            var (pdf, xlsx, docx) = (files[3 * pair], files[(3 * pair) + 1], files[(3 * pair) + 2]);
            pair++;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"   {pdf.FileName}: {(pdf.IsSigned ? "bản ký số Hợp lệ (bản chính thức)" : "bản PDF CcHc xuất khi ban hành, chưa có bản ký số Hợp lệ")}; SHA-256 {pdf.Sha256}");
            text.AppendLine(CultureInfo.InvariantCulture, $"   {xlsx.FileName}: bảng tính của kế hoạch; SHA-256 {xlsx.Sha256}");
            text.AppendLine(CultureInfo.InvariantCulture, $"   {docx.FileName}: bản Word của kế hoạch; SHA-256 {docx.Sha256}");
            if (undetermined.Contains(planId))
            {
                text.AppendLine("   Có bản ký số mới hơn với kết quả Chưa xác định (chứng thư không dẫn tới chứng thư gốc tin cậy): không kèm trong tệp nén, không phải bản chính thức; xem trên trang Bản ký số của kế hoạch.");
            }

            if (reports.TryGetValue(planId, out var report))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   Báo cáo kết quả {report.Label}:");
                foreach (var file in report.Files)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"   {file.FileName}: {(file.FileName.EndsWith(".pdf", StringComparison.Ordinal) ? "bản PDF" : file.FileName.EndsWith(".docx", StringComparison.Ordinal) ? "bản Word" : "bảng tính")} của báo cáo kết quả; SHA-256 {file.Sha256}");
                }
            }
            else
            {
                text.AppendLine("   Chưa ban hành báo cáo kết quả thực hiện kế hoạch này.");
            }
        }

        return text.ToString();
    }

    /// <summary>One commune's state in words.</summary>
    private static string State(OfficeRow row)
    {
        if (row.Year is null)
        {
            return "chưa có kết quả thẩm định Chỉ số CCHC.";
        }

        var current = row.Status is { } status ? $"kế hoạch hiện tại: {PlanWorkflow.StatusLabel(status)}, phiên bản {row.Version}" : "chưa lập kế hoạch khắc phục";
        return row.IssuedPlanId is null
            ? $"kết quả thẩm định năm {row.Year}; chưa có kế hoạch khắc phục đã ban hành ({current})."
            : $"kế hoạch số {row.IssuedNumber} đã ban hành ({current}).";
    }

    /// <summary>An issued results report in the archive: "số 05/BC-UBND ngày 20/12/2024" and its frozen PDF, XLSX and .docx.</summary>
    private sealed record IssuedReport(string Label, IReadOnlyList<ExportFile> Files);

    /// <summary>
    /// The issued results report of each plan version that has one, with its frozen files; a report whose files are not
    /// all frozen yet (no browser when it was issued) is exported, and so frozen, now.
    /// </summary>
    private async Task<IReadOnlyDictionary<Guid, IssuedReport>> IssuedReportsAsync(IReadOnlyList<Guid> planIds, CancellationToken cancellationToken)
    {
        var issued = await db.ResultsReports.AsNoTracking()
            .Where(r => planIds.Contains(r.PlanId) && r.Status == CcHc.Domain.Reports.ReportStatus.Issued)
            .ToListAsync(cancellationToken);
        var reportPlanIds = issued.Select(r => r.PlanId).ToList();
        var frozen = (await db.IssuedFiles.AsNoTracking()
                .Where(f => reportPlanIds.Contains(f.PlanId)
                    && (f.Kind == IssuedFileKind.ReportPdf || f.Kind == IssuedFileKind.SignedReportPdf || f.Kind == IssuedFileKind.ReportXlsx || f.Kind == IssuedFileKind.ReportDocx))
                .Select(f => new { f.PlanId, f.Kind, File = new ExportFile(f.Content, f.FileName, f.ContentType, f.Sha256, false) })
                .ToListAsync(cancellationToken))
            .ToDictionary(f => (f.PlanId, f.Kind), f => f.File);
        var result = new Dictionary<Guid, IssuedReport>();
        foreach (var report in issued)
        {
            // Where CcHc signs, the signed PDF (signed now if it is not yet); else the frozen one.
            var pdf = frozen.GetValueOrDefault((report.PlanId, IssuedFileKind.SignedReportPdf))
                ?? (signer.IsConfigured ? null : frozen.GetValueOrDefault((report.PlanId, IssuedFileKind.ReportPdf)));
            var xlsx = frozen.GetValueOrDefault((report.PlanId, IssuedFileKind.ReportXlsx));
            var docx = frozen.GetValueOrDefault((report.PlanId, IssuedFileKind.ReportDocx));
            if (pdf is null || xlsx is null || docx is null)
            {
                var plan = (await PlanView.LoadAsync(db, report.PlanId, track: false, cancellationToken))!;
                var view = await Reports.ReportView.LoadAsync(db, plan, clock, track: false, cancellationToken);
                pdf ??= await reportExports.PdfAsync(view.Content, cancellationToken);
                xlsx ??= await reportExports.XlsxAsync(view.Content, cancellationToken);
                docx ??= await reportExports.DocxAsync(view.Content, cancellationToken);
            }

            var label = "số " + report.NumberLine["Số: ".Length..].Trim()
                + (report.IssueDate is { } d ? " ngày " + VietnameseNumbers.Date(d) : string.Empty);
            result[report.PlanId] = new IssuedReport(label, [pdf, xlsx, docx]);
        }

        return result;
    }

    private async Task<string> OfficeNameAsync(CancellationToken cancellationToken) =>
        db.Scope.OfficeId is { } officeId
            ? await db.OversightOffices.AsNoTracking().Where(o => o.Id == officeId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "Cơ quan Nội vụ"
            : "Tất cả các xã (quản trị)";

    /// <summary>
    /// The official PDF, the frozen XLSX and the frozen .docx of each plan, read in a fixed number of queries; only a plan whose files are
    /// not all there yet (never exported, or to be signed at its first export) goes through <see cref="PlanExports"/>,
    /// which produces and freezes them.
    /// </summary>
    private async Task<List<ExportFile>> IssuedFilesAsync(IReadOnlyList<Guid> planIds, CancellationToken cancellationToken)
    {
        var frozen = (await db.IssuedFiles.AsNoTracking()
                .Where(f => planIds.Contains(f.PlanId) && (f.Kind == IssuedFileKind.Pdf || f.Kind == IssuedFileKind.Xlsx || f.Kind == IssuedFileKind.Docx))
                .Select(f => new { f.PlanId, f.Kind, File = new ExportFile(f.Content, f.FileName, f.ContentType, f.Sha256, false) })
                .ToListAsync(cancellationToken))
            .ToDictionary(f => (f.PlanId, f.Kind), f => f.File);
        var official = await exports.OfficialFilesAsync(planIds, cancellationToken);
        var signedCopies = await exports.SignedCopyFilesAsync(official.Values.Where(o => o.IsSignedCopy).Select(o => o.SignedCopyId!.Value).ToList(), cancellationToken);

        var files = new List<ExportFile>();
        foreach (var planId in planIds)
        {
            var pdf = official.GetValueOrDefault(planId) is { SignedCopyId: { } copyId } ? signedCopies[copyId]
                : signer.IsConfigured ? null : frozen.GetValueOrDefault((planId, IssuedFileKind.Pdf));
            var xlsx = frozen.GetValueOrDefault((planId, IssuedFileKind.Xlsx));
            var docx = frozen.GetValueOrDefault((planId, IssuedFileKind.Docx));
            if (pdf is null || xlsx is null || docx is null)
            {
                var view = (await PlanView.LoadAsync(db, planId, track: false, cancellationToken))!;
                pdf ??= await exports.PdfAsync(view.Content, cancellationToken);
                xlsx ??= await exports.XlsxAsync(view.Content, cancellationToken);
                docx ??= await exports.DocxAsync(view.Content, cancellationToken);
            }

            files.Add(pdf);
            files.Add(xlsx);
            files.Add(docx);
        }

        return files;
    }
}
