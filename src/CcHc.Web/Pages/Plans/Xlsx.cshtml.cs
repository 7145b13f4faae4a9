using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.Web.Pages.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Plans;

/// <summary>The plan workbook (Tổng hợp, Chi tiết, Nhiệm vụ). Audited as a download.</summary>
public sealed class XlsxModel(CcHcDbContext db, IAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await PlanView.LoadAsync(db, id, track: false, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        var bytes = PlanWorkbook.Build(new PlanWorkbookData(
            view.Commune.Name, view.Plan, view.Evaluation, view.Positions.ToDictionary(p => p.Key, p => p.Value.Title)));
        var fileName = $"Ke-hoach-{ExportModel.Slug(view.Commune.Name)}-{view.Plan.Year}-v{view.Plan.VersionNumber}.xlsx";
        await audit.WriteAsync(AuditAction.Download, "RemediationPlan", id.ToString(), view.Plan.CommuneId, fileName, cancellationToken);
        return File(bytes, SpreadsheetWorkbooks.ContentType, fileName);
    }
}
