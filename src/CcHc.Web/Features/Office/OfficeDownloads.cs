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
/// issued version of each commune) as a .zip of its official PDF (<see cref="OfficialFile"/>) and its frozen XLSX.
/// </summary>
public sealed class OfficeDownloads(CcHcDbContext db, OfficeQuery query, PlanExports exports, PlanPdfSigner signer, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The .zip's list of its files, with each PDF's state (a "Chưa xác định" signed copy is named, not included).</summary>
    public const string ListingName = "Danh-sach.txt";

    public async Task<ExportFile> WorkbookAsync(string sortKey, bool descending, CancellationToken cancellationToken)
    {
        var rows = (await query.LoadAsync(sortKey, descending, cancellationToken)).Rows;
        var today = VietnamTime.Today(clock);
        var bytes = OfficeWorkbook.Build(
            $"Các xã theo dõi — ngày {VietnameseNumbers.Date(today)}",
            rows.Select(r => new OfficeWorkbook.Row(
                r.Commune, r.Year, r.Total, r.Rank, r.Classification, r.Deduction,
                r.Status is { } status ? PlanWorkflow.StatusLabel(status) : null,
                r.Version, r.Tasks?.Total, r.Tasks?.PercentDone, r.Tasks?.Overdue)).ToList());
        return await AuditedAsync(new ExportFile(bytes, $"Cac-xa-theo-doi-{today:yyyy-MM-dd}.xlsx", SpreadsheetWorkbooks.ContentType, null), cancellationToken);
    }

    /// <summary>Done with the .zip; Invalid with the reason when a PDF still to be printed cannot be (the page answers 503).</summary>
    public async Task<CommandResult<ExportFile>> ZipAsync(string sortKey, bool descending, CancellationToken cancellationToken)
    {
        var overview = await query.LoadAsync(sortKey, descending, cancellationToken);
        using var buffer = new MemoryStream();
        try
        {
            var issuedRows = overview.Rows.Where(r => r.IssuedPlanId is not null).ToList();
            var files = await IssuedFilesAsync(issuedRows.Select(r => r.IssuedPlanId!.Value).ToList(), cancellationToken);
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files)
                {
                    await AddEntryAsync(zip, file.FileName, file.Content, cancellationToken);
                }

                await AddEntryAsync(zip, ListingName, Encoding.UTF8.GetBytes(Listing(issuedRows, files, overview.UndeterminedPlanIds)), cancellationToken);
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

    private static string Listing(List<OfficeRow> rows, List<ExportFile> files, IReadOnlySet<Guid> undetermined)
    {
        var text = new StringBuilder();
        text.AppendLine("Kế hoạch khắc phục đã ban hành — danh sách tệp");
        text.AppendLine();
        for (var i = 0; i < rows.Count; i++)
        {
            var (pdf, xlsx) = (files[2 * i], files[(2 * i) + 1]);
            text.AppendLine(CultureInfo.InvariantCulture, $"{rows[i].IssuedCommune} — số {rows[i].IssuedNumber}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {pdf.FileName}: {(pdf.IsSigned ? "bản ký số Hợp lệ (bản chính thức)" : "bản PDF CcHc xuất khi ban hành, chưa có bản ký số Hợp lệ")}; SHA-256 {pdf.Sha256}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {xlsx.FileName}: bảng tính của kế hoạch; SHA-256 {xlsx.Sha256}");
            if (undetermined.Contains(rows[i].IssuedPlanId!.Value))
            {
                text.AppendLine("  Có bản ký số mới hơn với kết quả Chưa xác định (chứng thư không dẫn tới chứng thư gốc tin cậy): không kèm trong tệp nén, không phải bản chính thức; xem trên trang Bản ký số của kế hoạch.");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The official PDF and the frozen XLSX of each plan, read in a fixed number of queries; only a plan whose files are
    /// not all there yet (never exported, or to be signed at its first export) goes through <see cref="PlanExports"/>,
    /// which produces and freezes them.
    /// </summary>
    private async Task<List<ExportFile>> IssuedFilesAsync(IReadOnlyList<Guid> planIds, CancellationToken cancellationToken)
    {
        var frozen = (await db.IssuedFiles.AsNoTracking()
                .Where(f => planIds.Contains(f.PlanId) && (f.Kind == IssuedFileKind.Pdf || f.Kind == IssuedFileKind.Xlsx))
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
            if (pdf is null || xlsx is null)
            {
                var view = (await PlanView.LoadAsync(db, planId, track: false, cancellationToken))!;
                pdf ??= await exports.PdfAsync(view.Content, cancellationToken);
                xlsx ??= await exports.XlsxAsync(view.Content, cancellationToken);
            }

            files.Add(pdf);
            files.Add(xlsx);
        }

        return files;
    }
}
