using CcHc.Domain.Reports;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Printing;

/// <summary>
/// The results report's PDF and XLSX, as the plan's (<see cref="PlanExports"/>): a draft is rendered afresh on every
/// request; an issued report is rendered once — when it is issued, or at the first download if no browser was
/// available then — stored as <see cref="IssuedFile"/> rows (<see cref="IssuedFileKind.ReportPdf"/>,
/// <see cref="IssuedFileKind.ReportXlsx"/>, keyed by the plan version) with their SHA-256, and served byte for byte
/// from then on, whatever the tracking records afterwards. The PDF footer carries the code of the report's snapshot.
/// Where a signing certificate is configured, the issued report's PDF is signed once like the plan's
/// (<see cref="ExportSigner"/>) and frozen as <see cref="IssuedFileKind.SignedReportPdf"/>: that is what is downloaded.
/// </summary>
public sealed class ReportExports(CcHcDbContext db, DocumentRenderer renderer, FrozenFiles frozenFiles, ChromiumPdfPrinter printer, ExportSigner signing)
{
    public static string VerificationCode(ReportContent view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return ReportSnapshot.VerificationCode(view.Report, view.Plan.Plan, view.Plan.Commune.Name, view.Summary);
    }

    /// <summary>The HTML of the document (the preview, and what the PDF prints).</summary>
    public async Task<string> HtmlAsync(ReportContent view) =>
        await renderer.ReportAsync(ReportDocumentModel.From(view, view.IsIssued ? VerificationCode(view) : null));

    /// <summary>
    /// The report's PDF: for an issued report where a certificate is configured, the signed PDF (signed at its first
    /// export); <paramref name="exportOnly"/> asks for the frozen export itself.
    /// </summary>
    public async Task<ExportFile> PdfAsync(ReportContent view, CancellationToken cancellationToken, bool exportOnly = false)
    {
        var frozen = await GetOrFreezeAsync(view, IssuedFileKind.ReportPdf, "application/pdf", "pdf",
            async () => await printer.PrintAsync(await HtmlAsync(view), cancellationToken), cancellationToken);
        if (exportOnly || !view.IsIssued || !signing.IsConfigured)
        {
            return frozen;
        }

        var planId = view.Plan.Plan.Id;
        if (await frozenFiles.FindAsync(planId, IssuedFileKind.SignedReportPdf, cancellationToken) is { } stored)
        {
            return stored with { IsSigned = true };
        }

        if (await signing.SignAsync(frozen.Content, view.Plan.Commune, cancellationToken) is not { } signed)
        {
            return frozen;
        }

        var file = await frozenFiles.GetOrFreezeAsync(planId, IssuedFileKind.SignedReportPdf, ExportSigner.SignedFileName(frozen.FileName), "application/pdf",
            () => Task.FromResult(signed.Pdf), () => VerificationCode(view), cancellationToken);
        return file with { IsSigned = true };
    }

    public Task<ExportFile> XlsxAsync(ReportContent view, CancellationToken cancellationToken) =>
        GetOrFreezeAsync(view, IssuedFileKind.ReportXlsx, SpreadsheetWorkbooks.ContentType, "xlsx",
            () => Task.FromResult(ReportWorkbook.Build(new ReportWorkbookData(
                view.Plan.Commune.Name, view.Summary, view.Plan.Positions.ToDictionary(p => p.Key, p => p.Value.Title), WorkbookTitleOf(view)))), cancellationToken);

    /// <summary>The report as a Word document (<see cref="DocxWriter"/>), from the same model as the PDF; frozen with it once issued.</summary>
    public Task<ExportFile> DocxAsync(ReportContent view, CancellationToken cancellationToken) =>
        GetOrFreezeAsync(view, IssuedFileKind.ReportDocx, DocxWriter.ContentType, "docx",
            () => Task.FromResult(DocxWriter.Report(
                ReportDocumentModel.From(view, view.IsIssued ? VerificationCode(view) : null),
                view.Report.IssueDate ?? new DateOnly(view.Report.Year, 1, 1))), cancellationToken);

    /// <summary>The workbook's title block: the commune, the report's title as printed, its number and date or DỰ THẢO.</summary>
    public static WorkbookTitle WorkbookTitleOf(ReportContent view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var report = view.Report;
        return new WorkbookTitle(
            WorkbookTitle.OneLine(view.Plan.Commune.IssuingBodyName),
            "BÁO CÁO " + CcHc.Domain.Reports.ReportTitles.Subject(view.Plan.Plan, view.Plan.Assessment?.Year),
            view.IsIssued && report.DocumentNumber is not null
                ? report.NumberLine + (report.IssueDate is { } d ? ", ngày " + CcHc.Domain.Common.VietnameseNumbers.Date(d) : string.Empty)
                : null);
    }

    /// <summary>Freezes the files of a just-issued report; the PDF is left for the first download if no browser is available.</summary>
    public async Task FreezeAsync(ReportContent view, CancellationToken cancellationToken)
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

    /// <summary>The frozen files of a plan version's report (kind, name, SHA-256, code), for the report page.</summary>
    public Task<List<IssuedFile>> FrozenAsync(Guid planId, CancellationToken cancellationToken) =>
        db.IssuedFiles.AsNoTracking()
            .Where(f => f.PlanId == planId
                && (f.Kind == IssuedFileKind.ReportPdf || f.Kind == IssuedFileKind.SignedReportPdf || f.Kind == IssuedFileKind.ReportXlsx || f.Kind == IssuedFileKind.ReportDocx))
            .OrderBy(f => f.Kind)
            .ToListAsync(cancellationToken);

    private async Task<ExportFile> GetOrFreezeAsync(
        ReportContent view, IssuedFileKind kind, string contentType, string extension, Func<Task<byte[]>> produce, CancellationToken cancellationToken)
    {
        var report = view.Report;
        var planId = view.Plan.Plan.Id;
        var fileName = $"Bao-cao-ket-qua-{ExportFileNames.Slug(view.Plan.Commune.Name)}-{report.Year}-v{view.Plan.Plan.VersionNumber}"
            + (report.DocumentNumber is { } n ? $"-so-{n}" : "-du-thao") + "." + extension;
        if (!view.IsIssued)
        {
            return new ExportFile(await produce(), fileName, contentType, null);
        }

        return await frozenFiles.GetOrFreezeAsync(planId, kind, fileName, contentType, produce, () => VerificationCode(view), cancellationToken);
    }
}
