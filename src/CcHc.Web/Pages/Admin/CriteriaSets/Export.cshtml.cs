using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>A set as .xlsx in the import format (Mã, Nội dung, Cấp, Điểm tối đa), so it can be edited and imported again. Administrators only.</summary>
public sealed class ExportModel(CcHcDbContext db, IAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (set is null)
        {
            return NotFound();
        }

        var fileName = CriteriaSetLabels.FileName(set.Name, $"-{set.Year}");
        await audit.WriteAsync(AuditAction.Download, "CriteriaSet", id.ToString(), null, fileName, cancellationToken);
        return File(SpreadsheetWorkbooks.CriteriaSetExport(set), SpreadsheetWorkbooks.ContentType, fileName);
    }
}
