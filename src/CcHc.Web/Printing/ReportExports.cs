using CcHc.Domain.Reports;
using CcHc.Infrastructure.Exports;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Pages.Assessments;
using CcHc.Web.Pages.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Printing;

/// <summary>Renders the results report's print template to a complete HTML document with the framework's HtmlRenderer.</summary>
public sealed class ReportDocumentRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync(ReportDocumentModel model)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ReportDocument.Model)] = model });
            var output = await renderer.RenderComponentAsync<ReportDocument>(parameters);
            return output.ToHtmlString();
        });
    }
}

/// <summary>
/// The results report's PDF and XLSX, as the plan's (<see cref="PlanExports"/>): a draft is rendered afresh on every
/// request; an issued report is rendered once — when it is issued, or at the first download if no browser was
/// available then — stored as <see cref="IssuedFile"/> rows (<see cref="IssuedFileKind.ReportPdf"/>,
/// <see cref="IssuedFileKind.ReportXlsx"/>, keyed by the plan version) with their SHA-256, and served byte for byte
/// from then on, whatever the tracking records afterwards. The PDF footer carries the code of the report's snapshot.
/// </summary>
public sealed class ReportExports(CcHcDbContext db, ReportDocumentRenderer renderer, ChromiumPdfPrinter printer, TimeProvider clock)
{
    public static string VerificationCode(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return ReportSnapshot.VerificationCode(view.Report, view.Plan.Plan, view.Plan.Commune.Name, view.Summary);
    }

    /// <summary>The HTML of the document (the preview, and what the PDF prints).</summary>
    public async Task<string> HtmlAsync(ReportView view) =>
        await renderer.RenderAsync(ReportDocumentModel.From(view, view.IsIssued ? VerificationCode(view) : null));

    public Task<ExportFile> PdfAsync(ReportView view, CancellationToken cancellationToken) =>
        GetOrFreezeAsync(view, IssuedFileKind.ReportPdf, "application/pdf", "pdf",
            async () => await printer.PrintAsync(await HtmlAsync(view), cancellationToken), cancellationToken);

    public Task<ExportFile> XlsxAsync(ReportView view, CancellationToken cancellationToken) =>
        GetOrFreezeAsync(view, IssuedFileKind.ReportXlsx, SpreadsheetWorkbooks.ContentType, "xlsx",
            () => Task.FromResult(ReportWorkbook.Build(new ReportWorkbookData(
                view.Plan.Commune.Name, view.Summary, view.Plan.Positions.ToDictionary(p => p.Key, p => p.Value.Title)))), cancellationToken);

    /// <summary>Freezes both files of a just-issued report; the PDF is left for the first download if no browser is available.</summary>
    public async Task FreezeAsync(ReportView view, CancellationToken cancellationToken)
    {
        await XlsxAsync(view, cancellationToken);
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
            .Where(f => f.PlanId == planId && (f.Kind == IssuedFileKind.ReportPdf || f.Kind == IssuedFileKind.ReportXlsx))
            .OrderBy(f => f.Kind)
            .ToListAsync(cancellationToken);

    private async Task<ExportFile> GetOrFreezeAsync(
        ReportView view, IssuedFileKind kind, string contentType, string extension, Func<Task<byte[]>> produce, CancellationToken cancellationToken)
    {
        var report = view.Report;
        var planId = view.Plan.Plan.Id;
        var fileName = $"Bao-cao-ket-qua-{ExportModel.Slug(view.Plan.Commune.Name)}-{report.Year}-v{view.Plan.Plan.VersionNumber}"
            + (report.DocumentNumber is { } n ? $"-so-{n}" : "-du-thao") + "." + extension;
        if (!view.IsIssued)
        {
            return new ExportFile(await produce(), fileName, contentType, null);
        }

        if (await FindAsync(planId, kind, cancellationToken) is { } frozen)
        {
            return frozen;
        }

        var file = new IssuedFile(planId, kind, fileName, contentType, await produce(), VerificationCode(view), clock.GetUtcNow());
        db.IssuedFiles.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ExportFile(file.Content, file.FileName, file.ContentType, file.Sha256);
        }
        catch (DbUpdateException)
        {
            // Another request froze it first: serve that one, so every download stays identical.
            db.Entry(file).State = EntityState.Detached;
            return await FindAsync(planId, kind, cancellationToken) ?? throw new InvalidOperationException("The frozen export could not be stored.");
        }
    }

    private async Task<ExportFile?> FindAsync(Guid planId, IssuedFileKind kind, CancellationToken cancellationToken) =>
        await db.IssuedFiles.AsNoTracking()
            .Where(f => f.PlanId == planId && f.Kind == kind)
            .Select(f => new ExportFile(f.Content, f.FileName, f.ContentType, f.Sha256))
            .SingleOrDefaultAsync(cancellationToken);
}
