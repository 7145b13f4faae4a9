using System.IO.Compression;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Printing;
using CcHc.Web.Pages.Plans;
using CcHc.Web.Printing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Office;

/// <summary>
/// The Nội vụ office's page: every commune it oversees with the latest assessment (total, rank, deductions), the
/// plan's status and version, and the issued files; one click downloads all issued plans as a .zip. Audited.
/// </summary>
public sealed class IndexModel(CcHcDbContext db, PlanExports exports, IAuditLog audit) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Problem { get; private set; }

    public sealed record Row(string Commune, int? Year, decimal? Total, string? Rank, decimal? Deduction, int? Version, PlanStatus? Status, Guid? PlanId, Guid? IssuedPlanId, string? IssuedNumber);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Allowed())
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>All issued plans of the office (latest issued version of each commune): PDF and XLSX, frozen bytes.</summary>
    public async Task<IActionResult> OnGetZipAsync(CancellationToken cancellationToken)
    {
        if (!Allowed())
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        using var buffer = new MemoryStream();
        try
        {
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var row in Rows.Where(r => r.IssuedPlanId is not null))
                {
                    var view = (await PlanView.LoadAsync(db, row.IssuedPlanId!.Value, track: false, cancellationToken))!;
                    foreach (var file in new[] { await exports.PdfAsync(view, cancellationToken), await exports.XlsxAsync(view, cancellationToken) })
                    {
                        var entry = zip.CreateEntry(file.FileName, CompressionLevel.Optimal);
                        await using var stream = await entry.OpenAsync(cancellationToken);
                        await stream.WriteAsync(file.Content, cancellationToken);
                    }
                }
            }
        }
        catch (PdfUnavailableException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        const string fileName = "Ke-hoach-da-ban-hanh.zip";
        await audit.WriteAsync(AuditAction.Download, "Office", db.Scope.OfficeId?.ToString(), null, fileName, cancellationToken);
        return File(buffer.ToArray(), "application/zip", fileName);
    }

    private bool Allowed() => User.IsInRole(AppRoles.Reviewer) || User.IsInRole(AppRoles.Administrator);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rows = (await CommuneOverview.LoadAsync(db, cancellationToken)).Select(o => new Row(
            o.Commune.Name,
            o.Assessment?.Year,
            o.Assessment?.StatedTotal ?? o.Evaluation?.TotalAppraised,
            o.Assessment?.Rank?.ToString(),
            o.Evaluation?.TotalDeduction,
            o.CurrentPlan?.Version,
            o.CurrentPlan?.Status,
            o.CurrentPlan?.Id,
            o.IssuedPlan?.Id,
            o.IssuedPlan is { } issued ? $"{issued.Number}/{issued.Symbol}" : null)).ToList();
    }
}
