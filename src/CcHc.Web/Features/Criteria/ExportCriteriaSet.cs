using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Criteria;

/// <summary>
/// A set as .xlsx in the import format (Mã, Nội dung, Cấp, Điểm tối đa), so it can be edited and imported again; the
/// download is audited. Administrators, and the reviewer of the set's province (Features/Authorization/CriteriaSetAuthorization).
/// </summary>
public sealed class ExportCriteriaSet(CcHcDbContext db, IAuditLog audit)
{
    /// <returns>Null when there is no such set.</returns>
    public async Task<DownloadFile?> RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (set is null)
        {
            return null;
        }

        var fileName = CriteriaSetLabels.FileName(set.Name, $"-{set.Year}");
        await audit.WriteAsync(AuditAction.Download, "CriteriaSet", id.ToString(), null, fileName, cancellationToken);
        return new DownloadFile(SpreadsheetWorkbooks.CriteriaSetExport(set), SpreadsheetWorkbooks.ContentType, fileName);
    }
}
