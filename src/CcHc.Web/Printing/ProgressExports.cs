using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Printing;

/// <summary>
/// A progress report's HTML, PDF, XLSX and DOCX, as the results report's (<see cref="ReportExports"/>): a draft is
/// rendered afresh on every request (marked DỰ THẢO); an issued report's files are rendered once — at issue, or the PDF
/// at the first download if no browser was available then — stored as <see cref="ProgressReportFile"/> rows with their
/// SHA-256, and served byte for byte from then on, whatever the tracking records afterwards. Where a signing certificate
/// is configured, the issued report's PDF is signed once (<see cref="ExportSigner"/>) and frozen as
/// <see cref="IssuedFileKind.SignedReportPdf"/>: that is what is downloaded.
/// </summary>
public sealed class ProgressExports(CcHcDbContext db, DocumentRenderer renderer, ChromiumPdfPrinter printer, TimeProvider clock, ExportSigner signing)
{
    public async Task<string> HtmlAsync(ProgressContent view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return await renderer.ReportAsync(ProgressDocument.Model(view, view.IsIssued ? view.VerificationCode() : null));
    }

    /// <summary>
    /// The report's PDF: for an issued report where a certificate is configured, the signed PDF (signed at its first
    /// export); <paramref name="exportOnly"/> asks for the frozen export itself.
    /// </summary>
    public async Task<ExportFile> PdfAsync(ProgressContent view, CancellationToken cancellationToken, bool exportOnly = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        var frozen = await GetOrFreezeAsync(view, IssuedFileKind.ReportPdf, "application/pdf", "pdf",
            async () => await printer.PrintAsync(await HtmlAsync(view), cancellationToken), cancellationToken);
        if (exportOnly || !view.IsIssued || !signing.IsConfigured)
        {
            return frozen;
        }

        if (await FindAsync(view.Report.Id, IssuedFileKind.SignedReportPdf, cancellationToken) is { } stored)
        {
            return stored with { IsSigned = true };
        }

        if (await signing.SignAsync(frozen.Content, view.Plan.Commune, cancellationToken) is not { } signed)
        {
            return frozen;
        }

        var file = await GetOrFreezeAsync(view, IssuedFileKind.SignedReportPdf, "application/pdf", "pdf", () => Task.FromResult(signed.Pdf), cancellationToken, signedName: true);
        return file with { IsSigned = true };
    }

    public Task<ExportFile> XlsxAsync(ProgressContent view, CancellationToken cancellationToken) =>
        GetOrFreezeAsync(view, IssuedFileKind.ReportXlsx, SpreadsheetWorkbooks.ContentType, "xlsx",
            () => Task.FromResult(ProgressWorkbook.Build(view.Summary, WorkbookTitleOf(view))), cancellationToken);

    public Task<ExportFile> DocxAsync(ProgressContent view, CancellationToken cancellationToken) =>
        GetOrFreezeAsync(view, IssuedFileKind.ReportDocx, DocxWriter.ContentType, "docx",
            () => Task.FromResult(DocxWriter.Report(
                ProgressDocument.Model(view, view.IsIssued ? view.VerificationCode() : null),
                view.Report.IssueDate ?? view.Summary.Period.End)), cancellationToken);

    public static WorkbookTitle WorkbookTitleOf(ProgressContent view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var report = view.Report;
        return new WorkbookTitle(
            WorkbookTitle.OneLine(view.Plan.Commune.IssuingBodyName),
            "BÁO CÁO " + ProgressDocument.Subject(view),
            view.IsIssued && report.DocumentNumber is not null
                ? report.NumberLine + (report.IssueDate is { } d ? ", ngày " + CcHc.Domain.Common.VietnameseNumbers.Date(d) : string.Empty)
                : null);
    }

    /// <summary>Freezes the files of a just-issued report; the PDF is left for the first download if no browser is available.</summary>
    public async Task FreezeAsync(ProgressContent view, CancellationToken cancellationToken)
    {
        await XlsxAsync(view, cancellationToken);
        await DocxAsync(view, cancellationToken);
        try
        {
            await PdfAsync(view, cancellationToken);
        }
        catch (PdfUnavailableException)
        {
            // Frozen at the first download on a server that can print.
        }
    }

    public Task<List<ProgressReportFile>> FrozenAsync(Guid reportId, CancellationToken cancellationToken) =>
        db.ProgressReportFiles.AsNoTracking().Where(f => f.ReportId == reportId).OrderBy(f => f.Kind).ToListAsync(cancellationToken);

    private async Task<ExportFile> GetOrFreezeAsync(
        ProgressContent view, IssuedFileKind kind, string contentType, string extension, Func<Task<byte[]>> produce, CancellationToken cancellationToken,
        bool signedName = false)
    {
        var report = view.Report;
        var fileName = $"Bao-cao-dinh-ky-{ExportFileNames.Slug(view.Plan.Commune.Name)}-{view.Summary.Period.Code}-v{view.Plan.Plan.VersionNumber}"
            + (report.DocumentNumber is { } n ? $"-so-{n}" : "-du-thao") + (signedName ? "-da-ky" : "") + "." + extension;
        if (!view.IsIssued)
        {
            return new ExportFile(await produce(), fileName, contentType, null);
        }

        if (await FindAsync(report.Id, kind, cancellationToken) is { } frozen)
        {
            return frozen;
        }

        var file = new ProgressReportFile(report.Id, report.PlanId, kind, fileName, contentType, await produce(), view.VerificationCode(), clock.GetUtcNow());
        db.ProgressReportFiles.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ExportFile(file.Content, file.FileName, file.ContentType, file.Sha256);
        }
        catch (DbUpdateException)
        {
            // Another request froze it first: serve that one, so every download stays identical.
            db.Entry(file).State = EntityState.Detached;
            return await FindAsync(report.Id, kind, cancellationToken) ?? throw new InvalidOperationException("The frozen export could not be stored.");
        }
    }

    private async Task<ExportFile?> FindAsync(Guid reportId, IssuedFileKind kind, CancellationToken cancellationToken) =>
        await db.ProgressReportFiles.AsNoTracking()
            .Where(f => f.ReportId == reportId && f.Kind == kind)
            .Select(f => new ExportFile(f.Content, f.FileName, f.ContentType, f.Sha256, false))
            .SingleOrDefaultAsync(cancellationToken);
}
